/**
 * Why an answer could not be read, in both interface languages.
 *
 * Every message a student may see is a {@link Msg}: the component picks the interface language.
 * Offending text is quoted «…» in Spanish and “…” in English; positions count characters from 1.
 */

import type { Lang } from '../i18n/lang';

export type { Lang };

/** One message in every interface language. */
export interface Msg {
	es: string;
	en: string;
}

/** Why an answer is invalid (not graded, not counted as an attempt). */
export type InvalidCode =
	| 'empty'
	| 'too-long'
	| 'too-deep'
	| 'bad-character'
	| 'syntax'
	| 'ambiguous-separator'
	| 'space-in-number'
	| 'unknown-symbol'
	| 'unknown-function'
	| 'not-a-function'
	| 'missing-argument'
	| 'wrong-arity'
	| 'not-allowed'
	| 'not-a-number'
	| 'too-large'
	| 'undefined-value'
	| 'too-slow'
	/** A bare number where a formula is asked. */
	| 'number-not-formula';

/** A reason to refuse an answer before grading it. */
export interface Problem {
	code: InvalidCode;
	message: Msg;
	/** Names the student may have meant, best first (at most 3). */
	suggestions?: string[];
	/** 0-based index into the trimmed text, when one place is to blame. */
	position?: number;
}

/** A value or a reason it could not be had. */
export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function fail<T>(code: InvalidCode, message: Msg, extra: Omit<Problem, 'code' | 'message'> = {}): Result<T> {
	return { ok: false, problem: { code, message, ...extra } };
}

/** Quote student text, shortened so one message never carries 500 characters back. */
export function quote(text: string, lang: Lang): string {
	const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
	return lang === 'es' ? `«${short}»` : `“${short}”`;
}

/** Both languages of a message built from the same parts. */
export function msg(build: (lang: Lang, q: (text: string) => string) => string): Msg {
	return {
		es: build('es', (t) => quote(t, 'es')),
		en: build('en', (t) => quote(t, 'en'))
	};
}

/** "yhat1, yhat2 o w5" / "yhat1, yhat2 or w5". */
export function orList(names: readonly string[], lang: Lang): string {
	const word = lang === 'es' ? ' o ' : ' or ';
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')}${word}${names[names.length - 1] ?? ''}`;
}
