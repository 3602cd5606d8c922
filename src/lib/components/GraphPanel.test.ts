import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { graphPanel } from '$lib/graph/panel';
import { loadLesson } from '$lib/lesson/load';
import { liveGraph } from '$lib/state/live-graph.svelte';
import GraphPanel from './GraphPanel.svelte';

const r = loadLesson(readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8'));
if (!r.ok) throw new Error('the worked example does not load');
const loaded = r.loaded;

function panelFor(pred: (s: (typeof loaded.lesson.steps)[number]) => boolean) {
	const p = graphPanel(loaded, loaded.lesson.steps.findIndex(pred) + 1);
	if (!p) throw new Error('no panel');
	return p;
}

/** The opening tag of the element carrying `attribute="value"`. */
function tagWith(body: string, attribute: string, value: string): string {
	return body.match(new RegExp(`<[a-z]+[^>]*${attribute}="${value.replace('/', '\\/')}"[^>]*>`))?.[0] ?? '';
}

afterEach(() => {
	liveGraph.numbers = null;
});

describe('GraphPanel', () => {
	it('on the w1 step lights both paths at first, offers each path, and writes the sum over paths', () => {
		// Arrange
		const panel = panelFor((s) => s.kind === 'backward' && s.param === 'w1');

		// Act
		const { body } = render(GraphPanel, { props: { panel, lang: 'en' } });

		// Assert
		expect(tagWith(body, 'data-edge', 'sum_n1/w1')).toContain('data-active="true"');
		expect(tagWith(body, 'data-edge', 'sum_yhat1/n1')).toContain('data-active="true"');
		expect(tagWith(body, 'data-edge', 'sum_yhat2/n1')).toContain('data-active="true"');
		expect(tagWith(body, 'data-edge', 'sum_yhat1/w5')).toContain('data-active="false"');
		expect(body).toMatch(/<button[^>]*aria-pressed="true"[^>]*>All paths<\/button>/);
		expect(body).toMatch(/<button[^>]*data-path="2"[^>]*aria-pressed="false"[^>]*>\s*Path through y\u0302₂\s*<\/button>/);
		expect(body).toContain('∂E_total/∂w₁ = 0.00160 + (-0.00049) = 0.00111');
		// the factors' values on the lit edges
		expect(tagWith(body, 'data-edge-label', 'sum_yhat2/n1')).toMatch(/^<text/);
		expect(body).toContain('Next factor');
	});

	it('has no path control on a forward step, and speaks Spanish', () => {
		const panel = panelFor((s) => s.kind === 'forward');

		const { body } = render(GraphPanel, { props: { panel, lang: 'es' } });

		expect(body).toContain('El grafo');
		expect(body).not.toContain('Factor siguiente');
		expect(tagWith(body, 'data-node', 'n1')).toContain('data-active="true"');
	});

	it('shows a training run’s numbers in place of the lesson’s, and says so', () => {
		const panel = panelFor((s) => s.kind === 'train');
		liveGraph.numbers = { iteration: 12, values: { ...panel.values, n1: '0.70000' }, gradients: { ...panel.gradients, n1: '0.01234' } };

		const { body } = render(GraphPanel, { props: { panel, lang: 'en' } });

		expect(body).toContain('Numbers after 12 training iterations.');
		expect(body).toContain('>0.70000</text>');
		expect(body).toContain('grad 0.01234');
	});
});
