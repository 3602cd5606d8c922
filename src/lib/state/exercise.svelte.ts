/**
 * One exercise on the page: what the student typed, what it was understood as, the verdict, attempts,
 * hints and the solution; mirrored into the saved progress. The grader (and mathjs's parser with it)
 * and KaTeX are loaded on first use, so a page that is only read never downloads them.
 */
import type { Lang, ExerciseView } from '../lesson/view';
import { earned } from '../check/credit';
import { emptyExercise, progress as savedProgress, type ExerciseProgress, type Progress } from './progress.svelte';

/** The diagnosis the page contract gives a number right as far as it goes, with too few figures. */
export const TOO_FEW_FIGURES = 'too-few-figures';

export type Feedback =
	| { kind: 'none' }
	| { kind: 'correct'; matched: 'exact' | 'rounded' }
	/** Consistent with an earlier wrong answer of the student's: partial credit, never "correct". */
	| { kind: 'carried' }
	/** Right as far as it goes: not an attempt. */
	| { kind: 'too-few'; figures: number }
	| { kind: 'incorrect'; diagnosis?: string; message?: string }
	| { kind: 'invalid'; message: string; suggestions: string[] };

export class ExerciseState {
	answer = $state('');
	/** KaTeX HTML of what was understood, or a message why it cannot be read. */
	echoHtml = $state('');
	echoProblem = $state('');
	feedback = $state<Feedback>({ kind: 'none' });
	/** The saved record (a live part of the progress store once restored). */
	saved = $state<ExerciseProgress>(emptyExercise());
	#echoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		readonly slug: string,
		readonly exercise: ExerciseView,
		readonly lang: Lang,
		/** Where answers are kept: the student's saved progress, or a preview's own store that is never saved. */
		private readonly progress: Progress = savedProgress
	) {}

	/** Takes the saved record after the page has hydrated, so server and browser first render alike. */
	restore(): void {
		this.progress.ensureLoaded();
		this.saved = this.progress.exercise(this.slug, this.exercise.id);
		this.answer = this.saved.answer;
		if (this.saved.verdict === 'correct') this.feedback = { kind: 'correct', matched: 'exact' };
		else if (this.saved.verdict === 'carried') this.feedback = { kind: 'carried' };
		else if (this.saved.verdict === 'incorrect') {
			const diagnosis = this.saved.diagnosis;
			this.feedback = { kind: 'incorrect', ...(diagnosis ? { diagnosis, message: this.messageOf(diagnosis) } : {}) };
		}
	}

	/** The verdict as the page contract names it (data-verdict). */
	get verdict(): 'correct' | 'carried' | 'incorrect' | 'invalid' | undefined {
		const kind = this.feedback.kind;
		return kind === 'none' ? undefined : kind === 'too-few' ? 'incorrect' : kind;
	}

	/** The named mistake (data-diagnosis). */
	get diagnosis(): string | undefined {
		if (this.feedback.kind === 'too-few') return TOO_FEW_FIGURES;
		return this.feedback.kind === 'incorrect' ? this.feedback.diagnosis : undefined;
	}

	messageOf(code: string): string | undefined {
		// a code from saved progress is never looked up on Object.prototype ("constructor")
		const messages = this.exercise.messages;
		return this.exercise.misconceptions.find((m) => m.code === code)?.message ?? (Object.hasOwn(messages, code) ? messages[code] : undefined);
	}

	/** Echo as the student types, a moment after the last key. */
	typed(text: string): void {
		this.answer = text;
		clearTimeout(this.#echoTimer);
		this.#echoTimer = setTimeout(() => void this.echo(), 150);
	}

	async echo(): Promise<void> {
		const text = this.answer;
		if (text.trim() === '') {
			this.echoHtml = '';
			this.echoProblem = '';
			return;
		}
		const [{ echoNumber, echoExpression }, { withheldName }, katex] = await Promise.all([import('../check/echo'), import('../check/grade-at'), import('katex')]);
		const labels = Object.fromEntries(this.exercise.symbols.map((s) => [s.name, s.tex]));
		const e =
			this.exercise.answer === 'number'
				? echoNumber(text, this.lang)
				: echoExpression(text, { symbols: this.exercise.symbols.map((s) => s.name), labels, lang: this.lang });
		if (text !== this.answer) return;
		if (e.type === 'invalid') {
			this.echoHtml = '';
			// a lesson name the value is not computed from: say so, not "not a symbol of this lesson"
			const withheld = e.code === 'unknown-symbol' ? withheldName(text, this.exercise) : undefined;
			this.echoProblem = (withheld ?? e.message)[this.lang];
			return;
		}
		const tex = e.arithmetic && e.valueTex !== undefined ? `${e.tex} = ${e.valueTex}` : e.tex;
		this.echoProblem = '';
		this.echoHtml = katex.default.renderToString(tex, { throwOnError: false, trust: false, output: 'htmlAndMathml', maxSize: 20, maxExpand: 200 });
	}

	async check(): Promise<void> {
		const { gradeExercise, carriedValue } = await import('../check/grade-at');
		const answers = new Map<string, number>();
		for (const [id, e] of Object.entries(this.progress.lesson(this.slug).exercises)) if (e.value !== undefined) answers.set(id, e.value);
		const verdict = gradeExercise(this.answer, this.exercise, this.lang, undefined, carriedValue(this.exercise, answers));
		// an unreadable answer, or one right as far as it goes, is not an attempt: nothing is recorded
		// (so nothing is carried forward from it either)
		if (verdict.type === 'invalid') {
			this.feedback = { kind: 'invalid', message: verdict.message[this.lang], suggestions: verdict.suggestions ?? [] };
			return;
		}
		if (verdict.type === 'too-few') {
			this.feedback = { kind: 'too-few', figures: verdict.figures };
			return;
		}
		const s = this.saved;
		s.answer = this.answer;
		s.attempts += 1;
		if (verdict.value !== undefined) s.value = verdict.value;
		if (verdict.type === 'correct' || verdict.type === 'carried') {
			s.best = Math.max(s.best, earned(verdict.type, s.attempts, s.solutionShown));
			s.verdict = verdict.type;
			delete s.diagnosis;
			this.feedback = verdict.type === 'correct' ? { kind: 'correct', matched: verdict.matched } : { kind: 'carried' };
		} else {
			s.verdict = 'incorrect';
			const message = verdict.diagnosis ? this.messageOf(verdict.diagnosis) : verdict.message?.[this.lang];
			if (verdict.diagnosis) s.diagnosis = verdict.diagnosis;
			else delete s.diagnosis;
			this.feedback = { kind: 'incorrect', ...(verdict.diagnosis ? { diagnosis: verdict.diagnosis } : {}), ...(message ? { message } : {}) };
		}
		this.progress.save();
	}

	showHint(): void {
		if (this.saved.hintsShown < this.exercise.hintsHtml.length) {
			this.saved.hintsShown += 1;
			this.progress.save();
		}
	}

	showSolution(): void {
		this.saved.solutionShown = true;
		this.progress.save();
	}
}
