/**
 * What `lessons check` proves about a lesson's exercises and its own `tests`, once its model traces:
 *
 * - every exercise id is unique and its quantity names a figure the engine computes;
 * - the engine's own answer is graded correct, in Spanish and English: its value written to 6
 *   significant digits, or for an expression exercise its teaching-form formula (a*(1-a));
 * - an author's misconception can be told apart from the right answer;
 * - figure tests, { "quantity", "value", "tol"? }: |engine − value| ≤ tol, absolute, default 1e-4;
 * - answer tests, { "exercise", "answer", "expect", "lang"? }: the verdict the student would get
 *   (correct, incorrect, invalid, or the misconception code) is the one the teacher expects.
 *
 * Answers are graded by gradeExercise, the very function the page uses, on the key the build makes.
 */
import type { Verdict } from '../check/grade';
import { gradeExercise } from '../check/grade-at';
import { FUNCTIONS } from '../check/safe-math';
import type { Expr, Trace } from '../engine';
import { suggest } from '../engine/suggest';
import { MISCONCEPTION_CODES } from '../i18n/islands';
import { formatNumber } from '../tex/format';
import { exerciseKey, exerciseView, misconceptionValue, quantityExpr } from './exercise';
import type { LoadedLesson } from './load';
import { quantityValue } from './quantity';
import type { Exercise, Lesson, LessonTest } from './schema';
import { problemAt, type Problem, type Source } from './source';
import { LANGS, type ExerciseView, type Lang } from './view';

/** Figure tests: |engine − value| ≤ tol, the engine's full-precision value against the teacher's. */
export const DEFAULT_TEST_TOL = 1e-4;
/** Significant digits of the engine's own answer when check grades it. */
export const ANSWER_DIGITS = 6;
export const VERDICTS = ['correct', 'incorrect', 'invalid', 'carried'] as const;
/** The diagnosis of a number right as far as it goes, with too few significant figures. */
export const TOO_FEW_FIGURES = 'too-few-figures';

type Path = (string | number)[];

export interface LocatedExercise {
	exercise: Exercise;
	/** ['steps', i, 'exercises', k] */
	path: Path;
}

export function lessonExercises(lesson: Lesson): LocatedExercise[] {
	return lesson.steps.flatMap((step, i) =>
		step.kind === 'exercise' ? step.exercises.map((exercise, k) => ({ exercise, path: ['steps', i, 'exercises', k] })) : []
	);
}

/** What the page receives for an exercise, without its HTML: enough to grade an answer. */
export function gradingView(t: Trace, ex: Exercise, lang: Lang, decimals: number): { ok: true; view: ExerciseView } | { ok: false; message: string } {
	const key = exerciseKey(t, ex, lang, decimals);
	return key.ok ? { ok: true, view: exerciseView(ex, key.key, decimals) } : key;
}

/** A number written with exactly `decimals` decimals, a decimal comma in Spanish. */
export function fixedAnswer(value: number, decimals: number, lang: Lang): string {
	const s = value.toFixed(decimals);
	return lang === 'es' ? s.replace('.', ',') : s;
}

/**
 * A number as a student types it: 6 significant digits, a decimal comma in Spanish. Trailing zeros are
 * dropped only from a number that is exactly what is written (0.5); 0.5700001 is typed 0.570000, as
 * "0.57" would be read as two figures, too few.
 */
export function answerNumber(value: number, lang: Lang, digits = ANSWER_DIGITS): string {
	const short = String(Number(value.toPrecision(digits)));
	const s = Number(short) === value ? short : value.toPrecision(digits);
	return lang === 'es' ? s.replace('.', ',') : s;
}

// the one-argument functions the answer box accepts (check/safe-math.ts FUNCTIONS)
const BINARY: Record<string, { sign: string; prec: number }> = {
	add: { sign: ' + ', prec: 1 },
	sub: { sign: ' - ', prec: 1 },
	mul: { sign: '*', prec: 2 },
	div: { sign: '/', prec: 2 }
};

/**
 * A formula as a student types it (a*(1 - a), 2*(a - y)), or the first function the answer box
 * does not accept. Brackets wherever a child binds no tighter than its place needs.
 */
export function answerFormula(e: Expr, lang: Lang): { ok: true; text: string } | { ok: false; op: string } {
	let refused: string | undefined;
	const prec = (x: Expr): number => {
		if (x.kind === 'num') return x.value < 0 ? 1.5 : 9;
		if (x.kind === 'sym') return 9;
		if (x.op === 'neg') return 1.5;
		if (x.op === 'pow') return 4;
		return BINARY[x.op]?.prec ?? 9;
	};
	const print = (x: Expr, min: number): string => {
		const s = text(x);
		return prec(x) < min ? `(${s})` : s;
	};
	const text = (x: Expr): string => {
		if (x.kind === 'num') return answerNumber(x.value, lang, 15);
		if (x.kind === 'sym') return x.name;
		const [a, b] = x.args;
		const bin = BINARY[x.op];
		if (bin && a) {
			// a − (b − c) and a / (b * c) need brackets on the right; a + b + c does not
			const right = x.op === 'sub' || x.op === 'div' ? bin.prec + 1 : bin.prec;
			return x.args.map((arg, i) => print(arg, i === 0 ? bin.prec : right)).join(bin.sign);
		}
		if (x.op === 'neg' && a) return `-${print(a, 2)}`;
		if (x.op === 'pow' && a && b) return `${print(a, 5)}^${print(b, 5)}`;
		// a function the answer box accepts, with as many arguments as it takes
		const f = FUNCTIONS.get(x.op);
		if (f && x.args.length >= f.arity[0] && x.args.length <= f.arity[1]) return `${x.op}(${x.args.map(text).join(', ')})`;
		refused ??= x.op;
		return x.op;
	};
	const out = text(e);
	return refused === undefined ? { ok: true, text: out } : { ok: false, op: refused };
}

