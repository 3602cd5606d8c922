import { describe, expect, it } from 'vitest';
import { blobs, xor, type Dataset } from './datasets';
import type { Graph } from './model';
import type { OptimizerSpec } from './optimizers';
import { createTrainer, paramValues, randomParams, train, trainStep, type Schedule, type Trainer } from './train';
import { mustBuild, mustTrace, net221 } from './testing';


function trainer(graph: Graph, data: Dataset, optimizer: OptimizerSpec, schedule: Schedule, params?: Float64Array): Trainer {
	const result = createTrainer(graph, data, { inputs: ['x1', 'x2'], targets: ['t'], optimizer, schedule, params });
	if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	return result.trainer;
}

describe('full-batch training on XOR', () => {
	it('lowers the loss from a seeded random start', () => {
		// Arrange
		const graph = mustBuild(net221());
		const t = trainer(graph, xor(), { kind: 'gd', learningRate: 2 }, { kind: 'full-batch' }, randomParams(graph, 42));

		// Act
		const result = train(t, { maxIterations: 3000 });

		// Assert
		expect(result.iterations).toBe(3000);
		expect(result.losses).toHaveLength(3001);
		expect(result.loss).toBeLessThan((result.losses[0] ?? 0) / 2);
		expect(t.epoch).toBe(3000);
	});

	it('solves it with Adam: every prediction on the right side of ½', () => {
		const graph = mustBuild(net221());
		const t = trainer(graph, xor(), { kind: 'adam', learningRate: 0.05 }, { kind: 'full-batch' }, randomParams(graph, 42));

		const result = train(t, { maxIterations: 5000, targetLoss: 0.01 });

		expect(result.stopped).toBe('target');
		expect(result.loss).toBeLessThanOrEqual(0.01);
		const yhat = graph.slots.get('yhat') ?? -1;
		t.examples.forEach((values, i) => expect(Math.round(values[yhat] ?? NaN)).toBe(xor().targets[i]?.[0]));
	});

	it('averages the gradient over the examples: one update equals GD on the mean of the traced gradients', () => {
		const graph = mustBuild(net221());
		const t = trainer(graph, xor(), { kind: 'gd', learningRate: 0.5 }, { kind: 'full-batch' });
		const expected = mustAverageGdStep(graph, xor(), 0.5);

		trainStep(t);

		for (const [p, w] of Object.entries(expected)) expect(paramValues(t)[p]).toBeCloseTo(w, 14);
	});
});

/** w − η·mean over examples of ∂E/∂w, each gradient from its own trace (an independent route). */
function mustAverageGdStep(graph: Graph, data: Dataset, eta: number): Record<string, number> {
	const sums: Record<string, number> = {};
	data.inputs.forEach(([x1 = 0, x2 = 0], i) => {
		const tr = mustTrace(mustBuild({ ...graph.spec, inputs: { x1, x2 }, targets: { t: data.targets[i]?.[0] ?? 0 } }));
		for (const [p, g] of Object.entries(tr.gradients)) sums[p] = (sums[p] ?? 0) + g;
	});
	return Object.fromEntries(graph.params.map((p) => [p, (graph.spec.params[p] ?? 0) - (eta * (sums[p] ?? 0)) / data.inputs.length]));
}

describe('SGD', () => {
	it('with one example per update is one GD step on that example', () => {
		// Arrange
		const graph = mustBuild(net221());
		const data = xor();
		const t = trainer(graph, data, { kind: 'gd', learningRate: 0.5 }, { kind: 'sgd', seed: 9 });

		// Act
		trainStep(t);

		// Assert: the trace of the model with that example's inputs and target, updated with η = 0.5
		const [i] = t.last?.batch ?? [];
		expect(i).toBeDefined();
		const [x1 = 0, x2 = 0] = data.inputs[i ?? 0] ?? [];
		const tr = mustTrace(mustBuild({ ...net221(), inputs: { x1, x2 }, targets: { t: data.targets[i ?? 0]?.[0] ?? 0 } }));
		for (const [p, w] of Object.entries(tr.updated)) expect(paramValues(t)[p]).toBeCloseTo(w, 14);
		expect(t.last?.batchLoss).toBeCloseTo(tr.loss, 14);
	});

	it('visits every example once per epoch, in an order that depends on the seed', () => {
		const graph = mustBuild(net221());
		const seen = (seed: number) => {
			const t = trainer(graph, xor(), { kind: 'gd', learningRate: 0.1 }, { kind: 'sgd', seed });
			const order: number[] = [];
			for (let k = 0; k < 8; k++) {
				trainStep(t);
				order.push(...(t.last?.batch ?? []));
			}
			expect(t.epoch).toBe(2);
			return order;
		};
		const a = seen(1);
		expect([...a.slice(0, 4)].sort()).toEqual([0, 1, 2, 3]);
		expect([...a.slice(4)].sort()).toEqual([0, 1, 2, 3]);
		expect(seen(1)).toEqual(a);
		expect([seen(2), seen(3), seen(4)].some((o) => o.join() !== a.join())).toBe(true);
	});
});

