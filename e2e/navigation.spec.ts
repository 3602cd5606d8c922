import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { appReady, stepUrl } from './app';

// Journey: a student opens a lesson from the index, steps through it with the keyboard, reloads,
// and mistypes a step address. Selectors are roles and URL shapes, so they hold for any lesson.

test.use({ locale: 'en-US' });

/** The slug of the course's last lesson, so the journey holds as lessons are added. */
const lastLesson = readdirSync('lessons', { withFileTypes: true })
	.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
	.map((d) => d.name)
	.sort()
	.at(-1)
	?.replace(/^\d+-/, '');

test('steps through a lesson with the arrow keys and survives a reload', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().click();
	await expect(page).toHaveURL(stepUrl('en', 1));
	await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Progress through the lesson' })).toHaveAttribute('value', '1');
	await expect(page.getByRole('link', { name: /Previous/ }).first()).toHaveAttribute('aria-disabled', 'true');
	await appReady(page);

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(stepUrl('en', 2));
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();

	await page.reload();
	await expect(page).toHaveURL(stepUrl('en', 2));
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
	await appReady(page);

	// A held modifier means the key is meant for the browser or the system, not for Cadena.
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();

	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(stepUrl('en', 1));
	await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
});

test('the last step of a lesson leads on to the next lesson of the course, by link or by key', async ({ page }) => {
	await page.goto('/en/computational-graph/1/');
	const total = Number((await page.getByText(/^Step 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1]);
	await page.goto(`/en/computational-graph/${total}/`);
	await appReady(page);
	const next = page.getByRole('link', { name: /Next lesson.*One neuron: sigmoid and squared loss/ }).first();
	await expect(next).toHaveAttribute('href', '/en/one-neuron/1/');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/en\/one-neuron\/1\/$/);
	await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
	// the course's last lesson (the highest-numbered folder in lessons/) ends there
	await page.goto(`/en/${lastLesson}/1/`);
	const end = Number((await page.getByText(/^Step 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1]);
	await page.goto(`/en/${lastLesson}/${end}/`);
	await expect(page.getByRole('link', { name: /^Next/ }).first()).toHaveAttribute('aria-disabled', 'true');
});

test('the Next link is a real link', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().click();
	await page.getByRole('link', { name: /^Next/ }).first().click();
	await expect(page).toHaveURL(stepUrl('en', 2));
});

test('an unknown step shows a friendly page with a way home', async ({ page }) => {
	await page.goto('/en/');
	const firstStep = await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().getAttribute('href');
	expect(firstStep).toMatch(stepUrl('en', 1));
	const unknownStep = (firstStep ?? '').replace(/\/1\/$/, '/9999/');

	const response = await page.goto(unknownStep);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to the lessons' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
});

test('an unknown lesson in Spanish is explained in Spanish', async ({ page }) => {
	const response = await page.goto('/es/no-such-lesson/1/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Volver a las lecciones' })).toHaveAttribute('href', /\/es\/$/);
});

test('a step reached in the app shows the same text and formulas as the step opened directly', async ({ page, request }) => {
	// Arrange: a step with formulas, opened as a page; its data carries none of its rendered text (the
	// graph's node labels, drawn without MathML by the graph island, are that island's props and stay)
	await page.goto('/en/computational-graph/3/');
	/** The step's text as shown, without Svelte's own comment markers (SSR writes more of them). */
	const shown = async () => (await page.locator('.blocks').innerHTML()).replace(/<!--[\s\S]*?-->/g, '');
	const direct = await shown();
	expect(direct).toContain('class="katex-mathml"');
	const data = await (await request.get('/en/computational-graph/3/__data.json')).text();
	expect(data).toContain('"prose"');
	expect(data).not.toContain('katex-mathml');
	await page.goto('/en/computational-graph/2/');
	await appReady(page);

	// Act: one step on in the app, which fetches the step's data and its markup
	const markup = page.waitForResponse((r) => r.url().endsWith('/en/computational-graph/3/markup.json'));
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(stepUrl('en', 3));
	expect((await markup).status()).toBe(200);

	// Assert: the same text, formula for formula
	await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible();
	await expect.poll(shown).toBe(direct);
});
