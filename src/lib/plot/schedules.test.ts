import { describe, expect, it } from 'vitest';
import { emptyModel, mustBuild } from '../engine/testing';
import { schedulesPlot } from './schedules';

describe('schedules plots', () => {
	it('draw one loss line per schedule, named by its formula, from the same starting loss', () => {
		const graph = mustBuild({ ...emptyModel(), inputs: { x: 2 }, targets: { y: 1 }, params: { w: 1.5 }, nodes: [{ name: 'L', expr: '(w*x - y)^2/2' }], loss: 'L', learningRate: 0.6 });
		const view = schedulesPlot(graph, [{ kind: 'constant' }, { kind: 'step', drop: 0.5, every: 2 }], 0.6, 10, 'L', 5);

		expect(view.series?.map((s) => s.label)).toEqual(['ηₖ = 0.6', 'ηₖ = 0.6·0.5^⌊k/2⌋']);
		expect(view.iterations).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		const [constant, step] = view.series ?? [];
		expect(constant?.values[0]).toBe(2);
		expect(step?.values[0]).toBe(2);
		// the first update is the same for both: η₀ = 0.6, w = 1.5 − 0.6·4 = −0.9, L = ½(−2.8)²
		expect(constant?.values[1]).toBeCloseTo(3.92, 12);
		expect(step?.values[1]).toBeCloseTo(3.92, 12);
		// η₀ = 0.6 > 2/f″ = 0.5: the constant rate diverges, its lowest is the start; the step decay settles
		expect(constant?.lowest.iteration).toBe(0);
		expect(step?.lowest.iteration).toBe(10);
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});
});
