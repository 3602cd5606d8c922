import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { mustBuild } from './testing';
import { reverseFactorCount } from './reverse-count';
import type { ModelSpec } from './types';

const model: ModelSpec = fixture.model;

describe('reverseFactorCount', () => {
	it('counts only the edges reverse mode evaluates: none into inputs or targets, none of display nodes', () => {
		// 32 edges; not needed: x1, x2 into sum_n1 and sum_n2 (4), t1, t2 into E_total (2), and E1, E2,
		// which only display the two errors (4)
		const graph = mustBuild(model);
		expect(graph.edgeCount).toBe(32);
		expect(reverseFactorCount(graph)).toBe(32 - 4 - 2 - 4);
	});

	it('leaves out the edges of a node the loss does not use, and of a node no parameter reaches', () => {
		const graph = mustBuild({
			inputs: { x: 2 },
			targets: { y: 1 },
			params: { w: 0.5 },
			constants: {},
			nodes: [
				{ name: 'c', expr: 'x*x' },
				{ name: 'z', expr: 'w*x + c' },
				{ name: 'shown', expr: 'z*3' },
				{ name: 'L', expr: '(z - y)^2' }
			],
			loss: 'L',
			learningRate: 0.1
		});
		// needed: L/z, z/w (z/x, z/c, c/x, L/y and shown/z are not)
		expect(graph.edgeCount).toBe(7);
		expect(reverseFactorCount(graph)).toBe(2);
	});
});
