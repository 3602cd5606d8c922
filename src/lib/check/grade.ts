/**
 * One small scorer per answer kind, each returning a tagged {@link Verdict} (Perseus style).
 *
 * - invalid: the answer could not be read; it gets a message and does not count as an attempt.
 * - correct: within |a − e| ≤ atol + rtol·|e| of the expected value ('exact'), or of an alternative
 *   the caller accepts (recomputed from rounded figures, or carried forward from earlier answers).
 * - incorrect: otherwise, naming the misconception when the answer matches one.
 * Misconceptions are tried only once the answer is known not to be correct.
 */

import type { InvalidCode, Lang, Msg, Problem, Result } from './messages';
import { parseNumber } from './parse-number';
import { evaluateTree, nonFinite, parseSafe, startBudget, type Budget, type SafeNode } from './safe-math';

export type Verdict =
	| { type: 'invalid'; code: InvalidCode; message: Msg; suggestions?: string[]; position?: number }
	| { type: 'correct'; value?: number; matched: 'exact' | 'rounded' | 'carried' }
	| { type: 'incorrect'; value?: number; diagnosis?: string; message?: Msg };

export const DEFAULT_RTOL = 1e-3;
export const DEFAULT_ATOL = 1e-6;
/** Expression equivalence compares exact evaluations, so only float rounding needs room. */
export const EXPRESSION_RTOL = 1e-6;
export const EXPRESSION_ATOL = 1e-9;
export const MIN_POINTS = 8;

/** |answer − expected| ≤ atol + rtol·|expected|, false for anything non-finite. */
export function withinTolerance(answer: number, expected: number, rtol: number, atol: number): boolean {
	if (!Number.isFinite(answer) || !Number.isFinite(expected)) return false;
	return Math.abs(answer - expected) <= atol + rtol * Math.abs(expected);
}

export function invalid(problem: Problem): Verdict {
	return { type: 'invalid', ...problem };
}

export interface NumberOptions {
	expected: number;
	rtol?: number;
	atol?: number;
	/** Other values also accepted, tried in order after `expected`. */
	alternatives?: readonly { value: number; matched: 'rounded' | 'carried' }[];
	/** Named wrong values; a match makes the verdict incorrect with that diagnosis. */
	misconceptions?: readonly { code: string; value: number }[];
	lang: Lang;
	/** Time allowance; tests pass a fake clock. */
	budget?: Budget;
}

export function gradeNumber(text: string, options: NumberOptions): Verdict {
	const { expected, rtol = DEFAULT_RTOL, atol = DEFAULT_ATOL } = options;
	const read = parseNumber(text, options.lang, options.budget ?? startBudget());
	if (!read.ok) return invalid(read.problem);
	const value = read.value.value;

	if (withinTolerance(value, expected, rtol, atol)) return { type: 'correct', value, matched: 'exact' };
	for (const alternative of options.alternatives ?? []) {
		if (withinTolerance(value, alternative.value, rtol, atol)) {
			return { type: 'correct', value, matched: alternative.matched };
		}
	}
	for (const misconception of options.misconceptions ?? []) {
		if (withinTolerance(value, misconception.value, rtol, atol)) {
			return { type: 'incorrect', value, diagnosis: misconception.code };
		}
	}
	return { type: 'incorrect', value };
}

/** A name the expression may use, where to sample it, and its value in the lesson. */
export interface ExpressionSymbol {
	name: string;
	/** Closed interval to sample from, e.g. [0, 1] for a sigmoid output. */
	domain: readonly [number, number];
	/** The value at the lesson's own point. */
	value: number;
}

export type Env = Readonly<Record<string, number>>;

export interface ExpressionOptions {
	symbols: readonly ExpressionSymbol[];
	expected: (env: Env) => number;
	misconceptions?: readonly { code: string; expected: (env: Env) => number }[];
	lang: Lang;
	/** Seed for the sample points, so a failure can be replayed. */
	seed?: number;
	/** Random points besides the lesson's own; at least 8. */
	points?: number;
	rtol?: number;
	atol?: number;
	/** Tolerance for a bare number compared at the lesson point; the numeric defaults. */
	numberRtol?: number;
	numberAtol?: number;
	budget?: Budget;
}

import { mulberry32 } from '../engine/random';
export { mulberry32 };

export interface SamplePoint extends GradePoint {
	/** True for the lesson's own point (first, unless the expected is not finite there). */
	lesson: boolean;
}

/**
 * The lesson's point, then `count` random points where the expected value is finite. Each
 * coordinate is drawn from the middle 90 % of its domain: near a sigmoid output's ends, factors
 * such as ŷ(1 − ŷ) vanish and different formulas look alike.
 */
export function samplePoints(
	symbols: readonly ExpressionSymbol[],
	expected: (env: Env) => number,
	count: number,
	seed: number
): SamplePoint[] {
	for (const s of symbols) {
		const [lo, hi] = s.domain;
		if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
			throw new RangeError(`symbol ${s.name}: domain [${lo}, ${hi}] is not a finite interval`);
		}
	}
	const points: SamplePoint[] = [];
	const add = (entries: [string, number][], lesson: boolean): void => {
		const env: Env = Object.fromEntries(entries);
		const value = expected(env);
		if (Number.isFinite(value)) points.push({ env, expected: value, lesson });
	};
	add(
		symbols.map((s) => [s.name, s.value]),
		true
	);
	const random = mulberry32(seed);
	const wanted = points.length + count;
	for (let tries = 0; points.length < wanted && tries < count * 20; tries++) {
		const draw = (s: ExpressionSymbol): number => s.domain[0] + (s.domain[1] - s.domain[0]) * (0.05 + 0.9 * random());
		add(
			symbols.map((s) => [s.name, draw(s)]),
			false
		);
	}
	if (points.length === 0) throw new RangeError('the expected expression is not finite at any sample point');
	return points;
}

