import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { answer, appReady } from './app';
import { hostileLesson } from './fixtures-hostile';

// Journey: a teacher opens a lesson file in the browser (nothing uploaded), sees it as students will (the
// graph beside the step, ← → and the step links, exercises graded), keeps it across the language switch,
// hears which step changed when an edited file is pasted again, sees check's problems for a broken one,
// and a lesson full of scripts renders inert.

test.use({ locale: 'en-US' });

test('a lesson file chosen from disk renders, step by step', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	await page.getByLabel('Choose a lesson file (lesson.json)').setInputFiles('lessons/02-one-neuron/lesson.json');
	// check draws the lesson's 50 variants before it says so: seconds on a busy machine
	await expect(page.getByText('No problems')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 2, name: 'One output neuron' })).toBeVisible();
	// → by keyboard, then Next as a lesson's step navigation shows it
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Forward: z and a' })).toBeVisible();
	// the step's graph panel, as on the lesson's own page
	await expect(page.locator('section.shown .step-graph .graph-panel')).toBeVisible();
	await page.getByRole('navigation', { name: 'Steps', exact: true }).getByRole('link', { name: /Next/ }).click();
	await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
	// the page never left the Open page
	await expect(page).toHaveURL(/\/en\/open\/$/);
	// a variant seed shows another student's numbers
	await page.getByLabel(/Variant seed/).fill('7');
	await page.getByLabel(/Variant seed/).press('Enter');
	await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
});

test('a pasted lesson is graded, kept across the language switch, and says which step changed when pasted again', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	const text = await readFile('lessons/02-one-neuron/lesson.json', 'utf8');
	await page.getByLabel('Or paste the lesson JSON').fill(text);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	await expect(page.getByText('No problems')).toBeVisible({ timeout: 30_000 });
	// the step list leads to step 4, where the student answers
	await page.getByText(/^All steps/).click();
	await page.getByRole('link', { name: 'Your turn: the local factors' }).click();
	await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible();
	const wrong = await answer(page, 'da-dz', 'z*(1-z)');
	await expect(wrong).toHaveAttribute('data-verdict', 'incorrect');
	const right = await answer(page, 'da-dz', 'a*(1-a)');
	await expect(right).toHaveAttribute('data-verdict', 'correct');
	// a preview's answers are not the student's: nothing reaches the saved progress
	expect(await page.evaluate(() => localStorage.getItem('cadena.progress') ?? '')).not.toContain('da-dz');

	// the other language's page shows the same lesson at the same step
	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(/\/es\/open\/$/);
	await expect(page.getByText(/^Paso 4 de \d+$/)).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 2, name: 'Tu turno: los factores locales' })).toBeVisible();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible({ timeout: 30_000 });

	// the teacher edits step 4's title and pastes the file again
	const edited = text.replace('"en": "Your turn: the local factors"', '"en": "Your turn: the two local factors"');
	expect(edited).not.toBe(text);
	await page.getByLabel('Or paste the lesson JSON').fill(edited);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	const changes = page.locator('.step-changes');
	await expect(changes).toContainText('Step 4 changed.', { timeout: 30_000 });
	await changes.getByRole('link', { name: 'Go to step 4' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Your turn: the two local factors' })).toBeVisible();

	// a reload keeps the lesson, and a step link opened by its address shows that step
	await page.goto('/en/open/?step=3');
	await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 2, name: 'The cost' })).toBeVisible();
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
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/^Step 2 of 2$/)).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('a broken lesson pasted in shows each problem with its line and a caret under the place', async ({ page }) => {
	await page.goto('/en/open/');
	await appReady(page);
	// one backslash: valid JSON, where \t makes "\theta" a tab and "heta"
	const text = (await readFile('lessons/02-one-neuron/lesson.json', 'utf8')).replace('"en": "One output neuron"', '"en": "One output neuron $\\theta$"');
	await page.getByLabel('Or paste the lesson JSON').fill(text);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	const problem = page.locator('ul[data-problems] li').first();
	await expect(problem).toContainText('write \\\\theta: in JSON a TeX command needs two backslashes', { timeout: 30_000 });
	const excerpt = (await problem.locator('pre.excerpt').textContent()) ?? '';
	const [line = '', caret = ''] = excerpt.split('\n');
	expect(line).toContain('One output neuron $\\theta$');
	// the caret stands under the backslash
	expect(line[caret.indexOf('^')]).toBe('\\');
});
