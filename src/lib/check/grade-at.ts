/**
 * Grading an exercise in the browser from the figures the engine computed at build time: a number
 * through gradeNumber, a formula by evaluation at the build's sample points (the lesson's point
 * first, then leaves drawn near it and pushed through the forward pass, so node values agree).
 */
import type { ExerciseView } from '../lesson/view';
import { DEFAULT_ATOL, DEFAULT_RTOL, EXPRESSION_ATOL, EXPRESSION_RTOL, gradeNumber, invalid, withinTolerance, type Verdict } from './grade';
import type { Lang } from './messages';
import { evaluateTree, nonFinite, parseSafe, startBudget, type Budget } from './safe-math';

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

export function gradeExercise(
	text: string,
	ex: ExerciseView,
	lang: Lang,
	budget: Budget = startBudget(),
	carried?: number
): Verdict {
	if (ex.answer === 'number') {
		return gradeNumber(text, {
			expected: ex.expected,
			rtol: ex.rtol,
			atol: ex.atol,
			alternatives: [...ex.alternatives, ...(carried === undefined ? [] : [{ value: carried, matched: 'carried' as const }])],
			misconceptions: ex.misconceptions,
			lang,
			budget
		});
	}
	const parsed = parseSafe(text, { symbols: ex.symbols.map((s) => s.name), lang });
	if (!parsed.ok) return invalid(parsed.problem);
	const values: number[] = [];
	for (const point of ex.points) {
		const v = evaluateTree(parsed.value.tree, new Map(Object.entries(point.env)), budget);
		if (!v.ok) return invalid(v.problem);
		values.push(v.value);
	}
	const here = values[0] ?? NaN;
	if (parsed.value.symbols.length === 0) {
		if (!Number.isFinite(here)) return invalid(nonFinite(here));
		const right = withinTolerance(here, ex.expected, DEFAULT_RTOL, DEFAULT_ATOL);
		return {
			type: 'incorrect',
			value: here,
			message: right
				? { es: 'Es el valor correcto en este punto, pero escríbelo con los símbolos de la lección', en: "Right value at this point, but write it in the lesson's symbols" }
				: { es: 'Aquí se pide una expresión con los símbolos de la lección, no un número', en: "An expression in the lesson's symbols is asked here, not a number" }
		};
	}
	const value = Number.isFinite(here) ? here : undefined;
	const matches = (expectedAt: (i: number) => number): boolean => {
		let compared = 0;
		for (let i = 0; i < ex.points.length; i++) {
			const e = expectedAt(i);
			if (!Number.isFinite(e)) continue;
			compared++;
			if (!withinTolerance(values[i] ?? NaN, e, EXPRESSION_RTOL, EXPRESSION_ATOL)) return false;
		}
		return compared > 0;
	};
	if (matches((i) => ex.points[i]?.expected ?? NaN)) return { type: 'correct', value, matched: 'exact' };
	const codes = [...new Set(ex.points.flatMap((p) => p.wrong.map((w) => w.code)))];
	for (const code of codes) {
		const wrongAt = (i: number): number => ex.points[i]?.wrong.find((w) => w.code === code)?.value ?? NaN;
		// a code may carry several formulas; each is tried on its own
		const count = ex.points[0]?.wrong.filter((w) => w.code === code).length ?? 0;
		for (let k = 0; k < count; k++) {
			const at = (i: number): number => ex.points[i]?.wrong.filter((w) => w.code === code)[k]?.value ?? NaN;
			if (matches(k === 0 ? wrongAt : at)) return { type: 'incorrect', value, diagnosis: code };
		}
	}
	return { type: 'incorrect', value };
}
