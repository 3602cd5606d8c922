import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundFigures } from '../check/figures';
import { carriedValue, gradeExercise } from '../check/grade-at';
import { evaluateExpr, factor, listPaths, type Trace } from '../engine';
import { exerciseKey, exerciseView } from './exercise';
import { loadLesson } from './load';
import { parseQuantity } from './quantity';
import { gradientWith, nodeWith } from './rounding';
import type { Exercise } from './schema';
import type { ExerciseView, Lang } from './view';

// The grader's promises, stated once as properties over every exercise of every lesson of the course
// (grading.md): honest rounding is right, a wrong figure is not, a named mistake keeps its name,
// carried work is never "correct", and a formula for a value cannot be the value's own name.

interface Case {
	lesson: string;
	exercise: Exercise;
	view: ExerciseView;
	trace: Trace;
}

const dir = new URL('../../../lessons/', import.meta.url);
const cases: Case[] = [];
for (const folder of readdirSync(dir).filter((d) => /^\d+-/.test(d)).sort()) {
	const loaded = loadLesson(readFileSync(new URL(`${folder}/lesson.json`, dir), 'utf8'));
	if (!loaded.ok) throw new Error(`${folder} does not load`);
	const { lesson, trace } = loaded.loaded;
	// as the page builds it: each exercise knows the exercises of earlier steps, for carry-forward
	const earlier = new Map<string, string>();
	for (const step of lesson.steps) {
		if (step.kind !== 'exercise') continue;
		for (const exercise of step.exercises) {
			const key = exerciseKey(trace, exercise, 'en', lesson.precision, earlier);
			if (!key.ok) throw new Error(`${folder} ${exercise.id}: ${key.message}`);
			cases.push({ lesson: folder, exercise, view: exerciseView(exercise, key.key, lesson.precision), trace });
		}
		for (const exercise of step.exercises) earlier.set(exercise.quantity, exercise.id);
	}
}

/** A number as a student writes it: `digits` significant figures, trailing zeros kept (0.190). */
const typed = (value: number, lang: Lang, digits?: number): string => {
	const s = digits === undefined ? String(value) : value.toPrecision(digits);
	return lang === 'es' ? s.replace('.', ',') : s;
};
/** An arbitrary over a list whose entries print as their names when a property fails, not whole traces. */
const oneOf = <T extends object>(list: readonly T[], label: (x: T) => string): fc.Arbitrary<T> =>
	fc.constantFrom(...list.map((x) => ({ ...x, [fc.toStringMethod]: () => label(x) })));

/** Numbers graded by the figures rule: not a count, no tolerance or decimals of the author's. */
const numeric = cases.filter((c) => c.view.answer === 'number' && !c.view.count && !c.view.tolerance && c.view.askedDecimals === undefined);
const name = (c: Case): string => `${c.lesson} ${c.exercise.id} (${c.exercise.quantity})`;
const lang = fc.constantFrom<Lang>('es', 'en');
const figures = fc.integer({ min: 3, max: 5 });

/** The quantity recomputed from every displayed intermediate rounded to k significant figures. */
function fromRounded(t: Trace, key: string, k: number): number | undefined {
	const r = (v: number): number => roundFigures(v, k);
	const q = parseQuantity(key);
	switch (q?.kind) {
		case 'value':
			return nodeWith(t, q.name, (v) => r(t.values[v] ?? NaN));
		case 'local': {
			const f = factor(t, q.of, q.wrt);
			if (!f) return undefined;
			return evaluateExpr(f.derivative, Object.fromEntries(Object.entries(t.values).map(([n, v]) => [n, r(v)])));
		}
		case 'grad':
			return gradientWith(t, q.param, (f) => r(f.value));
		case 'delta':
			return q.name === t.graph.loss ? 1 : gradientWith(t, q.name, (f) => r(f.value));
		case 'path':
			return listPaths(t, q.param, q.index)[q.index - 1]?.factors.reduce((s, f) => s * r(f.value), 1);
		case 'updated':
			return r(t.values[q.param] ?? NaN) - t.graph.learningRate * r(t.gradients[q.param] ?? NaN);
		default:
			return undefined;
	}
}

