import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StepNav from './StepNav.svelte';

const lesson = { slug: 'demo', title: 'Demo', stepCount: 3, stepTitles: ['One', 'Two', 'Three'], exerciseIds: [] };

describe('StepNav', () => {
	it('links both ways from a middle step, with progress in words and as a bar', () => {
		const { body } = render(StepNav, { props: { lang: 'es', lesson, index: 2, placement: 'top' } });
		expect(body).toContain('href="/es/demo/1/"');
		expect(body).toContain('href="/es/demo/3/"');
		expect(body).toContain('Paso 2 de 3');
		expect(body).toMatch(/<progress[^>]*aria-label="Avance en la lección"/);
		expect(body).not.toContain('aria-disabled');
	});

	it('disables Previous on the first step and Next on the last, without an href', () => {
		const first = render(StepNav, { props: { lang: 'en', lesson, index: 1, placement: 'top' } }).body;
		expect(first).toMatch(/<a role="link" aria-disabled="true"[^>]*>[\s\S]*Previous/);
		expect(first).toContain('href="/en/demo/2/"');
		const last = render(StepNav, { props: { lang: 'en', lesson, index: 3, placement: 'bottom' } }).body;
		expect(last).toMatch(/<a role="link" aria-disabled="true"[^>]*>[\s\S]*Next/);
		expect(last).not.toContain('<progress');
	});
});
