import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { ownExampleTrainer } from './own-example';
import { mustBuild, net221 } from './testing';
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
	// the 2-2-1 sigmoid net with E = ½(t − ŷ)², its inputs and target bound to XOR's columns
	const xorNet = net221();

	it('starts from the seed’s parameters, the same for the same seed, and its loss is the mean over the four rows', () => {
		const graph = mustBuild(xorNet);
		const a = ownExampleTrainer(graph, { kind: 'gd', learningRate: 2 }, { dataset: 'xor', seed: 7 });
		const b = ownExampleTrainer(graph, { kind: 'gd', learningRate: 2 }, { dataset: 'xor', seed: 7 });
		if (!a.ok || !b.ok) throw new Error('no trainer');

		expect([...a.trainer.params]).toEqual([...b.trainer.params]);
		expect([...a.trainer.params]).not.toEqual(Object.values(xorNet.params));
		// the mean of ½(t − ŷ)² over the table, from net221's forward pass written out here
		const w = (name: string): number => a.trainer.params[graph.params.indexOf(name)] ?? NaN;
		const s = (z: number): number => 1 / (1 + Math.exp(-z));
		const rows: [number, number, number][] = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]];
		const mean = rows.reduce((sum, [x1, x2, t]) => {
			const n1 = s(x1 * w('w1') + x2 * w('w3') + w('b1'));
			const n2 = s(x1 * w('w2') + x2 * w('w4') + w('b2'));
			const y = s(n1 * w('w5') + n2 * w('w6') + w('b3'));
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