describe('the grader on every exercise of the course', () => {
	it('has numeric exercises to speak of', () => {
		expect(numeric.length).toBeGreaterThan(60);
	});

	it('accepts the exact value rounded to 3, 4 or 5 significant figures', () => {
		fc.assert(
			fc.property(oneOf(numeric, name), figures, lang, (c, k, l) => {
				const text = typed(c.view.expected, l, k);
				expect(gradeExercise(text, c.view, l).type, `${name(c)} ← ${text}`).toBe('correct');
			}),
			{ numRuns: 600 }
		);
	});

	it('accepts the answer recomputed from every displayed factor rounded to 3, 4 or 5 figures', () => {
		fc.assert(
			fc.property(oneOf(numeric, name), figures, lang, (c, k, l) => {
				const v = fromRounded(c.trace, c.exercise.quantity, k);
				fc.pre(v !== undefined && Number.isFinite(v));
				const text = typed(v ?? NaN, l);
				expect(gradeExercise(text, c.view, l).type, `${name(c)} ← ${text}`).toBe('correct');
			}),
			{ numRuns: 600 }
		);
	});

	it('refuses a value 1 % off, written with 5 figures', () => {
		fc.assert(
			fc.property(oneOf(numeric.filter((c) => c.view.expected !== 0), name), fc.constantFrom(0.99, 1.01), lang, (c, off, l) => {
				const text = typed(c.view.expected * off, l, 5);
				expect(gradeExercise(text, c.view, l).type, `${name(c)} ← ${text}`).not.toBe('correct');
			}),
			{ numRuns: 400 }
		);
	});

	it('names each mistake it knows when given that mistake’s own value', () => {
		const named = cases.flatMap((c) => (c.view.answer === 'number' ? c.view.misconceptions.map((m) => ({ c, m })) : []));
		fc.assert(
			fc.property(oneOf(named, ({ c, m }) => `${name(c)} ${m.code}`), lang, ({ c, m }, l) => {
				const text = typed(m.value, l, 6);
				const verdict = gradeExercise(text, c.view, l);
				// mistakes of the same value within the figures written are one mistake, the first listed
				const same = c.view.misconceptions.filter((x) => Math.abs(x.value - m.value) <= 1e-5 * Math.abs(m.value)).map((x) => x.code);
				expect(verdict.type === 'incorrect' ? verdict.diagnosis : verdict.type, `${name(c)} ← ${text}`).toSatisfy((d) => typeof d === 'string' && same.includes(d));
			}),
			{ numRuns: 400 }
		);
	});
});

describe('carried work', () => {
	const carrying = cases.filter((c) => c.view.answer === 'number' && c.view.carry !== undefined);

	it('exists in the course', () => {
		expect(carrying.length).toBeGreaterThan(10);
	});

	it('is never plain correct when the earlier answers it builds on were wrong', () => {
		// an earlier answer off by 5 % to 10× either way, or with its sign flipped
		const wrongBy = fc.oneof(fc.double({ min: 1.05, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 0.95, noNaN: true }), fc.constant(-1));
		fc.assert(
			fc.property(oneOf(carrying, name), wrongBy, ({ view }, by) => {
				const carry = view.carry;
				if (!carry) return;
				const answers = new Map<string, number>();
				for (const [variable, id] of Object.entries(carry.from)) answers.set(id, (carry.env[variable] ?? NaN) * by);
				const carried = carriedValue(view, answers);
				fc.pre(carried !== undefined);
				const [lo, hi] = view.interval;
				const right = carried !== undefined && carried >= lo && carried <= hi;
				fc.pre(!right);
				const verdict = gradeExercise(String(carried), view, 'en', undefined, carried);
				expect(verdict.type, `${view.id} ← ${carried}`).not.toBe('correct');
			}),
			{ numRuns: 500 }
		);
	});
});

describe('a formula for a node’s value', () => {
	const valueFormulas = cases.filter((c) => c.view.answer === 'expression' && c.exercise.quantity.startsWith('value:'));

	it('exists in the course', () => {
		expect(valueFormulas.length).toBeGreaterThan(3);
	});

	it('refuses the node’s own name and every name it is not computed from', () => {
		const withheld = valueFormulas.flatMap((c) => (c.view.withheld ?? []).map((n) => ({ c, n })));
		expect(withheld.length).toBeGreaterThan(0);
		fc.assert(
			fc.property(oneOf(withheld, ({ c, n }) => `${name(c)} ${n}`), lang, ({ c, n }, l) => {
				expect(gradeExercise(n, c.view, l).type, `${name(c)} ← ${n}`).toBe('invalid');
			}),
			{ numRuns: 300 }
		);
	});

	it('never takes a single name that is not among its ancestors as the answer', () => {
		fc.assert(
			fc.property(oneOf(valueFormulas, name), (c) => {
				const asked = c.exercise.quantity.slice('value:'.length);
				const node = c.trace.graph.nodes.find((n) => n.name === asked);
				for (const n of c.trace.graph.names) {
					// a node that merely copies another is that other
					if (node?.expr.kind === 'sym' && node.expr.name === n) continue;
					expect(gradeExercise(n, c.view, 'en').type, `${name(c)} ← ${n}`).not.toBe('correct');
				}
			}),
			{ numRuns: 50 }
		);
	});
});
