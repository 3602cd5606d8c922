/**
 * One small scorer per answer kind, each returning a tagged {@link Verdict} (Perseus style).
 *
 * - invalid: the answer could not be read; it gets a message and does not count as an attempt.
 * - correct: a number that agrees with the expected value to the significant figures written (3 at
 *   least), or with any value reachable from the page's figures rounded to 3 or more figures
 *   (grading.md); a formula equal to the expected one at every sample point.
 * - too-few: a number right as far as it goes, with fewer than 3 significant figures: not an attempt.
 * - carried: consistent with the student's own earlier answer, which was wrong (carry-forward).
 * - incorrect: otherwise, naming a misconception only when it explains the answer better than
 *   rounding does, else saying what is right and what is not.
 */

import { MIN_FIGURES, writtenPrecision } from './figures';
import type { InvalidCode, Lang, Msg, Problem, Result } from './messages';
import { parseNumber } from './parse-number';
import { evaluateTree, nonFinite, parseSafe, startBudget, type Budget, type SafeNode } from './safe-math';

export type Verdict =
	| { type: 'invalid'; code: InvalidCode; message: Msg; suggestions?: string[]; position?: number }
	| { type: 'correct'; value?: number; matched: 'exact' | 'rounded' }
	| { type: 'too-few'; value: number; figures: number }
	| { type: 'carried'; value: number }
	| { type: 'incorrect'; value?: number; diagnosis?: string; message?: Msg };

/** An author's tolerance when an exercise sets one but not both. */
export const DEFAULT_RTOL = 1e-3;
export const DEFAULT_ATOL = 1e-6;
/** Expression equivalence compares exact evaluations, so only float rounding needs room. */
export const EXPRESSION_RTOL = 1e-6;
export const EXPRESSION_ATOL = 1e-9;
export const MIN_POINTS = 8;
/** Float noise: values this close are the same number. */
const SAME = 1e-9;

/** |answer − expected| ≤ atol + rtol·|expected|, false for anything non-finite. */
export function withinTolerance(answer: number, expected: number, rtol: number, atol: number): boolean {
	if (!Number.isFinite(answer) || !Number.isFinite(expected)) return false;
	return Math.abs(answer - expected) <= atol + rtol * Math.abs(expected);
}

/** How far x lies outside [lo, hi]; 0 inside. */
export function distance(x: number, [lo, hi]: readonly [number, number]): number {
	return x < lo ? lo - x : x > hi ? x - hi : 0;
}

export function invalid(problem: Problem): Verdict {
	return { type: 'invalid', ...problem };
}

export interface NumberOptions {
	expected: number;
	/**
	 * Every value a student reaches from the page's figures rounded to 3 or more significant figures
	 * (it contains `expected`); just `expected` when no figure leads to the answer.
	 */
	interval?: readonly [number, number];
	/** An author's own tolerance, |a − e| ≤ atol + rtol·|e|: it replaces the figures and rounding rules. */
	tolerance?: { rtol: number; atol: number };
	/** A count: only the whole number itself is right. */
	count?: boolean;
	/** Fewest significant figures graded; 3 unless the exercise asks for decimals instead. */
	minFigures?: number;
	/** The value recomputed from the student's own earlier answers, some of them wrong (carry-forward). */
	carried?: number;
	/** Named wrong values; an answer that they explain better than rounding does gets the name. */
	misconceptions?: readonly { code: string; value: number }[];
	lang: Lang;
	/** Time allowance; tests pass a fake clock. */
	budget?: Budget;
}

