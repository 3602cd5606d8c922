import { afterEach, describe, expect, it } from 'vitest';
import fixture from '../engine/fixtures/worked-example.json';
import { mustBuild } from '../engine/testing';
import { trace } from '../engine/trace';
import type { ModelSpec } from '../engine/types';
import type { TrainView } from '../lesson/view';
import { liveGraph } from './live-graph.svelte';
import { decodeBase64Url } from '../playground-train/model-link';
import { Training } from './training.svelte';

const model: ModelSpec = fixture.model;
const traced = trace(mustBuild(model));
if (!traced.ok) throw new Error('no trace');
const t = traced.trace;
const view = (over: Partial<TrainView> = {}): TrainView => ({
	model,
	optimizer: 'gd',
	learningRate: 0.6,
	iterations: 5000,
	start: {},
	startLoss: t.loss,
	lossLabel: 'E_total',
	decimals: 5,
	...over
});

afterEach(() => {
	liveGraph.numbers = null;
});

describe('the training panel’s state', () => {
	it('makes the lesson’s own update on its first iteration, and shows the new numbers on the graph', async () => {
		// Arrange
		const run = new Training(view());

		// Act
		await run.stepOnce();

		// Assert
		expect(run.status).toBe('paused');
		expect(run.iteration).toBe(1);
		expect(run.loss).toBeCloseTo(t.newLoss, 14);
		expect(run.history).toEqual({ iterations: [0, 1], losses: [t.loss, run.loss] });
		expect(liveGraph.numbers?.iteration).toBe(1);
		expect(liveGraph.numbers?.values['w5']).toBe((t.updated['w5'] ?? NaN).toFixed(5));
		expect(run.announced).toEqual({ iteration: 1, loss: run.loss, status: 'paused' });
	});

	it('stops after its iterations, and a reset goes back to the lesson’s weights', async () => {
		const run = new Training(view({ iterations: 2 }));

		await run.stepOnce();
		await run.stepOnce();
		await run.stepOnce();

		expect(run.iteration).toBe(2);
		expect(run.status).toBe('iterations');
		run.reset();
		expect(run.iteration).toBe(0);
		expect(run.loss).toBe(t.loss);
		expect(run.status).toBe('ready');
		expect(liveGraph.numbers).toBeNull();
	});

	it('stops as soon as the loss reaches the target', async () => {
		const run = new Training(view({ targetLoss: t.newLoss + 1e-9 }));

		await run.stepOnce();

		expect(run.status).toBe('target');
	});

	it('trains with another optimizer and learning rate, and refuses a learning rate that is not a positive number', async () => {
		const run = new Training(view());

		run.setOptimizer('adam');
		run.setRate('0,05');
		await run.stepOnce();
		expect(run.learningRate).toBe(0.05);
		expect(run.loss).toBeLessThan(t.loss);
		expect(run.loss).not.toBeCloseTo(t.newLoss, 6);

		run.setRate('-1');
		await run.stepOnce();
		expect(run.status).toBe('failed');
		expect(run.error).toBe('learning-rate');
		expect(run.iteration).toBe(0);
	});

	it('keeps a run on the chart when the optimizer changes, labelled with the settings it ran with', async () => {
		// Arrange
		const run = new Training(view());
		await run.stepOnce();
		await run.stepOnce();

		// Act
		run.setOptimizer('adam');
		await run.stepOnce();
		run.setRate('0.1');

		// Assert
		expect(run.earlier.map((r) => [r.optimizer, r.learningRate, r.iterations[r.iterations.length - 1]])).toEqual([
			['gd', 0.6, 2],
			['adam', 0.6, 1]
		]);
		expect(run.earlier[0]?.losses[0]).toBe(t.loss);
		expect(run.history.iterations).toEqual([0]);
		run.clearEarlier();
		expect(run.earlier).toEqual([]);
	});

	it('keeps no run that made no update, and at most the last three', async () => {
		const run = new Training(view());
		run.setOptimizer('momentum');
		expect(run.earlier).toEqual([]);
		for (const k of ['gd', 'momentum', 'rmsprop', 'adam'] as const) {
			await run.stepOnce();
			run.setOptimizer(k);
		}
		expect(run.earlier.map((r) => r.optimizer)).toEqual(['gd', 'momentum', 'rmsprop']);
	});
	it('looks inside an iteration: the model at its weights, whose own loss is the panel\'s and whose update is the next iteration\'s', async () => {
		// Arrange
		const run = new Training(view());
		expect(run.lookInside()).toBe('');

		// Act: three updates, then the link
		await run.stepOnce();
		await run.stepOnce();
		await run.stepOnce();
		const fragment = run.lookInside();

		// Assert: the link's model, traced on its own, has the panel's loss; its update is the fourth
		expect(fragment).toMatch(/^model=[A-Za-z0-9_-]+$/);
		const content: unknown = JSON.parse(decodeBase64Url(fragment.slice('model='.length)));
		expect(content).toMatchObject({ model: { nodes: model.nodes, inputs: model.inputs, targets: model.targets, learningRate: 0.6 }, precision: 5 });
		const linked = run.modelNow();
		if (!linked) throw new Error('no model');
		expect(Object.keys(linked.params)).toEqual(Object.keys(model.params));
		const there = trace(mustBuild(linked));
		if (!there.ok) throw new Error('no trace');
		expect(there.trace.loss).toBe(run.loss);
		await run.stepOnce();
		expect(there.trace.newLoss).toBeCloseTo(run.loss, 14);
	});

	it('has no link while training runs or once the weights are not numbers', async () => {
		// L = (w·x − y)² with η far past 1/x²: each update overshoots further, until w is not a number
		const line: ModelSpec = { inputs: { x: 3 }, targets: { y: 1 }, params: { w: 0.5 }, constants: {}, nodes: [{ name: 'L', expr: '(w*x - y)^2' }], loss: 'L', learningRate: 10 };
		const run = new Training(view({ model: line, learningRate: 10, startLoss: 0.25 }));
		for (let i = 0; i < 400 && run.status !== 'diverged'; i++) await run.stepOnce();
		expect(run.status).toBe('diverged');
		expect(run.lookInside()).toBe('');
	});
});
