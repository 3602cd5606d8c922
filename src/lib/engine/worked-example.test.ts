/**
 * The course's worked example (Mazur's 2-2-2 sigmoid net), every figure the slides print, re-derived
 * by the engine and rounded to 5 decimals. The slides print 0.60108 and 0.73492 because they truncate;
 * the engine rounds, so these tests assert 0.60109 and 0.73493.
 */
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { countPaths, listPaths } from './paths';
import { contributions, factor } from './trace';
import { mustBuild, mustTrace, round } from './testing';
import type { ModelSpec } from './types';

const model: ModelSpec = fixture.model;

function traced() {
	const graph = mustBuild(model);
	return { graph, t: mustTrace(graph) };
}

describe('worked example: forward pass', () => {
	it('reproduces every value of the slides', () => {
		// Arrange
		const { t } = traced();

		// Act
		const values = Object.fromEntries(
			['sum_n1', 'n1', 'n2', 'yhat1', 'yhat2', 'E1', 'E2', 'E_total'].map((n) => [n, round(t.values[n] ?? NaN)])
		);

		// Assert
		expect(values).toEqual({
			sum_n1: 0.41,
			n1: 0.60109,
			n2: 0.61538,
			yhat1: 0.73493,
			yhat2: 0.77955,
			E1: 0.23456,
			E2: 0.01453,
			E_total: 0.24909
		});
		expect(t.loss).toBe(t.values['E_total']);
	});
});

describe('worked example: ∂E_total/∂w5', () => {
	it('is one path of three factors, ŷ₁ − t₁ · ŷ₁(1 − ŷ₁) · n₁', () => {
		// Arrange
		const { graph, t } = traced();

		// Act
		const count = countPaths(graph, 'w5');
		const [path, ...rest] = listPaths(t, 'w5');

		// Assert
		expect(count).toBe(1n);
		expect(rest).toEqual([]);
		expect(path?.factors.map((f) => [f.of, f.wrt, round(f.value), f.tex])).toEqual([
			['E_total', 'yhat1', 0.68493, '\\hat{y}_{1} - t_{1}'],
			['yhat1', 'sum_yhat1', 0.19481, '\\hat{y}_{1} \\left(1 - \\hat{y}_{1}\\right)'],
			['sum_yhat1', 'w5', 0.60109, 'n_{1}']
		]);
		expect(round(path?.product ?? NaN)).toBe(0.0802);
		expect(path?.product).toBeCloseTo(t.gradients['w5'] ?? NaN, 15);
	});

	it('updates w5 to 0.45188 with η = 0.6', () => {
		// Arrange
		const { t } = traced();

		// Act
		const w5 = t.updated['w5'] ?? NaN;

		// Assert
		expect(round(t.gradients['w5'] ?? NaN)).toBe(0.0802);
		expect(round(w5)).toBe(0.45188);
		expect(w5).toBeCloseTo(0.5 - 0.6 * (t.gradients['w5'] ?? NaN), 15);
	});

	it('updates w6, w7, w8 to 0.55073, 0.71056, 0.81082', () => {
		// Arrange
		const { t } = traced();

		// Act
		const updated = ['w6', 'w7', 'w8'].map((w) => round(t.updated[w] ?? NaN));

		// Assert
		expect(updated).toEqual([0.55073, 0.71056, 0.81082]);
	});
});

describe('worked example: ∂E_total/∂w1', () => {
	it('has two five-factor paths, through ŷ₁ and through ŷ₂', () => {
		// Arrange
		const { graph, t } = traced();

		// Act
		const count = countPaths(graph, 'w1');
		const paths = listPaths(t, 'w1');

		// Assert
		expect(count).toBe(2n);
		expect(paths.map((p) => p.factors.map((f) => f.wrt))).toEqual([
			['yhat1', 'sum_yhat1', 'n1', 'sum_n1', 'w1'],
			['yhat2', 'sum_yhat2', 'n1', 'sum_n1', 'w1']
		]);
		expect(paths.map((p) => round(p.product))).toEqual([0.0016, -0.00049]);
	});

	it('sums the two paths to the gradient 0.00111, and w1 becomes 0.09934', () => {
		// Arrange
		const { t } = traced();

		// Act
		const sum = listPaths(t, 'w1').reduce((s, p) => s + p.product, 0);

		// Assert
		expect(round(sum)).toBe(0.00111);
		expect(sum).toBeCloseTo(t.gradients['w1'] ?? NaN, 15);
		expect(round(t.updated['w1'] ?? NaN)).toBe(0.09934);
	});

	it('shows the hidden neuron’s factors in teaching form', () => {
		// Arrange
		const { t } = traced();

		// Act
		const sigmaPrime = factor(t, 'n1', 'sum_n1');
		const input = factor(t, 'sum_n1', 'w1');
		const weight = factor(t, 'sum_yhat1', 'n1');

		// Assert
		expect(sigmaPrime?.tex).toBe('n_{1} \\left(1 - n_{1}\\right)');
		expect(round(sigmaPrime?.value ?? NaN)).toBe(0.23978);
		expect(input?.tex).toBe('x_{1}');
		expect(weight?.tex).toBe('w_{5}');
	});
});

describe('worked example: δ gathered from the users of a name', () => {
	it('gives δ(n₁) as the sum over sum_yhat1 and sum_yhat2 of upstream δ times the local factor', () => {
		// Arrange
		const { t } = traced();

		// Act
		const parts = contributions(t, 'n1');

		// Assert
		expect(parts.map((c) => [c.user, c.factor.tex])).toEqual([
			['sum_yhat1', 'w_{5}'],
			['sum_yhat2', 'w_{7}']
		]);
		const sum = parts.reduce((s, c) => s + c.upstream * c.factor.value, 0);
		expect(sum).toBeCloseTo(t.adjoints['n1'] ?? NaN, 15);
	});

	it('leaves out a user that does not lead to the loss (E1 is shown, but E_total is the loss)', () => {
		// Arrange
		const { t } = traced();

		// Act
		const users = contributions(t, 'yhat1').map((c) => c.user);

		// Assert
		expect(users).toEqual(['E_total']);
	});
});

describe('worked example: after the update', () => {
	it('has a smaller loss', () => {
		// Arrange
		const { t } = traced();

		// Act
		const { loss, newLoss } = t;

		// Assert
		expect(newLoss).toBeLessThan(loss);
		expect(round(newLoss)).toBe(0.23385);
		expect(t.updatedValues['E_total']).toBe(newLoss);
	});

	it('takes every gradient at the original weights', () => {
		// Arrange
		const { t } = traced();

		// Act
		const steps = Object.keys(t.gradients).map((p) => (t.values[p] ?? NaN) - (t.updated[p] ?? NaN));

		// Assert
		Object.values(t.gradients).forEach((g, i) => expect(steps[i]).toBeCloseTo(0.6 * g, 15));
	});
});
