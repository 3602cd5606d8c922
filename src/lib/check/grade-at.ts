/**
 * Grading an exercise in the browser from the figures the engine computed at build time: a number
 * through gradeNumber, a formula by evaluation at the build's sample points (the lesson's point
 * first, then leaves drawn near it and pushed through the forward pass, so node values agree).
 */
import type { ExerciseView } from '../lesson/view';
import { gradeAtPoints, gradeNumber, type Verdict } from './grade';
import type { Lang } from './messages';
import { evaluateTree, parseSafe, startBudget, type Budget } from './safe-math';

/**
 * The carried value: the exercise's formula with the student's own earlier answers in place of the
 * engine's figures. `answers` maps exercise ids to the values their last answers evaluated to.
 */
export function carriedValue(ex: ExerciseView, answers: ReadonlyMap<string, number>): number | undefined {
	const carry = ex.carry;
	if (!carry) return undefined;
	const env = new Map(Object.entries(carry.env));
	let replaced = false;
	for (const [name, id] of Object.entries(carry.from)) {
		const v = answers.get(id);
		if (v !== undefined && Number.isFinite(v)) {
			env.set(name, v);
			replaced = true;
		}
	}
	if (!replaced) return undefined;
	const parsed = parseSafe(carry.expr, { symbols: env.keys(), lang: 'en' });
	if (!parsed.ok) return undefined;
	const v = evaluateTree(parsed.value.tree, env, startBudget());
	return v.ok && Number.isFinite(v.value) ? v.value : undefined;
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
			rtol: ex.rtol,
			atol: ex.atol,
			alternatives: [...ex.alternatives, ...(carried === undefined ? [] : [{ value: carried, matched: 'carried' as const }])],
			misconceptions: ex.misconceptions,
			lang,
			budget
		});
		return ex.askedDecimals === undefined ? verdict : withPrecision(verdict, text, ex.askedDecimals, ex.expected);
	}
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
