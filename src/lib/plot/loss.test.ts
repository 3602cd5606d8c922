import { describe, expect, it } from 'vitest';
import fixture from '../engine/fixtures/worked-example.json';
import { mustBuild } from '../engine/testing';
import type { ModelSpec } from '../engine/types';
import { lossPlot, MAX_POINTS, sampleIndices } from './loss';

const model: ModelSpec = fixture.model;

describe('loss plots', () => {
	it('train the lesson’s model from its own loss downwards', () => {
		const view = lossPlot(mustBuild(model), { optimizer: 'gd', learningRate: 0.6, iterations: 200, lossLabel: 'E_total', decimals: 5 });

		expect(view.iterations[0]).toBe(0);
		expect(view.iterations[view.iterations.length - 1]).toBe(200);
		expect(view.losses[0]).toBeCloseTo(0.24909, 5);
		expect(view.losses[view.losses.length - 1]).toBeLessThan(0.01);
	});

	it('keep at most a few hundred points of a long run, both ends included', () => {
		const kept = sampleIndices(10001);
		expect(kept.length).toBeLessThanOrEqual(MAX_POINTS);
		expect(kept[0]).toBe(0);
		expect(kept[kept.length - 1]).toBe(10000);
		expect(sampleIndices(5)).toEqual([0, 1, 2, 3, 4]);
	});
});
