import { create, derivativeDependencies, evaluateDependencies, expDependencies, parseDependencies } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { hessian, hessianEntry, newtonUpdate, solve } from './hessian';
import { backward, forward } from './pass';
import { emptyModel, mulberry32, mustBuild, mustTrace } from './testing';
import type { Graph } from './model';

const math = create({ ...derivativeDependencies, ...evaluateDependencies, ...expDependencies, ...parseDependencies });

// one neuron with a sigmoid and a squared error, plus a coupling term, so every entry differs
const neuron = () =>
	mustBuild({
		...emptyModel(),
		inputs: { x: 0.8 },
		targets: { y: 1 },
		params: { w: 0.4, b: 0.1, c: -0.3 },
		nodes: [
			{ name: 'z', expr: 'w*x + b' },
			{ name: 'a', expr: 'sigmoid(z)' },
			{ name: 'L', expr: '(a - y)^2 + c^2*w + exp(c*b)' }
		],
		loss: 'L'
	});
// the same loss written out for mathjs, σ in its primitive form
const NEURON_TEXT = '(1 / (1 + exp(-(w*x + b))) - y)^2 + c^2*w + exp(c*b)';
const NEURON_AT = { x: 0.8, y: 1, w: 0.4, b: 0.1, c: -0.3 };

/** ∂L/∂q by the backward pass at the graph's values with p nudged by ±h, differenced: ∂²L/∂p∂q. */
function differenced(graph: Graph, p: string, q: string, h = 1e-5): number {
	const grad = (delta: number): number => {
		const v = graph.initial.slice();
		const slot = graph.slots.get(p) ?? -1;
		v[slot] = (v[slot] ?? NaN) + delta;
		return backward(graph, forward(graph, v)).adjoints[graph.slots.get(q) ?? -1] ?? NaN;
	};
	return (grad(h) - grad(-h)) / (2 * h);
}

describe('second derivatives of the loss', () => {
	it('match central differences of the backward pass’s gradients, entry by entry', () => {
		const g = neuron();
		for (const p of g.params) for (const q of g.params) expect(hessianEntry(g, p, q), `${p}/${q}`).toBeCloseTo(differenced(g, p, q), 6);
	});

	it('match mathjs’s own derivative taken twice', () => {
		const g = neuron();
		for (const p of g.params)
			for (const q of g.params) {
				const second = math.derivative(math.derivative(NEURON_TEXT, p), q).evaluate(NEURON_AT);
				expect(hessianEntry(g, p, q), `${p}/${q}`).toBeCloseTo(second, 10);
			}
	});

	it('are symmetric, and follow the values they are given', () => {
		const g = neuron();
		const h = hessian(g);
		for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(h[i]?.[j]).toBe(h[j]?.[i]);
		// L = θ₁² + ¼(θ₂² − 1)²: ∂²L/∂θ₂² = 3θ₂² − 1, negative at the saddle θ₂ = 0
		const s = mustBuild({ ...emptyModel(), params: { t1: 0, t2: 0 }, nodes: [{ name: 'L', expr: 't1^2 + (t2^2 - 1)^2/4' }], loss: 'L' });
		const rng = mulberry32(7);
		for (let k = 0; k < 5; k++) {
			const t2 = rng.range(-2, 2);
			const v = s.initial.slice();
			v[s.slots.get('t2') ?? -1] = t2;
			expect(hessianEntry(s, 't2', 't2', v)).toBeCloseTo(3 * t2 * t2 - 1, 12);
			expect(hessianEntry(s, 't1', 't1', v)).toBe(2);
			expect(hessianEntry(s, 't1', 't2', v)).toBe(0);
		}
	});

	it('refuse a name that is not a parameter', () => {
		expect(() => hessianEntry(neuron(), 'x', 'w')).toThrow(/not a parameter/);
	});
});

describe('Newton’s step', () => {
	it('solves a linear system, and says when it cannot', () => {
		expect(solve([[2, 1], [1, 3]], [3, 5]).map((v) => Math.round(v * 1e12) / 1e12)).toEqual([0.8, 1.4]);
		expect(solve([[0, 1], [1, 0]], [2, 3])).toEqual([3, 2]);
		expect(solve([[1, 2], [2, 4]], [1, 2]).every(Number.isNaN)).toBe(true);
	});

	it('lands on the minimum of a quadratic in one step, where gradient descent does not', () => {
		// ½(wx − y)² + ½(v − 2w)²: a bowl, tilted, with its minimum at w = y/x = 0.5, v = 1
		const g = mustBuild({
			...emptyModel(),
			inputs: { x: 2 },
			targets: { y: 1 },
			params: { w: 1.5, v: -1 },
			nodes: [{ name: 'L', expr: '(w*x - y)^2/2 + (v - 2*w)^2/2' }],
			loss: 'L',
			learningRate: 0.05
		});
		const t = mustTrace(g);
		const next = newtonUpdate(g, t.gradients);
		expect(next['w']).toBeCloseTo(0.5, 12);
		expect(next['v']).toBeCloseTo(1, 12);
		expect(t.updated['w']).not.toBeCloseTo(0.5, 2);
	});

	it('is w − f′/f″ with one parameter, even where f″ < 0 sends it uphill', () => {
		// f(w) = w⁴/4 − w²/2: f′ = w³ − w, f″ = 3w² − 1, negative at w = 0.3
		const g = mustBuild({ ...emptyModel(), params: { w: 0.3 }, nodes: [{ name: 'L', expr: 'w^4/4 - w^2/2' }], loss: 'L' });
		const t = mustTrace(g);
		const w = 0.3;
		expect(newtonUpdate(g, t.gradients)['w']).toBeCloseTo(w - (w ** 3 - w) / (3 * w * w - 1), 12);
		// towards the maximum at 0, where gradient descent moves away from it
		expect(Math.abs(newtonUpdate(g, t.gradients)['w'] ?? NaN)).toBeLessThan(w);
		expect(Math.abs(t.updated['w'] ?? NaN)).toBeGreaterThan(w);
	});
});