/** A verdict in a few words: correct, incorrect (sign-flip), invalid (the reason). */
export function describeVerdict(verdict: Verdict, lang: Lang): string {
	if (verdict.type === 'correct') return verdict.matched === 'exact' ? 'correct' : `correct (${verdict.matched})`;
	if (verdict.type === 'invalid') return `invalid (${verdict.message[lang]})`;
	if (verdict.type === 'too-few') return `incorrect (${TOO_FEW_FIGURES})`;
	if (verdict.type === 'carried') return 'carried';
	if (verdict.diagnosis) return `incorrect (${verdict.diagnosis})`;
	return verdict.message ? `incorrect (${verdict.message[lang]})` : 'incorrect';
}

/** Whether a verdict is what `expect` asks: a verdict type, or incorrect with that diagnosis. */
export function verdictMatches(verdict: Verdict, expect: string): boolean {
	if (expect === 'correct' || expect === 'invalid' || expect === 'carried') return verdict.type === expect;
	if (expect === 'incorrect') return verdict.type === 'incorrect' || verdict.type === 'too-few';
	if (expect === TOO_FEW_FIGURES) return verdict.type === 'too-few';
	return verdict.type === 'incorrect' && verdict.diagnosis === expect;
}

const quoted = (s: string): string => JSON.stringify(s);

/** "w6 (es, en)": the exercise and the languages a line is about. */
function inLangs(id: string, langs: readonly Lang[]): string {
	return `${id} (${langs.join(', ')})`;
}

/** One line per distinct outcome, naming the languages that share it. */
function grouped(results: { lang: Lang; text: string }[]): { langs: Lang[]; text: string }[] {
	const out: { langs: Lang[]; text: string }[] = [];
	for (const r of results) {
		const same = out.find((o) => o.text === r.text);
		if (same) same.langs.push(r.lang);
		else out.push({ langs: [r.lang], text: r.text });
	}
	return out;
}

/** Ids unique, quantities computed, the engine's answer graded correct, misconceptions distinguishable. */
export function exerciseProblems(loaded: LoadedLesson): Problem[] {
	const { lesson, trace, source } = loaded;
	const out: Problem[] = [];
	const seen = new Map<string, Path>();
	for (const { exercise: ex, path } of lessonExercises(lesson)) {
		const first = seen.get(ex.id);
		if (first) out.push(problemAt(source, [...path, 'id'], `duplicate exercise id "${ex.id}" (first used at /${first.join('/')})`));
		else seen.set(ex.id, path);

		const q = quantityValue(trace, ex.quantity);
		if (!q.ok) {
			out.push(problemAt(source, [...path, 'quantity'], q.message));
			continue;
		}
		if (!Number.isFinite(q.value)) {
			out.push(problemAt(source, [...path, 'quantity'], `${ex.quantity} is ${q.value}`));
			continue;
		}
		out.push(...ownAnswerProblems(loaded, ex, path));
		out.push(...misconceptionProblems(source, trace, ex, path, lesson.precision));
	}
	return out;
}

function ownAnswerProblems(loaded: LoadedLesson, ex: Exercise, path: Path): Problem[] {
	const { trace, source, lesson } = loaded;
	const results: { lang: Lang; text: string }[] = [];
	for (const lang of LANGS) {
		const built = gradingView(trace, ex, lang, lesson.precision);
		if (!built.ok) return [problemAt(source, path, `exercise ${ex.id}: ${built.message}`)];
		let answer: string;
		if (ex.answer === 'expression') {
			const expr = quantityExpr(trace, ex.quantity);
			if (!expr) return [problemAt(source, [...path, 'quantity'], `"${ex.quantity}" has no formula to ask for`)];
			const formula = answerFormula(expr, lang);
			if (!formula.ok) {
				return [problemAt(source, [...path, 'answer'], `the engine's formula for ${ex.quantity} uses ${formula.op}(…), which students cannot type; ask for a number instead`)];
			}
			answer = formula.text;
		} else {
			// a precision asked for is a precision given
			answer = ex.decimals === undefined ? answerNumber(built.view.expected, lang) : fixedAnswer(built.view.expected, ex.decimals, lang);
		}
		const verdict = gradeExercise(answer, built.view, lang);
		if (verdict.type !== 'correct') {
			results.push({ lang, text: `the engine's own answer ${quoted(answer)} is graded ${describeVerdict(verdict, 'en')}` });
		}
	}
	return grouped(results).map((g) => problemAt(source, path, `exercise ${inLangs(ex.id, g.langs)}: ${g.text}`));
}

