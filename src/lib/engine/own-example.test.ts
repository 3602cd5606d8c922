import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { ownExampleTrainer } from './own-example';
import { mustBuild } from './testing';
import { trace } from './trace';
import { train, trainStep } from './train';
import type { ModelSpec } from './types';

const model: ModelSpec = fixture.model;

describe('training the worked example on its own example', () => {
	it('starts at the lesson’s loss, and its first GD step is the lesson’s iteration', () => {
		// Arrange
		const graph = mustBuild(model);
		const t = trace(graph);
		if (!t.ok) throw new Error('no trace');
		const made = ownExampleTrainer(graph, { kind: 'gd', learningRate: graph.learningRate });
		if (!made.ok) throw new Error('no trainer');

		// Act
		const start = made.trainer.loss;
		const after = trainStep(made.trainer);

		// Assert
		expect(start).toBeCloseTo(t.trace.loss, 14);
		expect(after).toBeCloseTo(t.trace.newLoss, 14);
		graph.params.forEach((p, k) => expect(made.trainer.params[k]).toBeCloseTo(t.trace.updated[p] ?? NaN, 14));
	});

	it('keeps lowering the loss', () => {
		const made = ownExampleTrainer(mustBuild(model), { kind: 'gd', learningRate: 0.6 });
		if (!made.ok) throw new Error('no trainer');

		const { losses } = train(made.trainer, { maxIterations: 500 });

		expect(losses[500]).toBeLessThan((losses[0] ?? 0) / 100);
		for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThanOrEqual(losses[i - 1] ?? Infinity);
	});
});

describe('training on the XOR table from a seeded random start', () => {
	// a 2-2-1 sigmoid net with E = ½(t − ŷ)², its inputs and target bound to XOR's columns
	const xorNet: ModelSpec = {
		inputs: { x1: 0, x2: 0 },
		targets: { t: 0 },
		params: { w1: 0.5, w2: 0.5, w3: 0.5, w4: 0.5, b1: 0, b2: 0, w5: 0.5, w6: 0.5, b3: 0 },
		constants: {},
		nodes: [
			{ name: 'h1', expr: 'sigmoid(w1*x1 + w2*x2 + b1)' },
			{ name: 'h2', expr: 'sigmoid(w3*x1 + w4*x2 + b2)' },
			{ name: 'yhat', expr: 'sigmoid(w5*h1 + w6*h2 + b3)' },
			{ name: 'E', expr: '0.5*(t - yhat)^2' }
		],
		loss: 'E',
		learningRate: 2
	};

	it('starts from the seed’s parameters, the same for the same seed, and its loss is the mean over the four rows', () => {
		const graph = mustBuild(xorNet);
		const a = ownExampleTrainer(graph, { kind: 'gd', learningRate: 2 }, { dataset: 'xor', seed: 7 });
		const b = ownExampleTrainer(graph, { kind: 'gd', learningRate: 2 }, { dataset: 'xor', seed: 7 });
		if (!a.ok || !b.ok) throw new Error('no trainer');

		expect([...a.trainer.params]).toEqual([...b.trainer.params]);
		expect([...a.trainer.params]).not.toEqual(Object.values(xorNet.params));
		// the mean of ½(t − ŷ)² over the table, from a forward pass written out here
		const [w1, w2, w3, w4, b1, b2, w5, w6, b3] = [...a.trainer.params] as [number, number, number, number, number, number, number, number, number];
		const s = (z: number): number => 1 / (1 + Math.exp(-z));
		const rows: [number, number, number][] = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]];
		const mean = rows.reduce((sum, [x1, x2, t]) => {
			const y = s(w5 * s(w1 * x1 + w2 * x2 + b1) + w6 * s(w3 * x1 + w4 * x2 + b2) + b3);
			return sum + 0.5 * (t - y) ** 2;
		}, 0) / 4;
		expect(a.trainer.loss).toBeCloseTo(mean, 12);
	});

	it('learns XOR: every row ends on the right side of ½', () => {
		const made = ownExampleTrainer(mustBuild(xorNet), { kind: 'gd', learningRate: 2 }, { dataset: 'xor', seed: 3 });
		if (!made.ok) throw new Error('no trainer');

		const { losses } = train(made.trainer, { maxIterations: 5000 });

		// a mean of ½(t − ŷ)² under 0.01 leaves every |t − ŷ| under 0.29
		expect(losses[losses.length - 1]).toBeLessThan(0.01);
	});
});
