import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import type { ModelSpec } from '$lib/engine/types';
import type { ProveView } from '$lib/lesson/view';
import Prove from './Prove.svelte';

const model: ModelSpec = fixture.model;
const view = (compact: boolean): ProveView => ({
	model,
	h: 1e-5,
	lossLabel: 'E_total',
	params: [
		{ name: 'w5', label: 'w₅', gradient: 0.0802031243 },
		{ name: 'w1', label: 'w₁', gradient: 0.001108058 }
	],
	decimals: 5,
	compact
});

describe('Prove', () => {
	it('shows each backpropagated gradient with a button that names what it checks', () => {
		const { body } = render(Prove, { props: { prove: view(false), lang: 'en' } });

		expect(body).toContain('Check it with finite differences');
		expect(body).toContain('(L(p + h) − L(p − h)) / 2h');
		expect(body).toContain('data-backprop="0.0802031243"');
		expect(body).toContain('∂E_total/∂w₅ = 0.0802031243');
		expect(body).toContain('aria-label="Check it: ∂E_total/∂w₁ against finite differences"');
		expect(body.match(/<button/g)).toHaveLength(2);
		// nothing is computed before the button is pressed
		expect(body).not.toContain('data-estimate');
	});

	it('is a small box without heading beside a backward step, in the page language', () => {
		const { body } = render(Prove, { props: { prove: { ...view(true), params: view(true).params.slice(0, 1) }, lang: 'es' } });

		expect(body).not.toContain('<h2');
		expect(body).toContain('aria-label="Compruébalo con diferencias finitas"');
		expect(body).toMatch(/<button[^>]*>\s*Compruébalo\s*<\/button>/);
		expect(body).toContain('Retropropagación');
	});
});
