import { describe, expect, it } from 'vitest';
import fixture from '../engine/fixtures/worked-example.json';
import { mustBuild, trainedAndWatched } from '../engine/testing';
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

	it('draw nodes over the iterations instead of the loss, each with its lowest point', () => {
		const graph = mustBuild(trainedAndWatched());

		const view = lossPlot(graph, { optimizer: 'gd', learningRate: 0.1, iterations: 20, lossLabel: 'L', decimals: 5, nodes: [{ node: 'V', label: 'V' }] });

		const w = (k: number): number => 2 - 2 * 0.8 ** k;
		expect(view.series).toHaveLength(1);
		const v = view.series?.[0];
		expect(v?.values.map((x, i) => [view.iterations[i], x])).toEqual(view.iterations.map((k) => [k, expect.closeTo((w(k) - 1) ** 2, 12)]));
		expect(v?.lowest).toEqual({ iteration: 3, value: expect.closeTo((w(3) - 1) ** 2, 12) });
		expect(view.losses[20]).toBeCloseTo((w(20) - 2) ** 2, 12);
	});

	it('keep at most a few hundred points of a long run, both ends included', () => {
		const kept = sampleIndices(10001);
		expect(kept.length).toBeLessThanOrEqual(MAX_POINTS);
		expect(kept[0]).toBe(0);
		expect(kept[kept.length - 1]).toBe(10000);
		expect(sampleIndices(5)).toEqual([0, 1, 2, 3, 4]);
	});
});