export function gradeNumber(text: string, options: NumberOptions): Verdict {
	const { expected } = options;
	const read = parseNumber(text, options.lang, options.budget ?? startBudget());
	if (!read.ok) return invalid(read.problem);
	const value = read.value.value;
	// a plain number claims its value to ± half its last figure; arithmetic is exact as typed
	const written = read.value.arithmetic ? undefined : writtenPrecision(read.value.parsed.text);
	const budget = options.budget ?? startBudget();
	const slack =
		(written ? written.halfUnit : arithmeticSpread(read.value.parsed.text, value, budget)) + SAME * Math.max(Math.abs(value), Math.abs(expected));
	const interval = options.interval ?? [expected, expected];
	const minFigures = options.minFigures ?? MIN_FIGURES;
	const fewFigures = written !== undefined && written.figures < minFigures;

	// how wide the honest roundings are around the expected value, carried to another value m
	const spread = Math.max(interval[1] - expected, expected - interval[0]);
	const around = (m: number): readonly [number, number] => {
		const tol = options.tolerance;
		const half = tol ? tol.atol + tol.rtol * Math.abs(m) : expected === 0 ? spread : (spread * Math.abs(m)) / Math.abs(expected);
		return [m - half, m + half];
	};

	// an answer that is exactly a named mistake's value is that mistake, however few its figures,
	// unless its figures agree with the right value as far as they go (3 or more)
	const misconceptions = options.misconceptions ?? [];
	const exact = misconceptions.find(
		(m) => Math.abs(value - m.value) <= SAME * Math.max(Math.abs(m.value), Number.MIN_VALUE) && distance(m.value, interval) > 0
	);
	if (exact && !options.tolerance && (fewFigures || distance(value, interval) > slack)) return { type: 'incorrect', value, diagnosis: exact.code };

	if (options.count) {
		if (Math.abs(value - expected) <= SAME * Math.max(1, Math.abs(expected))) return { type: 'correct', value, matched: 'exact' };
	} else if (options.tolerance) {
		// the author's rule, as written: |a − e| ≤ atol + rtol·|e|
		if (withinTolerance(value, expected, options.tolerance.rtol, options.tolerance.atol)) return { type: 'correct', value, matched: 'exact' };
	} else {
		// a value exactly shorter (0.47, 0.7) is right as written
		if (Math.abs(value - expected) <= SAME * Math.max(Math.abs(expected), Number.MIN_VALUE)) return { type: 'correct', value, matched: 'exact' };
		if (distance(value, interval) <= slack) {
			if (fewFigures) return { type: 'too-few', value, figures: minFigures };
			return { type: 'correct', value, matched: Math.abs(value - expected) <= slack ? 'exact' : 'rounded' };
		}
	}

	const carried = options.carried;
	if (carried !== undefined && Number.isFinite(carried) && carried !== 0 && distance(value, around(carried)) <= slack) {
		return fewFigures ? { type: 'too-few', value, figures: minFigures } : { type: 'carried', value };
	}
	// a mistake is named when its value explains the answer: exactly, or to the figures written (3 at
	// least); with one or two figures, only when no other mistake fits as well
	// the closest of the mistakes that fit (the first listed of equally close ones)
	const fits = misconceptions
		.filter((m) => distance(value, around(m.value)) <= slack)
		.sort((a, b) => Math.abs(value - a.value) - Math.abs(value - b.value));
	const named = fewFigures ? (new Set(fits.map((m) => m.code)).size === 1 ? fits[0] : undefined) : fits[0];
	if (named) return { type: 'incorrect', value, diagnosis: named.code };
	return { type: 'incorrect', value, message: closeness(value, expected) };
}

/** Relative room for arithmetic typed out: float noise and constants such as a batch norm's ε. */
const ARITHMETIC_RTOL = 1e-5;

/**
 * How far a student's arithmetic may move when every number in it with 3 or more significant figures
 * is known only to the figures written (0.685 is anything in [0.6845, 0.6855]): to first order, the
 * sum of each number's effect. Numbers with fewer figures (0.5, 0.1, 2), and whole numbers, are taken as exact, as the
 * page shows its exact figures that way. `text` is the parsed text, with decimal points.
 */
