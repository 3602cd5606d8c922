import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { centralDifference, centralDifferences } from './finite-difference';
import { run } from './pass';
import { mustBuild } from './testing';
import type { ModelSpec } from './types';

const model: ModelSpec = fixture.model;

describe('central differences on the worked example', () => {
	it('agree with the backward pass to 1e-8 for every parameter', () => {
		// Arrange
		const graph = mustBuild(model);
		const { adjoints } = run(graph);

		// Act
		const estimates = centralDifferences(graph);

		// Assert
		expect(Object.keys(estimates)).toEqual(graph.params);
		for (const p of graph.params) {
			const backprop = adjoints[graph.slots.get(p) ?? -1] ?? NaN;
			expect(Math.abs((estimates[p]?.estimate ?? NaN) - backprop)).toBeLessThan(1e-8);
		}
	});

	it('shows the two losses it divides: w5 (∂E/∂w5 = 0.08020, as the slides print)', () => {
		const graph = mustBuild(model);
		const d = centralDifference(graph, 'w5');
		expect(d.h).toBe(1e-5);
		expect(d.plus).toBeGreaterThan(d.minus);
		expect((d.plus - d.minus) / (2 * d.h)).toBe(d.estimate);
		expect(d.estimate).toBeCloseTo(0.0802, 5);
	});

	it('leaves the graph’s own values untouched', () => {
		const graph = mustBuild(model);
		const before = graph.initial.slice();
		centralDifference(graph, 'w1', 1e-3);
		expect(graph.initial).toEqual(before);
	});

	it('refuses a node, an unknown name and a bad h', () => {
		const graph = mustBuild(model);
		expect(() => centralDifference(graph, 'n1')).toThrow(/is a node/);
		expect(() => centralDifference(graph, 'w9')).toThrow(/no name "w9"/);
		expect(() => centralDifference(graph, 'w1', 0)).toThrow(/h must be/);
	});
});
