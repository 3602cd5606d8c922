import { describe, expect, it } from 'vitest';
import { OPTIMIZER_KINDS } from './optimizers';
import { hessianEntry } from './hessian';
import { descend, descendNewton, SURFACE_NAMES, surface } from './surfaces';
import { forward as forwardAt } from './pass';
import { emptyModel, mustBuild } from './testing';

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

	it.each(SURFACE_NAMES)('%s: the hand-written Hessian matches central differences of the gradient', (name) => {
		const s = surface(name);
		const h = 1e-6;
		for (const [x, y] of [s.start, [0.3, -0.7], [1.2, 0.4]] as [number, number][]) {
			const [[hxx, hxy], [hyx, hyy]] = s.hessian(x, y);
			const dx = [0, 1].map((k) => ((s.gradient(x + h, y)[k] ?? NaN) - (s.gradient(x - h, y)[k] ?? NaN)) / (2 * h));
			const dy = [0, 1].map((k) => ((s.gradient(x, y + h)[k] ?? NaN) - (s.gradient(x, y - h)[k] ?? NaN)) / (2 * h));
			expect([hxx, hxy, hyx, hyy].map((v) => Math.round(v * 1e4))).toEqual([dx[0], dx[1], dy[0], dy[1]].map((v) => Math.round((v ?? NaN) * 1e4)));
		}
	});

	it('Newton: one step to the bottom of a quadratic, a few along Rosenbrock’s valley, and straight to the saddle', () => {
		const ravine = descendNewton(surface('ravine'), 3);
		expect(ravine.map((p) => p.map((v) => Math.abs(v)))).toEqual([[4.5, 1.2], [0, 0]]);
		const r = surface('rosenbrock');
		const rosen = descendNewton(r, 12);
		const last = rosen[rosen.length - 1] ?? r.start;
		expect(r.loss(...last)).toBeLessThan(1e-6);
		// GD needs all of its 150 steps to come as close
		const gd = descend(r, 'gd', 12);
		expect(r.loss(...(gd[gd.length - 1] ?? r.start))).toBeGreaterThan(0.1);
		const s = surface('saddle');
		const saddle = descendNewton(s, 20);
		expect(saddle[1]?.[0]).toBeCloseTo(0, 12);
		expect(saddle[saddle.length - 1]?.[1]).toBeCloseTo(0.375, 9);
		expect(saddle.length).toBeLessThan(8);
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

	it('saddle: its landmarks are a saddle and a local minimum, by the signs of the Hessian’s eigenvalues', () => {
		const s = surface('saddle');
		// the same loss as a lesson writes it, so the engine's second derivatives can be asked
		const g = mustBuild({ ...emptyModel(), params: { t1: 0, t2: 0 }, nodes: [{ name: 'L', expr: 't1^2 + 0.25*t2^4 - 0.125*t2^3 - 0.5*t2^2 + 0.375*t2 + 0.5' }], loss: 'L' });
		const at = ([x, y]: [number, number]): Float64Array => Float64Array.from(g.names, (n) => (n === 't1' ? x : n === 't2' ? y : NaN));
		const eigen = (p: [number, number]) => {
			const v = forwardAt(g, at(p));
			// no cross term, so the Hessian is diagonal and its eigenvalues are its diagonal
			expect(hessianEntry(g, 't1', 't2', v)).toBe(0);
			return [hessianEntry(g, 't1', 't1', v), hessianEntry(g, 't2', 't2', v)];
		};
		const landmark = (kind: string) => s.landmarks?.find((l) => l.kind === kind)?.point ?? [NaN, NaN];
		for (const p of [s.minimum, landmark('saddle'), landmark('local-minimum')]) for (const c of s.gradient(...p)) expect(Math.abs(c)).toBeLessThan(1e-15);
		expect(eigen(s.minimum).every((l) => l > 0)).toBe(true);
		expect(eigen(landmark('local-minimum')).every((l) => l > 0)).toBe(true);
		expect(eigen(landmark('saddle')).map(Math.sign)).toEqual([1, -1]);
		expect(s.loss(...landmark('local-minimum'))).toBeGreaterThan(s.loss(...s.minimum));
	});

	it('saddle: gradient descent lingers by the saddle where momentum has already left it', () => {
		const s = surface('saddle');
		const off = (kind: 'gd' | 'momentum', step: number) => Math.abs((descend(s, kind, step)[step]?.[1] ?? NaN) - 0.375);
		expect(off('gd', 30)).toBeLessThan(0.06);
		expect(off('momentum', 30)).toBeGreaterThan(0.1);
	});
});
