import { describe, expect, it } from 'vitest';
import { OPTIMIZER_KINDS } from './optimizers';
import { descend, SURFACE_NAMES, surface } from './surfaces';

describe('loss surfaces', () => {
	it.each(SURFACE_NAMES)('%s: the hand-written gradient matches central differences', (name) => {
		const s = surface(name);
		const h = 1e-6;
		const points: [number, number][] = [s.start, [0.3, -0.7], [1.2, 0.4]];
		for (const [x, y] of points) {
			const [gx, gy] = s.gradient(x, y);
			expect(gx).toBeCloseTo((s.loss(x + h, y) - s.loss(x - h, y)) / (2 * h), 5);
			expect(gy).toBeCloseTo((s.loss(x, y + h) - s.loss(x, y - h)) / (2 * h), 5);
		}
	});

	it.each(SURFACE_NAMES)('%s: its minimum is a zero of the gradient, inside the window with the start', (name) => {
		const s = surface(name);
		for (const g of s.gradient(...s.minimum)) expect(Math.abs(g)).toBe(0);
		for (const [x, y] of [s.start, s.minimum]) {
			expect(x).toBeGreaterThanOrEqual(s.x[0]);
			expect(x).toBeLessThanOrEqual(s.x[1]);
			expect(y).toBeGreaterThanOrEqual(s.y[0]);
			expect(y).toBeLessThanOrEqual(s.y[1]);
		}
	});

	it.each(SURFACE_NAMES)('%s: every optimizer, at its own learning rate, ends far below where it started', (name) => {
		const s = surface(name);
		for (const kind of OPTIMIZER_KINDS) {
			const points = descend(s, kind, s.steps);
			const last = points[points.length - 1] ?? s.start;
			expect(points[0]).toEqual(s.start);
			expect(points).toHaveLength(s.steps + 1);
			expect(s.loss(...last), kind).toBeLessThan(s.loss(...s.start) / 20);
		}
	});

	it('descends with gradient descent exactly as w⁺ = w − η·g', () => {
		const s = surface('ravine');
		const [p0, p1] = descend(s, 'gd', 1, 0.5);
		const g = s.gradient(...s.start);
		expect(p0).toEqual(s.start);
		expect(p1?.[0]).toBeCloseTo(s.start[0] - 0.5 * g[0], 15);
		expect(p1?.[1]).toBeCloseTo(s.start[1] - 0.5 * g[1], 15);
	});
});
