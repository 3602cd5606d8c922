import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import { run } from '$lib/engine/pass';
import { mustBuild } from '$lib/engine/testing';
import type { ModelSpec } from '$lib/engine/types';
import { layoutGraph } from '$lib/graph/layout';
import { ti } from '$lib/i18n/islands';

const GRAPH_WORDS = { en: ti('en').graph, es: ti('es').graph };
import GraphView from './GraphView.svelte';

const model: ModelSpec = fixture.model;

/** The worked example laid out, with plain-text labels and 5-decimal values and gradients. */
function workedExample() {
	const graph = mustBuild(model);
	const layout = layoutGraph(graph);
	const pass = run(graph);
	const labels = Object.fromEntries(graph.names.map((n) => [n, n]));
	const format = (xs: Float64Array) => Object.fromEntries(graph.names.map((n, i) => [n, (xs[i] ?? NaN).toFixed(5)]));
	return { graph, layout, labels, values: format(pass.values), gradients: format(pass.adjoints) };
}

/** The opening tag of the element carrying `attribute="value"`. */
function tagWith(body: string, attribute: string, value: string): string {
	return body.match(new RegExp(`<[a-z]+[^>]*${attribute}="${value.replace('/', '\\/')}"[^>]*>`))?.[0] ?? '';
}