describe('mini-batch', () => {
	it('makes ⌈n/b⌉ updates per epoch, the last one with the n mod b left over', () => {
		// Arrange: 10 examples in batches of 4 → 3 updates of 4, 4 and 2 examples
		const graph = mustBuild(net221());
		const data = blobs({ seed: 5, n: 10 });
		const t = trainer(graph, data, { kind: 'gd', learningRate: 0.1 }, { kind: 'mini-batch', size: 4, seed: 11 });

		// Act
		const sizes: number[] = [];
		const epochs: number[] = [];
		const batches: number[] = [];
		for (let k = 0; k < 6; k++) {
			trainStep(t);
			sizes.push(t.last?.batch.length ?? 0);
			epochs.push(t.last?.epoch ?? 0);
			if (k < 3) batches.push(...(t.last?.batch ?? []));
		}

		// Assert
		expect(sizes).toEqual([4, 4, 2, 4, 4, 2]);
		expect(epochs).toEqual([1, 1, 1, 2, 2, 2]);
		expect(t.epoch).toBe(2);
		expect(t.iteration).toBe(6);
		expect(batches.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('a batch as large as the data set is full-batch GD', () => {
		const graph = mustBuild(net221());
		const full = trainer(graph, xor(), { kind: 'gd', learningRate: 0.5 }, { kind: 'full-batch' });
		const mini = trainer(graph, xor(), { kind: 'gd', learningRate: 0.5 }, { kind: 'mini-batch', size: 4, seed: 3 });
		for (let k = 0; k < 5; k++) {
			trainStep(full);
			trainStep(mini);
		}
		full.params.forEach((w, k) => expect(mini.params[k]).toBeCloseTo(w, 13));
	});
});

describe('createTrainer', () => {
	it('names every problem with its place', () => {
		const graph = mustBuild(net221());
		const result = createTrainer(
			graph,
			{ inputs: [[0, 0], [1]], targets: [[0]] },
			{ inputs: ['x1', 'w1'], targets: ['tt'], optimizer: { kind: 'gd', learningRate: 0 }, schedule: { kind: 'mini-batch', size: 0, seed: 1 } }
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => i.path)).toEqual(['inputs[1]', 'targets[0]', 'data.targets', 'data.inputs[1]', 'optimizer', 'schedule.size']);
		expect(result.issues[0]?.message).toBe('"w1" is a param, not an input');
	});

	it('starts from the model’s own parameters unless given others', () => {
		const graph = mustBuild(net221());
		const t = trainer(graph, xor(), { kind: 'gd', learningRate: 0.5 }, { kind: 'full-batch' });
		expect(paramValues(t)).toEqual(net221().params);
		expect(randomParams(graph, 1)).toEqual(randomParams(graph, 1));
		expect(randomParams(graph, 1)).not.toEqual(randomParams(graph, 2));
		expect([...randomParams(graph, 1, 0.5)].every((w) => Math.abs(w) <= 0.5)).toBe(true);
	});

	it('stops with "diverged" when the loss is no longer a number', () => {
		const graph = mustBuild({ ...net221(), nodes: [...net221().nodes.slice(0, -1), { name: 'E', expr: 'log(yhat - 0.5)' }] });
		const t = trainer(graph, xor(), { kind: 'gd', learningRate: 0.5 }, { kind: 'full-batch' });
		expect(train(t, { maxIterations: 10 }).stopped).toBe('diverged');
	});
});
