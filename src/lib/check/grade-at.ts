/**
 * Grading an exercise in the browser from the figures the engine computed at build time: a number
 * through gradeNumber, a formula by evaluation at the build's sample points (the lesson's point
 * first, then leaves drawn near it and pushed through the forward pass, so node values agree).
 */
import type { ExerciseView } from '../lesson/view';
import { gradeAtPoints, gradeNumber, invalid, type Verdict } from './grade';
import { msg, type Lang, type Msg } from './messages';
import { evaluateTree, parseSafe, startBudget, type Budget } from './safe-math';

/**
 * The carried value: the exercise's formula with the student's own earlier answers in place of the
 * engine's figures. `answers` maps exercise ids to the values their last graded answers evaluated to
 * (an answer refused as unreadable is never recorded). Nothing is carried when no earlier answer
 * differs from the engine's figure (the answer is then simply right or wrong), or when an earlier
 * answer of 0 would make the asked quantity trivial.
 */
export function carriedValue(ex: ExerciseView, answers: ReadonlyMap<string, number>): number | undefined {
	const carry = ex.carry;
	if (!carry) return undefined;
	const env = new Map(Object.entries(carry.env));
	let differs = false;
	for (const [name, id] of Object.entries(carry.from)) {
		const v = answers.get(id);
		if (v === undefined || !Number.isFinite(v)) continue;
		// a factor typed as 0 zeroes a product: no work is left to credit
		if (v === 0) return undefined;
		const engine = env.get(name) ?? NaN;
		if (Math.abs(v - engine) > 1e-9 * Math.max(Math.abs(engine), Number.MIN_VALUE)) differs = true;
		env.set(name, v);
	}
	if (!differs) return undefined;
	const parsed = parseSafe(carry.expr, { symbols: env.keys(), lang: 'en' });
	if (!parsed.ok) return undefined;
	const v = evaluateTree(parsed.value.tree, env, startBudget());
	return v.ok && Number.isFinite(v.value) && v.value !== 0 ? v.value : undefined;
}

/** Decimals written in a plain number (0,0802 → 4); undefined for scientific notation or arithmetic. */
export function writtenDecimals(text: string): number | undefined {
	const m = /^\s*[-+−]?\d+(?:[.,](\d*))?\s*$/.exec(text);
	return m ? (m[1] ?? '').length : undefined;
}

/**
 * "Right value, wrong precision" (grading.md): when an exercise asks for k decimals, a right value is
 * correct only written with k decimals and rounded as the expected value rounds.
 */
function withPrecision(verdict: Verdict, text: string, decimals: number, expected: number): Verdict {
	if (verdict.type !== 'correct') return verdict;
	const written = writtenDecimals(text);
	const rounded = Number(expected.toFixed(decimals));
	if (written === decimals && verdict.value !== undefined && Math.abs(verdict.value - rounded) < 0.5 * Math.pow(10, -decimals)) return verdict;
	return { type: 'incorrect', ...(verdict.value === undefined ? {} : { value: verdict.value }), diagnosis: 'wrong-precision' };
}

export function gradeExercise(
	text: string,
	ex: ExerciseView,
	lang: Lang,
	budget: Budget = startBudget(),
	carried?: number
): Verdict {
	if (ex.answer === 'number') {
		const verdict = gradeNumber(text, {
			expected: ex.expected,
			interval: ex.interval,
			...(ex.tolerance ? { tolerance: ex.tolerance } : {}),
			// decimals asked for are the precision wanted, however few figures they make
			...(ex.askedDecimals !== undefined ? { minFigures: 0 } : {}),
			...(ex.count ? { count: true } : {}),
			...(carried === undefined ? {} : { carried }),
			misconceptions: ex.misconceptions,
			lang,
			budget
		});
		return ex.askedDecimals === undefined ? verdict : withPrecision(verdict, text, ex.askedDecimals, ex.expected);
	}
	const verdict = gradeFormula(text, ex, lang, budget);
	if (verdict.type !== 'invalid' || verdict.code !== 'unknown-symbol') return verdict;
	const withheld = withheldName(text, ex);
	return withheld ? invalid({ code: 'unknown-symbol', message: withheld }) : verdict;
}

/**
 * A lesson name typed where a node's value is asked from what it is computed from: say so, rather
 * than "not a symbol of this lesson".
 */
export function withheldName(text: string, ex: ExerciseView): Msg | undefined {
	const withheld = new Set(ex.withheld ?? []);
	const name = [...text.matchAll(/[A-Za-z_][A-Za-z_0-9]*/g)].map((m) => m[0]).find((n) => withheld.has(n));
	if (name === undefined) return undefined;
	const asked = ex.quantity === `value:${name}`;
	return msg((lang, q) =>
		asked
			? lang === 'es'
				? `${q(name)} es justo el valor que se pide: escribe cómo se calcula`
				: `${q(name)} is the very value asked for: write how it is computed`
			: lang === 'es'
				? `${q(name)} no interviene en el cálculo de este valor: escríbelo con aquello de lo que se calcula`
				: `${q(name)} does not go into this value: write it from what it is computed from`
	);
}

function gradeFormula(text: string, ex: ExerciseView, lang: Lang, budget: Budget): Verdict {
	// each named mistake may carry several formulas under one code; each is tried on its own
	const first = ex.points[0]?.wrong ?? [];
	const misconceptions = first.map((w, k) => ({ code: w.code, values: ex.points.map((p) => p.wrong[k]?.value ?? NaN) }));
	return gradeAtPoints(text, {
		symbols: ex.symbols.map((s) => s.name),
		points: ex.points.map((p, i) => ({ env: p.env, expected: p.expected, lesson: i === 0 })),
		misconceptions,
		lang,
		budget
	});
}
