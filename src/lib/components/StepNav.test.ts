import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StepNav from './StepNav.svelte';

const lesson = { slug: 'demo', id: 'demo', title: 'Demo', stepCount: 3, stepTitles: ['One', 'Two', 'Three'], exerciseIds: [] };

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

	it('leads from the last step to the course’s next lesson, named', () => {
		const last = render(StepNav, { props: { lang: 'es', lesson, index: 3, placement: 'top', nextLesson: { slug: 'capas', title: 'Capas' } } }).body;
		expect(last).toContain('href="/es/capas/1/"');
		expect(last).toMatch(/Siguiente lección[\s\S]*Capas/);
		expect(last).not.toContain('aria-disabled="true" title="Este es el último paso"');
		// before the last step, Next stays within the lesson
		const middle = render(StepNav, { props: { lang: 'es', lesson, index: 2, placement: 'top', nextLesson: { slug: 'capas', title: 'Capas' } } }).body;
		expect(middle).toContain('href="/es/demo/3/"');
		expect(middle).not.toContain('Siguiente lección');
	});
});
