import { describe, expect, it } from 'vitest';
import { activationPlot } from './activation';
import type { PlotActivation } from './types';

const ALL: PlotActivation[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'softplus', 'swish', 'step'];

describe('activation plots', () => {
	it('sample σ and the engine’s σ′ = σ(1 − σ), z = 0 included', () => {
		// Act
		const { view } = activationPlot('sigmoid', 5);

		// Assert
		const at0 = view.z.indexOf(0);
		expect(at0).toBeGreaterThan(0);
		expect(view.f[at0]).toBe(0.5);
		expect(view.df[at0]).toBe(0.25);
		view.z.forEach((_, i) => expect(view.df[i]).toBeCloseTo((view.f[i] ?? 0) * (1 - (view.f[i] ?? 0)), 5));
		expect(view.z[0]).toBe(-6);
		expect(view.z[view.z.length - 1]).toBe(6);
	});

	it('mark the node the step names: sum_n1 = 0.41 in the worked example', () => {
		const { view } = activationPlot('sigmoid', 5, { node: 'sum_n1', label: 'sum_n₁', z: 0.41 });

		expect(view.at?.f).toBeCloseTo(0.60109, 5);
		expect(view.at?.df).toBeCloseTo(0.23978, 5);
	});

	it('widen the range to take in a z outside [−6, 6]', () => {
		const { view } = activationPlot('tanh', 5, { node: 'z', label: 'z', z: 8.3 });
		expect(view.z[view.z.length - 1]).toBeGreaterThanOrEqual(9);
	});

	it.each(ALL)('%s: finite samples, a caption that names f and f′', (name) => {
		const { view, chains } = activationPlot(name, 5);
		expect(view.f.every(Number.isFinite)).toBe(true);
		expect(view.df.every(Number.isFinite)).toBe(true);
		expect(chains.map((c) => c.lhs)).toEqual(['f(z)', "f'(z)"]);
		chains.forEach((c) => expect(c.sides.length).toBeGreaterThan(0));
	});

	it('draw relu’s derivative as the step it is', () => {
		const { view } = activationPlot('relu', 5);
		expect(new Set(view.df)).toEqual(new Set([0, 1]));
	});
});