/** One point at which an expression answer is compared. */
export interface GradePoint {
	env: Env;
	/** The expected value here; points where it is not finite are skipped. */
	expected: number;
	/** The lesson's own point: its value is the one shown back. */
	lesson?: boolean;
}

export interface PointsOptions {
	/** The lesson's symbol names, matched case-sensitively. */
	symbols: readonly string[];
	points: readonly GradePoint[];
	/** Each named mistake's value at every point, in the order of `points` (NaN where undefined). */
	misconceptions?: readonly { code: string; values: readonly number[] }[];
	lang: Lang;
	rtol?: number;
	atol?: number;
	/** Tolerance for a bare number compared at the lesson point; the numeric defaults. */
	numberRtol?: number;
	numberAtol?: number;
	budget?: Budget;
}

function valuesAt(tree: SafeNode, points: readonly GradePoint[], budget: Budget): Result<number[]> {
	const values: number[] = [];
	for (const point of points) {
		const v = evaluateTree(tree, new Map(Object.entries(point.env)), budget);
		if (!v.ok) return v;
		values.push(v.value);
	}
	return { ok: true, value: values };
}

/**
 * Grades a formula at points the caller already has (the lesson's, then sampled ones, with the
 * expected and the misconceptions' values at each): {@link gradeExpression} draws them itself, a
 * build step may precompute them.
 */
export function gradeAtPoints(text: string, options: PointsOptions): Verdict {
	const rtol = options.rtol ?? EXPRESSION_RTOL;
	const atol = options.atol ?? EXPRESSION_ATOL;
	const { points } = options;
	const parsed = parseSafe(text, { symbols: options.symbols, lang: options.lang });
	if (!parsed.ok) return invalid(parsed.problem);
	const { tree, symbols: used } = parsed.value;

	const answers = valuesAt(tree, points, options.budget ?? startBudget());
	if (!answers.ok) return invalid(answers.problem);
	const first = answers.value[0] ?? Number.NaN;

	if (used.length === 0 && options.symbols.length > 0) {
		// the same constant at every point; one that is not even a number (1/0) is refused like a
		// numeric answer would be
		return Number.isFinite(first) ? bareNumber(first, options) : invalid(nonFinite(first));
	}
	// the value shown back is the one at the lesson's point, when that point could be used
	const value = points[0]?.lesson && Number.isFinite(first) ? first : undefined;

	const matches = (expectedAt: (i: number) => number): boolean => {
		let compared = 0;
		for (let i = 0; i < points.length; i++) {
			const e = expectedAt(i);
			if (!Number.isFinite(e)) continue;
			compared++;
			if (!withinTolerance(answers.value[i] ?? Number.NaN, e, rtol, atol)) return false;
		}
		return compared > 0;
	};

	if (matches((i) => points[i]?.expected ?? Number.NaN)) return { type: 'correct', value, matched: 'exact' };
	for (const misconception of options.misconceptions ?? []) {
		if (matches((i) => misconception.values[i] ?? Number.NaN)) {
			return { type: 'incorrect', value, diagnosis: misconception.code };
		}
	}
	return { type: 'incorrect', value };
}

/**
 * Grades a formula by evaluation at the lesson's point and at least 8 seeded random points from
 * the symbols' domains. Throws RangeError for a domain that is not an interval, or an expected
 * value finite nowhere: lesson errors, not student ones.
 */
export function gradeExpression(text: string, options: ExpressionOptions): Verdict {
	const points = samplePoints(
		options.symbols,
		options.expected,
		Math.max(MIN_POINTS, options.points ?? MIN_POINTS),
		options.seed ?? 1
	);
	return gradeAtPoints(text, {
		...options,
		symbols: options.symbols.map((s) => s.name),
		points,
		misconceptions: (options.misconceptions ?? []).map((m) => ({
			code: m.code,
			values: points.map((p) => m.expected(p.env))
		}))
	});
}

/** A number typed where a formula is asked: never correct, but say so when it is the right value. */
function bareNumber(value: number, options: PointsOptions): Verdict {
	const lesson = options.points.find((p) => p.lesson);
	const rightHere =
		lesson !== undefined &&
		withinTolerance(value, lesson.expected, options.numberRtol ?? DEFAULT_RTOL, options.numberAtol ?? DEFAULT_ATOL);
	return {
		type: 'incorrect',
		value,
		message: rightHere
			? {
					es: 'Es el valor correcto en este punto, pero escríbelo con símbolos',
					en: 'Right value at this point, but write it in symbols'
				}
			: {
					es: 'Aquí se pide una expresión con los símbolos de la lección, no un número',
					en: "An expression in the lesson's symbols is asked here, not a number"
				}
	};
}
