import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import { mustBuild } from '$lib/engine/testing';
import type { ModelSpec } from '$lib/engine/types';
import { countCrossings, layoutGraph, type GraphLayout, type LayoutNode } from './layout';

const model: ModelSpec = fixture.model;

function byName(layout: GraphLayout): Map<string, LayoutNode> {
	return new Map(layout.nodes.map((n) => [n.name, n]));
}

describe('layout of the worked example', () => {
	it('reads left to right: x, sum_n, n, sum_ŷ, ŷ, E', () => {
		// Arrange
		const graph = mustBuild(model);

		// Act
		const layout = layoutGraph(graph);
		const at = byName(layout);
		const column = (name: string) => at.get(name)?.layer ?? NaN;

		// Assert
		expect(layout.columns).toBe(6);
		expect(['x1', 'sum_n1', 'n1', 'sum_yhat1', 'yhat1', 'E_total'].map(column)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(column('w5')).toBeLessThan(column('sum_yhat1'));
		expect(column('E_total')).toBe(layout.columns - 1);
		expect(Math.max(...layout.nodes.map((n) => n.layer))).toBe(column('E_total'));
	});

	it('puts each weight in the column just before the sum it scales, and t beside ŷ', () => {
		const at = byName(layoutGraph(mustBuild(model)));
		expect(at.get('w1')?.layer).toBe(0);
		expect(at.get('w5')?.layer).toBe(2);
		expect(at.get('B2')?.layer).toBe(2);
		expect(at.get('t1')?.layer).toBe(4);
	});

	it('can put every leaf in the first column instead', () => {
		const at = byName(layoutGraph(mustBuild(model), { leaves: 'first-column' }));
		for (const leaf of ['x1', 'w5', 'w8', 'B2', 't2']) expect(at.get(leaf)?.layer).toBe(0);
	});

	it('sends every edge from left to right, from a box side to a box side', () => {
		const graph = mustBuild(model);
		const layout = layoutGraph(graph);
		const at = byName(layout);

		expect(layout.edges).toHaveLength(graph.edgeCount);
		for (const e of layout.edges) {
			expect(e.key).toBe(`${e.of}/${e.wrt}`);
			expect(at.get(e.wrt)?.layer ?? NaN).toBeLessThan(at.get(e.of)?.layer ?? NaN);
			expect(e.x1).toBeLessThan(e.x2);
			expect(e.x1).toBe((at.get(e.wrt)?.x ?? NaN) + layout.nodeWidth / 2);
			expect(e.x2).toBe((at.get(e.of)?.x ?? NaN) - layout.nodeWidth / 2);
		}
	});

	it('gives every name one box, inside the drawing, none overlapping', () => {
		const graph = mustBuild(model);
		const layout = layoutGraph(graph);
		expect(layout.nodes.map((n) => n.name).sort()).toEqual([...graph.names].sort());
		for (const n of layout.nodes) {
			expect(n.x - layout.nodeWidth / 2).toBeGreaterThanOrEqual(0);
			expect(n.x + layout.nodeWidth / 2).toBeLessThanOrEqual(layout.width);
			expect(n.y - layout.nodeHeight / 2).toBeGreaterThanOrEqual(0);
			expect(n.y + layout.nodeHeight / 2).toBeLessThanOrEqual(layout.height);
		}
		for (const a of layout.nodes) {
			for (const b of layout.nodes) {
				if (a === b || a.layer !== b.layer) continue;
				expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(layout.nodeHeight);
			}
		}
	});

	it('orders columns to cross fewer edges than the model’s own order', () => {
		const graph = mustBuild(model);
		const sorted = countCrossings(layoutGraph(graph));
		const unsorted = countCrossings(layoutGraph(graph, { sweeps: 0 }));
		expect(sorted).toBeLessThan(unsorted);
	});

	it('is plain data and the same every time', () => {
		const graph = mustBuild(model);
		const layout = layoutGraph(graph);
		expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
		expect(layoutGraph(graph)).toEqual(layout);
	});
});

describe('layout of other shapes', () => {
	it('draws a chain in one row', () => {
		const graph = mustBuild({
			inputs: { x: 1 },
			targets: {},
			params: {},
			constants: {},
			nodes: [
				{ name: 'a', expr: 'exp(x)' },
				{ name: 'b', expr: 'tanh(a)' },
				{ name: 'L', expr: 'b^2' }
			],
			loss: 'L',
			learningRate: 0.1
		});
		const layout = layoutGraph(graph);
		expect(layout.nodes.map((n) => [n.name, n.layer])).toEqual([
			['x', 0],
			['a', 1],
			['b', 2],
			['L', 3]
		]);
		expect(new Set(layout.nodes.map((n) => n.y)).size).toBe(1);
		expect(countCrossings(layout)).toBe(0);
	});

	it('puts an unused leaf in the first column', () => {
		const graph = mustBuild({
			inputs: { x: 1 },
			targets: {},
			params: { unused: 2, w: 3 },
			constants: {},
			nodes: [
				{ name: 'a', expr: 'x*w' },
				{ name: 'L', expr: 'a^2' }
			],
			loss: 'L',
			learningRate: 0.1
		});
		const at = byName(layoutGraph(graph));
		expect(at.get('unused')?.layer).toBe(0);
		expect(at.get('w')?.layer).toBe(0);
		expect(at.get('L')?.layer).toBe(2);
	});
});