function misconceptionProblems(source: Source, t: Trace, ex: Exercise, path: Path, decimals: number): Problem[] {
	const out: Problem[] = [];
	const built = gradingView(t, ex, 'en', decimals);
	if (!built.ok) return out;
	ex.misconceptions.forEach((m, i) => {
		const at = [...path, 'misconceptions', i, 'answer'];
		const value = ex.answer === 'number' ? misconceptionValue(t, m.answer) : undefined;
		if (ex.answer === 'number' && value === undefined) {
			out.push(problemAt(source, at, `"${m.code}": a number exercise's wrong answer is a number, or a formula over the lesson's names such as "2*(a - y)"`));
		} else if (value !== undefined && typeof m.answer === 'string' && gradeExercise(answerNumber(value, 'en'), built.view, 'en').type === 'correct') {
			out.push(problemAt(source, at, `"${m.code}": ${quoted(m.answer)} comes to ${formatNumber(value, decimals + 1)}, which is graded correct, so it can never be named`));
		} else if (ex.answer === 'expression' && typeof m.answer !== 'string') {
			out.push(problemAt(source, at, `"${m.code}": an expression exercise's wrong answer is a formula in quotes`));
		} else if (typeof m.answer === 'number' && gradeExercise(answerNumber(m.answer, 'en'), built.view, 'en').type === 'correct') {
			out.push(problemAt(source, at, `"${m.code}": ${m.answer} is graded correct (the figures shown, rounded, lead to ${formatNumber(built.view.expected, decimals + 1)}), so it can never be named`));
		} else if (typeof m.answer === 'string' && gradeExercise(m.answer, built.view, 'en').type === 'correct') {
			out.push(problemAt(source, at, `"${m.code}": ${quoted(m.answer)} is graded correct, so it can never be named`));
		}
	});
	return out;
}

/** The engine's figure in a message: the lesson's decimals, more when they would hide the difference. */
function shown(engine: number, expected: number, decimals: number): string {
	for (let d = decimals; d <= 12; d++) {
		const s = formatNumber(engine, d);
		if (Number(s) !== expected) return s;
	}
	return String(engine);
}

export function lessonTestProblems(loaded: LoadedLesson): Problem[] {
	const out: Problem[] = [];
	loaded.lesson.tests.forEach((test, n) => out.push(...testProblems(loaded, test, ['tests', n])));
	return out;
}

export function testProblems(loaded: LoadedLesson, test: LessonTest, at: Path): Problem[] {
	const { lesson, trace, source } = loaded;
	if (test.quantity !== undefined && test.value !== undefined) {
		const q = quantityValue(trace, test.quantity);
		if (!q.ok) return [problemAt(source, [...at, 'quantity'], q.message)];
		const tol = test.tol ?? DEFAULT_TEST_TOL;
		if (Number.isFinite(q.value) && Math.abs(q.value - test.value) <= tol) return [];
		return [
			problemAt(
				source,
				at,
				`${test.quantity}: the lesson expects ${test.value} but the engine computes ${shown(q.value, test.value, lesson.precision)} (tolerance ${tol})`
			)
		];
	}
	if (test.exercise === undefined || test.answer === undefined || test.expect === undefined) return [];
	const { exercise: id, answer, expect } = test;
	const exercises = lessonExercises(lesson).map((e) => e.exercise);
	const ex = exercises.find((e) => e.id === id);
	if (!ex) {
		const ids = exercises.map((e) => e.id);
		const near = suggest(id, ids, 1)[0];
		const known = ids.length > 0 ? `exercises: ${ids.join(', ')}` : 'the lesson has no exercises';
		return [problemAt(source, [...at, 'exercise'], `there is no exercise "${id}"${near ? ` (did you mean "${near}"?)` : ` (${known})`}`)];
	}
	const codes = [...VERDICTS, TOO_FEW_FIGURES, ...MISCONCEPTION_CODES, ...ex.misconceptions.map((m) => m.code)];
	if (!codes.includes(expect)) {
		const near = suggest(expect, codes, 1)[0];
		return [
			problemAt(
				source,
				[...at, 'expect'],
				`"${expect}" is neither a verdict nor a misconception code${near ? ` (did you mean "${near}"?)` : ''}; use ${[...new Set(codes)].join(', ')}`
			)
		];
	}
	const results: { lang: Lang; text: string }[] = [];
	for (const lang of test.lang ? [test.lang] : LANGS) {
		const built = gradingView(trace, ex, lang, lesson.precision);
		// the exercise itself is reported by exerciseProblems
		if (!built.ok) return [];
		const verdict = gradeExercise(answer, built.view, lang);
		if (!verdictMatches(verdict, expect)) {
			results.push({ lang, text: `${quoted(answer)} is graded ${describeVerdict(verdict, 'en')}, the test expects ${expect}` });
		}
	}
	return grouped(results).map((g) => problemAt(source, at, `${inLangs(id, g.langs)}: ${g.text}`));
}
