import katex from 'katex';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import type { ModelSpec } from '$lib/engine/types';
import type { Block } from '$lib/lesson/view';
import BlockView from './BlockView.svelte';
// the page's islands (exercise, plot, prove, train) are rendered by the server's renderer, as when prerendering
import '$lib/server/islands';

describe('BlockView', () => {
	it('inserts prose HTML as is', () => {
		const { body } = render(BlockView, { props: { lang: 'en', block: { type: 'prose', html: '<p>a <em>b</em></p>' } } });
		expect(body).toContain('<p>a <em>b</em></p>');
	});

	it('puts a display formula in a figure, its label kept as data for tests and tools', () => {
		const html = katex.renderToString('x^2', { displayMode: true, output: 'htmlAndMathml' });
		const block: Block = { type: 'math', html, tex: 'x^2', label: '(1)' };
		const { body } = render(BlockView, { props: { lang: 'en', block } });
		expect(body).toMatch(/<figure[^>]*class="block math"/);
		expect(body).toContain(html);
		expect(body).toContain('data-label="(1)"');
		// its TeX, for tools and tests, is the one in its MathML: not repeated in an attribute
		expect(body).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
		expect(body.split('x^2').length - 1).toBe(1);
	});

	it('labels a careful aside in words, in the page language', () => {
		const block: Block = { type: 'careful', html: '<p>sign</p>' };
		expect(render(BlockView, { props: { lang: 'es', block } }).body).toContain('Cuidado:');
		expect(render(BlockView, { props: { lang: 'en', block } }).body).toMatch(/<aside[^>]*>[\s\S]*Careful:/);
	});

	it('hands plot, prove and train blocks to their components', () => {
		const model: ModelSpec = fixture.model;
		const plot: Block = { type: 'plot', plot: { kind: 'loss', iterations: [0, 1], losses: [0.3, 0.2], optimizer: 'gd', learningRate: 0.6, lossLabel: 'E', decimals: 5 } };
		const prove: Block = { type: 'prove', prove: { model, h: 1e-5, lossLabel: 'E', params: [{ name: 'w5', label: 'w₅', gradient: 0.08 }], decimals: 5, compact: true } };
		const train: Block = { type: 'train', train: { model, optimizer: 'gd', learningRate: 0.6, iterations: 10, start: {}, startLoss: 0.3, lossLabel: 'E', decimals: 5 } };

		expect(render(BlockView, { props: { lang: 'en', block: plot } }).body).toContain('data-plot="loss"');
		expect(render(BlockView, { props: { lang: 'en', block: prove } }).body).toContain('data-prove="w5"');
		expect(render(BlockView, { props: { lang: 'en', block: train } }).body).toContain('class="train-status');
	});

	it('renders a heading as text, never as HTML', () => {
		const { body } = render(BlockView, { props: { lang: 'en', block: { type: 'heading', text: 'Path <1>' } } });
		expect(body).toMatch(/<h3[^>]*>Path &lt;1>/);
	});
});