export function arithmeticSpread(text: string, value: number, budget: Budget): number {
	const literals = [...text.matchAll(/(?<![\w.])\d*\.?\d+(?:[eE][-+]?\d+)?/g)];
	let spread = ARITHMETIC_RTOL * Math.abs(value);
	for (const lit of literals.slice(0, 16)) {
		// a whole number (784, 128) is a count or an exact constant, never a figure rounded off a page
		if (/^\d+$/.test(lit[0])) continue;
		const written = writtenPrecision(lit[0]);
		if (!written || written.figures < MIN_FIGURES || lit.index === undefined) continue;
		const at = lit.index;
		let widest = 0;
		for (const sign of [-1, 1]) {
			const moved = Number(lit[0]) + sign * written.halfUnit;
			const variant = `${text.slice(0, at)}(${moved})${text.slice(at + lit[0].length)}`;
			const parsed = parseSafe(variant, { lang: 'en' });
			if (!parsed.ok) continue;
			const v = evaluateTree(parsed.value.tree, new Map(), budget);
			if (v.ok && Number.isFinite(v.value)) widest = Math.max(widest, Math.abs(v.value - value));
		}
		spread += widest;
	}
	return spread;
}

/** What is right and what is not in a wrong number, without inventing a mistake. */
export function closeness(value: number, expected: number): Msg | undefined {
	if (!Number.isFinite(value) || !Number.isFinite(expected) || expected === 0 || value === 0) return undefined;
	const sameSign = Math.sign(value) === Math.sign(expected);
	const shift = Math.round(Math.log10(Math.abs(value) / Math.abs(expected)));
	if (!sameSign && Math.abs(Math.abs(value) / Math.abs(expected) - 1) < 0.02) {
		return {
			es: 'Todavía no: el tamaño es correcto, pero el signo no.',
			en: 'Not yet: the size is right, but the sign is not.'
		};
	}
	if (shift !== 0) {
		const factor = `10${shift > 0 ? '' : '⁻'}${String(Math.abs(shift)).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d)}`;
		const size = Math.abs(shift) === 1 ? (shift > 0 ? { es: 'unas 10 veces mayor', en: 'about 10 times too large' } : { es: 'unas 10 veces menor', en: 'about 10 times too small' }) : { es: `del orden de ${factor} veces el valor`, en: `off by a factor of about ${factor}` };
		return {
			es: `Todavía no: ${sameSign ? 'el signo es correcto, pero ' : ''}la respuesta es ${size.es}. Revisa la coma decimal y las potencias de diez.`,
			en: `Not yet: ${sameSign ? 'the sign is right, but ' : ''}the answer is ${size.en}. Check the decimal point and the powers of ten.`
		};
	}
	if (!sameSign) {
		return {
			es: 'Todavía no: ni el signo ni las cifras coinciden.',
			en: 'Not yet: neither the sign nor the figures agree.'
		};
	}
	// leading significant figures that agree
	let agree = 0;
	for (let k = 1; k <= 6; k++) {
		if (Number(value.toPrecision(k)) !== Number(expected.toPrecision(k))) break;
		agree = k;
	}
	if (agree === 0) {
		return {
			es: 'Todavía no: el signo y el orden de magnitud son correctos, pero ya la primera cifra significativa difiere.',
			en: 'Not yet: the sign and the order of magnitude are right, but the first significant figure already differs.'
		};
	}
	return {
		es: `Todavía no: el signo, el orden de magnitud y ${agree === 1 ? 'la primera cifra significativa' : `las ${agree} primeras cifras significativas`} son correctos; la siguiente no.`,
		en: `Not yet: the sign, the order of magnitude and the first ${agree === 1 ? 'significant figure are' : `${agree} significant figures are`} right; the next one is not.`
	};
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

/** A number typed where a formula is asked: refused, not counted, but say so when it is the right value. */
function bareNumber(value: number, options: PointsOptions): Verdict {
	const lesson = options.points.find((p) => p.lesson);
	const rightHere =
		lesson !== undefined &&
		withinTolerance(value, lesson.expected, options.numberRtol ?? DEFAULT_RTOL, options.numberAtol ?? DEFAULT_ATOL);
	return invalid({
		code: 'number-not-formula',
		message: rightHere
			? {
					es: 'Es el valor correcto en este punto, pero escríbelo con símbolos',
					en: 'Right value at this point, but write it in symbols'
				}
			: {
					es: 'Aquí se pide una expresión con los símbolos de la lección, no un número',
					en: "An expression in the lesson's symbols is asked here, not a number"
				}
	});
}
