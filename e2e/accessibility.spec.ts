import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appReady } from './app';

// Every kind of page a student or a teacher meets, scanned with axe (WCAG 2.1 A and AA): labelled
// controls, names, contrast, landmarks, language.

const PAGES = [
	['the language picker', '/'],
	['the index', '/es/'],
	['a forward step', '/en/worked-example/2/'],
	['an exercise step', '/es/worked-example/12/'],
	['the w1 step with its graph', '/en/worked-example/18/'],
	['a plot', '/en/worked-example/20/'],
	['the training step', '/en/worked-example/26/'],
	['an expression exercise', '/en/one-neuron/4/'],
	['open a lesson file', '/en/open/']
] as const;

for (const [what, url] of PAGES) {
	test(`${what} has no accessibility violations`, async ({ page }) => {
		await page.goto(url);
		if (url !== '/') await appReady(page);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
		expect(found).toEqual([]);
	});
}
