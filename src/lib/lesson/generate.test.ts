import { describe, expect, it } from 'vitest';
import { backpropOrder, buildGraph, trace } from '../engine';
import { expandNetwork } from '../engine/layered';
import { centralDifference } from '../engine/finite-difference';
import { checkLessonText } from './check';
import { generateLesson, PLAYGROUND_CAPS } from './generate';
import { loadLesson } from './load';
import { quantityValue } from './quantity';
import { randomModel, randomNetwork } from './random-models';
import type { Lesson } from './schema';
import { buildStepPage } from '../tex/page';

const SEEDS = [1, 2, 3, 4, 5, 6];

function mustGenerate(file: unknown): Lesson {
	const result = generateLesson(JSON.stringify(file, null, 2));
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer} ${p.message}`).join('\n'));
	return result.lesson;
}

const exercisesOf = (lesson: Lesson) => lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises : []));

describe('generateLesson', () => {
	it.each(SEEDS)('writes a lesson the checker accepts for the random explicit model of seed %i', (seed) => {
		const lesson = mustGenerate(randomModel(seed));
		expect(checkLessonText(JSON.stringify(lesson, null, 2))).toEqual([]);
	});

	it.each(SEEDS)('writes a lesson the checker accepts for the random layered network of seed %i', (seed) => {
		const lesson = mustGenerate(randomNetwork(seed));
		expect(checkLessonText(JSON.stringify(lesson, null, 2))).toEqual([]);
	});

	it.each(SEEDS)('asks for every value, factor, gradient and update of model %i, each the engine\'s own figure', (seed) => {
		const file = randomModel(seed);
		const lesson = mustGenerate(file);
		// an independent build of the same model
		const built = buildGraph(file.model);
		if (!built.ok) throw new Error('does not build');
		const traced = trace(built.graph);
		if (!traced.ok) throw new Error('does not trace');
		const t = traced.trace;
		const keys = new Set(exercisesOf(lesson).map((e) => e.quantity));
		for (const n of built.graph.nodes) expect(keys).toContain(`value:${n.name}`);
		// every parameter in the random models is within the caps, so each is asked for
		expect(built.graph.params.length).toBeLessThanOrEqual(PLAYGROUND_CAPS.perKind);
		for (const p of built.graph.params) {
			expect(keys).toContain(`grad:${p}`);
			expect(keys).toContain(`updated:${p}`);
			// the expected answer is the gradient finite differences confirm
			expect(t.gradients[p]).toBeCloseTo(centralDifference(built.graph, p).estimate, 6);
		}
		const loaded = loadLesson(JSON.stringify(lesson));
		if (!loaded.ok) throw new Error('does not load');
		for (const key of keys) {
			const q = quantityValue(loaded.loaded.trace, key);
			const own = quantityValue(t, key);
			expect(q.ok && own.ok && q.value === own.value, key).toBe(true);
		}
		// every parameter is worked out, updated and checked by finite differences
		const backward = lesson.steps.flatMap((s) => (s.kind === 'backward' ? [s.param] : []));
		expect([...backward].sort()).toEqual([...built.graph.params].sort());
		expect(backward).toEqual(backpropOrder(built.graph));
		expect(lesson.steps.some((s) => s.kind === 'update' && s.newLoss)).toBe(true);
		expect(lesson.steps.find((s) => s.kind === 'prove')).toMatchObject({ params: backward });
		expect(lesson.steps.some((s) => s.kind === 'graph' && s.focus.length === 0)).toBe(true);
	});

	it('asks for every local factor a layered network\'s backward pass needs', () => {
		const file = randomNetwork(3);
		const lesson = mustGenerate(file);
		const expanded = expandNetwork(file.network);
		if (!expanded.ok) throw new Error('does not expand');
		const keys = exercisesOf(lesson).map((e) => e.quantity);
		// z = Σ a·w + b: a factor into every weight and bias, and into the activation below
		const local = keys.filter((k) => k.startsWith('local:'));
		expect(local.length).toBeGreaterThan(0);
		expect(local.length).toBeLessThanOrEqual(PLAYGROUND_CAPS.perKind);
		expect(local.every((k) => !/\/x\d+$/.test(k) && !/\/y\d+$/.test(k))).toBe(true);
	});

	it('takes a model of parameters and nodes alone, with no inputs or targets', () => {
		const lesson = mustGenerate({ model: { params: { x: -2, y: 5, z: -4 }, nodes: [{ name: 'q', expr: 'x + y' }, { name: 'f', expr: 'q*z' }], loss: 'f', learningRate: 0.1 } });
		expect(checkLessonText(JSON.stringify(lesson))).toEqual([]);
		expect(exercisesOf(lesson).map((e) => e.quantity)).toContain('local:f/q');
	});

	it('reports the checker\'s problem where the model is wrong', () => {
		const result = generateLesson(JSON.stringify({ model: { params: { a: 1 }, nodes: [{ name: 'L', expr: 'a*b' }], loss: 'L', learningRate: 0.1 } }, null, 2));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems[0]?.pointer).toBe('/model/nodes/0/expr');
		expect(result.problems[0]?.message).toMatch(/"b"/);
	});

	it('refuses a file with both a model and a network, and text that is not JSON', () => {
		const both = generateLesson(JSON.stringify({ ...randomModel(1), ...randomNetwork(1) }));
		expect(both.ok).toBe(false);
		const broken = generateLesson('{"model": ');
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.problems[0]?.line).toBe(1);
	});

	it('caps a 100-node model and says what it left out', () => {
		const result = generateLesson(JSON.stringify(randomModel(7, 100)));
		if (!result.ok) throw new Error('does not generate');
		expect(result.capped.values).toEqual({ shown: PLAYGROUND_CAPS.perKind, of: 100 });
		expect(result.capped.backward.shown).toBe(Math.min(PLAYGROUND_CAPS.backward, result.capped.backward.of));
		expect(result.lesson.steps.filter((s) => s.kind === 'forward')).toHaveLength(Math.ceil(100 / PLAYGROUND_CAPS.forwardPerStep));
		expect(checkLessonText(JSON.stringify(result.lesson))).toEqual([]);
	});

	it('works out every parameter of a 2-8-8-1 net, the output layer first and the first layer last', () => {
		// Arrange: the training page's network, its weights typed (layered shorthand)
		const layers = [2, 8, 8, 1];
		const weights = layers.slice(1).map((n, l) => Array.from({ length: n }, (_, j) => Array.from({ length: layers[l] ?? 0 }, (_, k) => Number((0.07 * (j + 1) - 0.05 * (k + 1)).toFixed(2)))));
		const network = { layers, activations: ['tanh', 'tanh', 'sigmoid'], loss: 'bce', inputs: [0.4, -0.7], targets: [1], weights, biases: layers.slice(1).map((n) => Array.from({ length: n }, (_, j) => Number((0.1 - 0.03 * j).toFixed(2)))), learningRate: 0.03 };

		// Act
		const result = generateLesson(JSON.stringify({ network }));
		if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
		const backward = result.lesson.steps.flatMap((s) => (s.kind === 'backward' ? [s.param] : []));

		// Assert: 8·2 + 8 + 8·8 + 8 + 8 + 1 = 105 parameters, each its own step, nearest the loss first
		expect(result.capped.backward).toEqual({ shown: 105, of: 105 });
		expect(new Set(backward).size).toBe(105);
		expect(backward.slice(0, 9)).toEqual(['w3_1_1', 'w3_1_2', 'w3_1_3', 'w3_1_4', 'w3_1_5', 'w3_1_6', 'w3_1_7', 'w3_1_8', 'b3_1']);
		expect(backward.slice(-24).every((p) => /^[wb]1/.test(p))).toBe(true);
		expect(result.lesson.steps.find((s) => s.kind === 'prove')).toMatchObject({ params: backward });
		// the gradients asked for first are the output layer's, as a student works them out
		const asked = exercisesOf(result.lesson).filter((e) => e.quantity.startsWith('grad:')).map((e) => e.quantity);
		expect(asked.slice(0, 9)).toEqual(backward.slice(0, 9).map((p) => `grad:${p}`));
	});

	it('ends with the training panel on the model\'s own example, before the summary', () => {
		const lesson = mustGenerate(randomModel(2));
		const kinds = lesson.steps.map((s) => s.kind);
		expect(kinds.slice(-3)).toEqual(['prove', 'train', 'summary']);
		expect(lesson.steps.find((s) => s.kind === 'train')).toMatchObject({ optimizer: 'gd', iterations: 10000 });
		expect(lesson.steps.find((s) => s.kind === 'train')).not.toHaveProperty('seed');
		expect(lesson.steps.find((s) => s.kind === 'train')).not.toHaveProperty('dataset');
	});

	it('has no training panel for a model with nothing to train', () => {
		const lesson = mustGenerate({ model: { inputs: { x: 2 }, params: {}, nodes: [{ name: 'L', expr: 'x^2' }], loss: 'L', learningRate: 0.1 } });
		expect(lesson.steps.map((s) => s.kind)).not.toContain('train');
		expect(lesson.steps.map((s) => s.kind)).not.toContain('prove');
	});

	describe('the decimals shown', () => {
		// n = σ(0.5 · 0.3) = 0.5374298…, L = ½(0.1 − n)² = 0.0956724…
		const model = { inputs: { x: 0.3 }, targets: { t: 0.1 }, params: { w: 0.5 }, nodes: [{ name: 'n', expr: 'sigmoid(w*x)' }, { name: 'L', expr: '0.5*(t - n)^2' }], loss: 'L', learningRate: 0.1 };

		/** The forward step's formulas as the page shows them, in English. */
		function forwardFormulas(lesson: Lesson): string[] {
			const loaded = loadLesson(JSON.stringify(lesson));
			if (!loaded.ok) throw new Error('does not load');
			const page = buildStepPage(loaded.loaded, 'preview', lesson.steps.findIndex((s) => s.kind === 'forward') + 1, 'en');
			return (page?.step.blocks ?? []).flatMap((b) => (b.type === 'math' ? [b.tex] : []));
		}

		it('are the model file\'s precision when it says one', () => {
			const lesson = mustGenerate({ model, precision: 3 });

			expect(lesson.precision).toBe(3);
			const [n = '', L = ''] = forwardFormulas(lesson);
			expect(n).toMatch(/&= 0\.537 \\end\{aligned\}$/);
			expect(L).toMatch(/&= 0\.096 \\end\{aligned\}$/);
			expect(checkLessonText(JSON.stringify(lesson))).toEqual([]);
		});

		it('are 5 when the file says none, and the option\'s over the file\'s', () => {
			const lesson = mustGenerate({ model });

			expect(lesson.precision).toBe(5);
			expect(forwardFormulas(lesson)[0]).toMatch(/&= 0\.53743 \\end\{aligned\}$/);
			const result = generateLesson(JSON.stringify({ model, precision: 3 }), { precision: 2 });
			expect(result.ok && result.lesson.precision).toBe(2);
		});

		it('leave the lesson id alone: the same model asks the same questions', () => {
			expect(mustGenerate({ model, precision: 3 }).id).toBe(mustGenerate({ model }).id);
		});

		it('are refused outside 0…12, at the file\'s "precision"', () => {
			const result = generateLesson(JSON.stringify({ model, precision: 13 }, null, 2));

			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems[0]?.pointer).toBe('/precision');
		});
	});

	it('gives two models two lesson ids, and the same model the same one', () => {
		expect(mustGenerate(randomModel(1)).id).toBe(mustGenerate(randomModel(1)).id);
		expect(mustGenerate(randomModel(1)).id).not.toBe(mustGenerate(randomModel(2)).id);
	});
});