describe('GraphView', () => {
	it('draws a data-node group for every node and a data-edge path for every edge', () => {
		// Arrange
		const { graph, layout, labels } = workedExample();

		// Act
		const { body } = render(GraphView, { props: { layout, labels, lang: 'en' } });

		// Assert
		for (const name of graph.names) expect(tagWith(body, 'data-node', name)).toMatch(/^<g /);
		for (const e of layout.edges) expect(tagWith(body, 'data-edge', e.key)).toMatch(/^<path /);
		expect(body.match(/data-node="/g)).toHaveLength(graph.names.length);
	});

	it('marks the given nodes and edges active, and only those', () => {
		const { layout, labels } = workedExample();
		const active = { nodes: ['sum_yhat1', 'w5'], edges: ['sum_yhat1/w5'] };

		const { body } = render(GraphView, { props: { layout, labels, lang: 'en', active } });

		expect(tagWith(body, 'data-node', 'sum_yhat1')).toContain('data-active="true"');
		expect(tagWith(body, 'data-node', 'w5')).toContain('data-active="true"');
		expect(tagWith(body, 'data-node', 'w6')).toContain('data-active="false"');
		expect(tagWith(body, 'data-edge', 'sum_yhat1/w5')).toContain('data-active="true"');
		expect(tagWith(body, 'data-edge', 'sum_yhat1/w6')).toContain('data-active="false"');
		expect(body.match(/data-active="true"/g)).toHaveLength(3);
		// not colour alone: a dashed class, a filled arrowhead and a badge
		expect(tagWith(body, 'data-edge', 'sum_yhat1/w5')).toMatch(/class="edge [^"]*\bactive\b/);
		expect(tagWith(body, 'data-edge', 'sum_yhat1/w5')).toMatch(/marker-end="url\(#[^)]*-arrow-active\)"/);
		expect(body.match(/▶/g)).toHaveLength(2);
	});

	it('shows values and signed gradients under the labels', () => {
		const { layout, labels, values, gradients } = workedExample();

		const { body } = render(GraphView, { props: { layout, labels, values, gradients, lang: 'en' } });

		expect(body).toContain(`>${values['n1']}</text>`);
		expect(body).toContain(`∂E/∂w5 = ${gradients['w5']}`);
		expect(gradients['w5']).toBe('0.08020');
		expect(body).toContain(`∂E/∂yhat1 = ${gradients['yhat1']}`);
		expect(gradients['yhat1']?.startsWith('0.')).toBe(true);
		expect(body).toContain(`∂E/∂yhat2 = -`);
	});

	it('lists every node in a visually hidden table, with its value, gradient and inputs', () => {
		const { graph, layout, labels, values, gradients } = workedExample();

		const { body } = render(GraphView, { props: { layout, labels, values, gradients, lang: 'en', active: { nodes: ['n1'], edges: [] } } });

		const table = body.slice(body.indexOf('<div class="graph-alt'), body.indexOf('</table>'));
		expect(table).toMatch(/^<div class="graph-alt[^"]*"><table/);
		expect(table).toContain(`<caption>${GRAPH_WORDS.en.tableCaption}</caption>`);
		for (const name of graph.names) expect(table).toContain(`data-node-row="${name}"`);
		const row = (name: string) => table.match(new RegExp(`<tr data-node-row="${name}"[\\s\\S]*?</tr>`))?.[0] ?? '';
		expect(row('n1')).toContain(`<th scope="row">n1</th>`);
		expect(row('n1')).toContain(`<td>${values['n1']}</td>`);
		expect(row('n1')).toContain(`∂E/∂n1 = ${gradients['n1']}`);
		expect(row('n1')).toContain('<td>sum_n1</td>');
		expect(row('n1')).toContain('<td>yes</td>');
		expect(row('sum_n1')).toContain('<td>x1, w1, x2, w3, B1</td>');
		expect(row('w1')).toContain('<td>parameter</td>');
		expect(row('w1')).toContain(`<td>${GRAPH_WORDS.en.nothing}</td>`);
	});

	it('says "not computed yet" before the passes, in the page language', () => {
		const { layout, labels } = workedExample();

		const es = render(GraphView, { props: { layout, labels, lang: 'es' } }).body;

		expect(es).toContain(`<td>${GRAPH_WORDS.es.notYet}</td>`);
		expect(es).toContain(`aria-label="${GRAPH_WORDS.es.zoomIn}"`);
		expect(es).toContain(`aria-label="${GRAPH_WORDS.es.reset}"`);
		expect(es).toContain(`aria-label="${GRAPH_WORDS.es.figure}"`);
		expect(es).not.toContain(GRAPH_WORDS.en.zoomIn);
	});

	it('draws at one unit per pixel, never shrunk to fit, its window opening on the step’s nodes', () => {
		const { layout, labels } = workedExample();
		const yhat2 = layout.nodes.find((n) => n.name === 'yhat2');

		const { body } = render(GraphView, { props: { layout, labels, lang: 'en', active: { nodes: ['yhat2'], edges: [] } } });

		const svg = body.match(/<svg[^>]*>/)?.[0] ?? '';
		const [x = NaN, y = NaN, width = NaN, height = NaN] = (svg.match(/viewBox="([^"]*)"/)?.[1] ?? '').split(' ').map(Number);
		// before the page measures its box, a wide screen's graph column is assumed
		expect(width).toBe(660);
		expect(width).toBeLessThan(layout.width);
		expect(height).toBe(Math.min(layout.height, 480));
		expect(yhat2 && yhat2.x > x && yhat2.x < x + width && yhat2.y > y && yhat2.y < y + height).toBe(true);
		expect(svg).toContain('role="img"');
		// content beyond the window on the left: that way the view can move, the other way not
		expect(body).toMatch(/<button[^>]*aria-label="Move the view left"(?![^>]*disabled)[^>]*>/);
		expect(body).toMatch(/<button[^>]*aria-label="Move the view right"[^>]*disabled[^>]*>/);
	});

	it('opens a picture of the whole network on all of it when it fits with readable labels, else at its inputs', () => {
		const { layout, labels } = workedExample();
		const viewBoxOf = (body: string) => ((body.match(/<svg[^>]*viewBox="([^"]*)"/)?.[1] ?? '').split(' ').map(Number));
		const zoomOf = (body: string) => Number(body.match(/data-zoom="([^"]*)"/)?.[1] ?? NaN);

		// before the page measures its box, the 660 px guess is too narrow for all of it at a readable zoom
		const narrow = render(GraphView, { props: { layout, labels, lang: 'en', whole: true } }).body;
		const plain = render(GraphView, { props: { layout, labels, lang: 'en' } }).body;

		expect(layout.width).toBeGreaterThan(660);
		expect(zoomOf(narrow)).toBe(1);
		// its left edge, the inputs, at the window's left; its height fits, so it is centred top to bottom
		expect(viewBoxOf(narrow)[0]).toBe(0);
		expect(viewBoxOf(narrow)[1]).toBeLessThanOrEqual(0);
		// without it, the view opens at 1:1 on the drawing's middle, as before
		expect(zoomOf(plain)).toBe(1);
		expect(viewBoxOf(plain)[0]).toBeGreaterThan(0);

		// a drawing that fits at 1:1 is shown whole, centred
		const small = { ...layout, width: 600, height: 300 };
		const [x = NaN, y = NaN, w = NaN, h = NaN] = viewBoxOf(render(GraphView, { props: { layout: small, labels, lang: 'en', whole: true } }).body);
		expect(x).toBeLessThanOrEqual(0);
		expect(y).toBeLessThanOrEqual(0);
		expect(x + w).toBeGreaterThanOrEqual(600);
		expect(y + h).toBeGreaterThanOrEqual(300);
	});

	it('draws a group as one box with a button that names what it folds, in the page language', () => {
		const graph = mustBuild(model);
		const full = layoutGraph(graph);
		const groups = [{ id: 'group:layer-0', kind: 'layer' as const, members: ['w1', 'w2', 'w3', 'w4'] }];
		const names = ['group:layer-0', ...graph.names.filter((n) => !groups[0]?.members.includes(n))];
		const layout = layoutGraph({
			names,
			symbols: new Map(names.map((n) => [n, { kind: n.startsWith('group:') ? ('group' as const) : (graph.symbols.get(n)?.kind ?? 'node') }])),
			nodes: graph.nodes.map((n) => ({ name: n.name, vars: n.vars.map((v) => (v.match(/^w[1-4]$/) ? 'group:layer-0' : v)) }))
		});
		const labels = Object.fromEntries(graph.names.map((n) => [n, n]));

		const es = render(GraphView, { props: { layout, full, groups, labels, lang: 'es' } }).body;

		expect(tagWith(es, 'data-node', 'group:layer-0')).toContain('data-kind="group"');
		expect(es).toContain(`aria-label="${GRAPH_WORDS.es.openGroup(4, 'w1, w2, w3, w4')}"`);
		expect(es).toContain('>4 parámetros</text>');
		expect(es).toMatch(/aria-pressed="false"[^>]*>Mostrar todos los nodos</);
		// the table still lists every name, folded or not
		for (const n of graph.names) expect(es).toContain(`data-node-row="${n}"`);
	});
});

describe('graph words', () => {
	it('have the same keys in both languages', () => {
		expect(Object.keys(GRAPH_WORDS.es).sort()).toEqual(Object.keys(GRAPH_WORDS.en).sort());
	});
});
