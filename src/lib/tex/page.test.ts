import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson, type LoadedLesson } from '../lesson/load';
import type { Block, StepPage } from '../lesson/view';
import { buildStepPage } from './page';

const r = loadLesson(readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8'));
if (!r.ok) throw new Error('the worked example does not load');
const worked: LoadedLesson = r.loaded;

function page(pred: (s: LoadedLesson['lesson']['steps'][number]) => boolean, lang: 'es' | 'en' = 'en'): StepPage {
	const index = worked.lesson.steps.findIndex(pred) + 1;
	const p = buildStepPage(worked, 'worked-example', index, lang);
	if (!p) throw new Error('no page');
	return p;
}

function blockOf<T extends Block['type']>(p: StepPage, type: T): Extract<Block, { type: T }> {
	const b = p.step.blocks.find((x): x is Extract<Block, { type: T }> => x.type === type);
	if (!b) throw new Error(`no ${type} block`);
	return b;
}

describe('step pages with the graph, plots, training and "check it"', () => {
	it('give a backward step its graph panel and a small "check it" for its parameter', () => {
		const p = page((s) => s.kind === 'backward' && s.param === 'w1');

		const prove = blockOf(p, 'prove').prove;

		expect(p.graph?.chain?.paths).toHaveLength(2);
		expect(prove.compact).toBe(true);
		expect(prove.params).toEqual([{ name: 'w1', label: 'w₁', gradient: expect.closeTo(0.0011080580, 9) }]);
		expect(prove.model).toEqual(worked.model);
		expect(prove.h).toBe(1e-5);
		// after the sum over paths, before the update
		const labels = p.step.blocks.map((b) => (b.type === 'math' ? b.label : b.type));
		expect(labels.indexOf('prove')).toBeGreaterThan(labels.indexOf('sum'));
		expect(labels.indexOf('prove')).toBeLessThan(labels.indexOf('update'));
	});

	it('give a prove step each of its parameters with the backpropagated gradient', () => {
		const p = page((s) => s.kind === 'prove');

		const prove = blockOf(p, 'prove').prove;

		expect(prove.compact).toBe(false);
		expect(prove.params.map((x) => x.name)).toEqual(['w5', 'w1']);
		expect(prove.params[0]?.gradient).toBeCloseTo(0.0802031, 6);
		expect(prove.lossLabel).toBe('E_total');
	});

	it('give the activation plot its curve, its marked z and its formula rendered', () => {
		const p = page((s) => s.kind === 'plot' && s.plot === 'activation');

		const b = blockOf(p, 'plot');

		expect(b.plot.kind).toBe('activation');
		if (b.plot.kind !== 'activation') return;
		expect(b.plot.at).toEqual({ node: 'sum_n1', label: 'sum_n₁', z: expect.closeTo(0.41, 12), f: expect.closeTo(0.60109, 5), df: expect.closeTo(0.23978, 5) });
		expect(b.html).toContain('class="katex');
		expect(p.graph).toBeUndefined();
	});

	it('give the optimizers plot its four paths and the surface’s formula', () => {
		const b = blockOf(page((s) => s.kind === 'plot' && s.plot === 'optimizers'), 'plot');

		expect(b.plot.kind).toBe('optimizers');
		if (b.plot.kind !== 'optimizers') return;
		expect(b.plot.paths.map((x) => x.optimizer)).toEqual(['gd', 'momentum', 'rmsprop', 'adam']);
		expect(b.html).toContain('θ');
	});

	it('give the train step the model, its settings and the loss to start from', () => {
		const p = page((s) => s.kind === 'train', 'es');

		const train = blockOf(p, 'train').train;

		expect(train).toMatchObject({ optimizer: 'gd', learningRate: 0.6, iterations: 5000, targetLoss: 0.00001, lossLabel: 'E_total', decimals: 5 });
		expect(train.startLoss).toBeCloseTo(worked.trace.loss, 15);
		expect(train.model).toEqual(worked.model);
		expect(p.graph).toBeDefined();
		expect(p.step.title).toBe('Seguir entrenando');
	});
});
