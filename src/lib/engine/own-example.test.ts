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
