import { describe, expect, it } from 'vitest';
import { surface } from '../engine/surfaces';
import { optimizerPlot, ownLevels, PLOTTED_OPTIMIZERS, surfaceContours } from './optimizers';

describe('optimizer plots', () => {
	it('run GD, momentum, RMSProp and Adam from the surface’s start', () => {
		const view = optimizerPlot('ravine', 5);

		expect(view.paths.map((p) => p.optimizer)).toEqual([...PLOTTED_OPTIMIZERS]);
		for (const p of view.paths) {
			expect(p.points[0]).toEqual(view.start);
			expect(p.points).toHaveLength(surface('ravine').steps + 1);
			expect(p.finalLoss).toBeLessThan(0.01);
		}
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});

	it('add Newton’s method when asked: no η, and the steps it needed', () => {
		const view = optimizerPlot('ravine', 5, undefined, PLOTTED_OPTIMIZERS, true);
		const newton = view.paths[view.paths.length - 1];
		expect(newton?.optimizer).toBe('newton');
		expect(newton?.learningRate).toBeUndefined();
		// a quadratic: one step to the bottom
		expect(newton?.points).toEqual([view.start, [0, 0]]);
		expect(newton?.finalLoss).toBe(0);
		expect(optimizerPlot('ravine', 5).paths.some((p) => p.optimizer === 'newton')).toBe(false);
	});

	it('draw the saddle surface’s own levels, so the local minimum’s basin shows between it and the saddle', () => {
		const s = surface('saddle');
		const values = surfaceContours('saddle').map((l) => l.value);
		expect(ownLevels('saddle')).toBe(true);
		expect(ownLevels('ravine')).toBe(false);
		// a level between the local minimum's loss and the saddle's
		expect(values.some((v) => v > s.loss(0, 1) && v < s.loss(0, 0.375))).toBe(true);
	});

	it('take as many steps as the lesson asks', () => {
		const view = optimizerPlot('rosenbrock', 5, 10);
		for (const p of view.paths) expect(p.points).toHaveLength(11);
	});

	it('trace closed contour lines, lowest level first, each ring a loop of points at that loss', () => {
		const s = surface('ravine');
		const levels = surfaceContours('ravine');

		expect(levels.length).toBeGreaterThan(5);
		for (let i = 1; i < levels.length; i++) expect(levels[i]?.value).toBeGreaterThan(levels[i - 1]?.value ?? Infinity);
		const lowest = levels[0];
		const ring = lowest?.rings[0] ?? [];
		expect(ring.length).toBeGreaterThan(4);
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		// a point of the innermost ring lies near its level (the grid is coarse)
		for (const [x, y] of ring) expect(Math.abs(s.loss(x, y) - (lowest?.value ?? NaN))).toBeLessThan(lowest?.value ?? 0);
	});
});
