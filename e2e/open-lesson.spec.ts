import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { appReady } from './app';
import { hostileLesson } from './fixtures-hostile';

// Journey: a teacher opens a lesson file in the browser (nothing uploaded), sees it as students will,
// sees check's problems for a broken one, and a lesson full of scripts renders inert.

test.use({ locale: 'en-US' });

test('a lesson file chosen from disk renders, step by step', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	await page.getByLabel('Choose a lesson file (lesson.json)').setInputFiles('lessons/02-one-neuron/lesson.json');
	// check draws the lesson's 50 variants before it says so: seconds on a busy machine
	await expect(page.getByText('No problems')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 2, name: 'One output neuron' })).toBeVisible();
	await page.getByRole('button', { name: /Next/ }).click();
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
	// a variant seed shows another student's numbers
	await page.getByLabel(/Variant seed/).fill('7');
	await page.getByLabel(/Variant seed/).press('Enter');
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
});

test('pasted JSON with a mistake lists the problem at its line', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	const text = (await readFile('lessons/02-one-neuron/lesson.json', 'utf8')).replace('"expr": "w*a_prev + b"', '"expr": "w*a_prev + bb"');
	await page.getByLabel('Or paste the lesson JSON').fill(text);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	await expect(page.getByRole('alert')).toContainText(/lesson\.json:\d+:\d+ +\/model\/nodes\/0\/expr +unknown name "bb"/);
});

test('a hostile lesson renders inert', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto('/en/open/');
	await appReady(page);
	await page.getByLabel('Or paste the lesson JSON').fill(hostileLesson);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Text' })).toBeVisible();
	const shown = page.locator('section.shown');
	// the text is shown as text, never as markup
	await expect(shown).toContainText('<script>');
	await expect(shown.locator('script')).toHaveCount(0);
	await expect(shown.locator('img')).toHaveCount(0);
	await expect(shown.locator('a[href^="javascript:"]')).toHaveCount(0);
	await expect(shown.locator('[data-foo]')).toHaveCount(0);
	await expect(shown.locator('a[href="https://example.org"]').first()).toBeVisible();
	await page.getByRole('button', { name: /Next/ }).click();
	await expect(page.getByText(/^Step 2 of 2$/)).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});
