import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { answer, appReady } from './app';

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
	['an expression exercise, with the new-numbers control', '/en/one-neuron/4/'],
	['an exercise step with new numbers from a link', '/es/one-neuron/5/?variant=42'],
	['a step with matrix formulas laid out in rows', '/en/matrix-form/8/'],
	['matrices and vectors', '/es/matrix-form/11/'],
	['a backward step with three paths', '/en/softmax-cross-entropy/14/'],
	['a big graph with folded groups', '/es/xor/16/'],
	['a chart of three nodes over the iterations', '/en/what-networks-represent/6/'],
	['a fitted curve over its data points, with no validation set', '/es/what-networks-represent/9/'],
	['a loss surface with a saddle, a local minimum and Newton’s path', '/en/second-order/10/'],
	['learning-rate schedules compared', '/es/learning-rate-schedules/10/'],
	['open a lesson file', '/en/open/'],
	['the glossary', '/en/glossary/'],
	['the glossary in Spanish', '/es/glossary/'],
	['a lesson whose notation differs, with its box', '/es/worked-example/1/'],
	['a named student’s worksheet to print', '/es/one-neuron/print/?student=Ana'],
	['a worksheet with the lesson’s own numbers', '/en/computational-graph/print/'],
	['training a network on the plane, with its heat maps', '/en/playground/train/#layers=8,8'],
	['training a regression in Spanish, with a bad value noted', '/es/playground/train/#dataset=bump&lr=nope']
] as const;

/** Formula boxes that overflow but cannot take the focus. */
function unreachableScrollers(): string[] {
	return [...document.querySelectorAll<HTMLElement>('.math-scroll, .katex-display')]
		.filter((el) => !el.matches('.math-scroll .katex-display') && el.scrollWidth > el.clientWidth + 1 && el.tabIndex < 0)
		.map((el) => el.outerHTML.slice(0, 80));
}

for (const [what, url] of PAGES) {
	test(`${what} has no accessibility violations`, async ({ page }) => {
		await page.goto(url);
		if (url !== '/') await appReady(page);
		// a variant is drawn after the page loads: scan the step as drawn
		if (url.includes('?variant=')) await expect(page.locator('.variant-bar[data-variant]')).toBeVisible();
		// every formula box that scrolls sideways can take the focus, so a keyboard can scroll it
		await expect.poll(() => page.evaluate(unreachableScrollers)).toEqual([]);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
		expect(found).toEqual([]);
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	// the step first, then its graph folded into a summary, opened here so both states are scanned
	test('an exercise step with its graph folded, then opened, has no accessibility violations', async ({ page }) => {
		await page.goto('/en/worked-example/17/');
		await appReady(page);
		const scan = async () => {
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
		};
		expect(await scan()).toEqual([]);
		await page.locator('.step-graph summary').tap();
		await expect(page.locator('.graph-panel')).toBeVisible();
		// the drawing is bigger than a phone: the keyboard reaches it and moves the view
		await expect(page.getByRole('group', { name: /^Graph drawing: the arrow keys move the view/ })).toHaveCount(1);
		expect(await scan()).toEqual([]);
	});
});

/** axe's WCAG 2.1 A and AA violations on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

test('the progress notices, questions and refusals have no accessibility violations', async ({ page }) => {
	await page.goto('/en/worked-example/12/');
	await appReady(page);
	const importer = page.getByLabel('Import progress (JSON)');
	// a refused import, and a change the full storage would not take
	await importer.setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('{"version":7,"lessons":{}}') });
	await page.evaluate(() => {
		for (let c = 'x'.repeat(1 << 20), n = 0; c.length > 0; ) {
			try {
				localStorage.setItem(`filler${n++}`, c);
			} catch {
				c = c.slice(0, c.length >> 1);
			}
		}
	});
	await answer(page, 'w6_grad', '0.08211');
	await expect(page.getByRole('alert')).toHaveCount(2);
	expect(await violations(page)).toEqual([]);
	// an import waiting for an answer, and a reset waiting for its confirmation
	await page.evaluate(() => localStorage.clear());
	await importer.setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"lessons":{}}') });
	await page.getByRole('button', { name: 'Reset this lesson' }).click();
	await expect(page.getByRole('button', { name: 'Replace my progress' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('a wide formula is reached with Tab and scrolled with the arrow keys, without leaving the step', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// lesson 11's table of data points is the one display of the course still wider than a phone
	await page.goto('/en/regularisation/18/');
	await appReady(page);
	const box = page.getByRole('group', { name: 'Wide formula: scroll sideways with the arrow keys' }).first();
	await expect(box).toBeVisible();
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await expect(page).toHaveURL(/\/en\/regularisation\/18\/$/);
});

test('the Open page with a lesson shown, an exercise answered and its changed steps listed, has no accessibility violations', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	const text = await readFile('lessons/02-one-neuron/lesson.json', 'utf8');
	const paste = async (lesson: string): Promise<void> => {
		await page.getByLabel('Or paste the lesson JSON').fill(lesson);
		await page.getByRole('button', { name: 'Show the lesson' }).click();
		await expect(page.getByText('No problems')).toBeVisible({ timeout: 30_000 });
	};
	await paste(text);
	await paste(text.replace('"en": "Your turn: the local factors"', '"en": "Your turn: the two local factors"'));
	await page.locator('.step-changes').getByRole('link', { name: 'Go to step 4' }).click();
	await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible();
	await expect(await answer(page, 'da-dz', 'z*(1-z)')).toHaveAttribute('data-verdict', 'incorrect');
	await expect(page.locator('section.shown .graph-panel')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the playground, its lesson, its layered form and its problems have no accessibility violations', async ({ page }) => {
	await page.goto('/en/playground/');
	await appReady(page);
	await expect(page.locator('section.shown[data-step="1"]')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
	expect(await violations(page)).toEqual([]);
	// a backward step with its graph, then the layered form with a number that is not one
	await page.locator('body').press('ArrowRight');
	await expect(page.locator('section.shown[data-step="2"]')).toHaveAttribute('aria-busy', 'false');
	expect(await violations(page)).toEqual([]);
	await page.getByLabel('Layers', { exact: true }).check();
	await page.getByRole('textbox', { name: 'Inputs', exact: true }).fill('0.05, abc');
	await expect(page.locator('[data-problems]')).toContainText('"abc"');
	expect(await violations(page)).toEqual([]);
});

test('a training panel paused after an update, with its look-inside link, has no accessibility violations, and neither has a playground lesson\'s own', async ({ page }) => {
	await page.goto('/es/worked-example/26/');
	await appReady(page);
	await page.getByRole('button', { name: 'Una iteración' }).click();
	await expect(page.getByRole('link', { name: 'Mirar dentro de esta iteración' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
	// the link opens the playground's lesson of those weights; its own training step, paused after an update
	await page.getByRole('link', { name: 'Mirar dentro de esta iteración' }).click();
	await appReady(page);
	await expect(page.locator('section.shown[data-step="1"]')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
	await page.locator('section.shown').getByText(/^Todos los pasos/).click();
	await page.locator('section.shown').getByRole('link', { name: 'Sigue entrenando' }).click();
	await page.getByRole('button', { name: 'Una iteración' }).click();
	await expect(page.locator('section.shown .train-status')).toHaveAttribute('data-iteration', '1');
	expect(await violations(page)).toEqual([]);
});
