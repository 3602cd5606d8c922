import { expect, test } from '@playwright/test';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { appReady } from './app';

// Journey: a teacher has `npm start` open on a lesson and edits its file: the page reloads by itself
// and shows what `npm run lessons -- check` says, and which step changed; fixing the file clears it.

const dir = 'lessons/98-authoring-journey';
const file = `${dir}/lesson.json`;

test.afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

test('saving a lesson file reloads the page and shows check’s problems', async ({ page }) => {
	// four saves, each compiled and checked by the dev server: each waits up to 30 s on a busy machine
	test.setTimeout(180_000);
	const good = (await readFile('lessons/02-one-neuron/lesson.json', 'utf8')).replace('"id": "one-neuron"', '"id": "authoring-journey"');
	await mkdir(dir, { recursive: true });
	await writeFile(file, good);
	try {
		await expect(async () => {
			const response = await page.goto('/en/authoring-journey/1/');
			expect(response?.status()).toBe(200);
		}).toPass({ timeout: 30_000 });
		await expect(page.getByRole('heading', { level: 1, name: 'One output neuron' })).toBeVisible();
		await expect(page.locator('[data-check-problems]')).toHaveCount(0);
		// the teacher reads the page before saving: the page has run and kept what it showed (the dev server
		// compiles the app on demand, and a save before that would reload a page that never ran)
		await appReady(page);

		// a teacher's figure with two digits swapped
		await writeFile(file, good.replace('"value": -0.15181', '"value": -0.15811'));
		await expect(page.locator('[data-check-problems]')).toContainText('the lesson expects -0.15811 but the engine computes -0.15181', {
			timeout: 30_000
		});
		await appReady(page);

		// a title changed and the figure fixed: the page follows without a manual reload
		await writeFile(file, good.replace('"en": "One output neuron"', '"en": "One output neuron, edited"'));
		await expect(page.getByRole('heading', { level: 1, name: 'One output neuron, edited' })).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('[data-check-problems]')).toHaveCount(0);
		// the page says which step the save changed, and leads there
		await expect(page.locator('.step-changes')).toContainText('Step 1 changed.', { timeout: 30_000 });
		await expect(page.locator('.step-changes').getByRole('link', { name: 'Go to step 1' })).toHaveAttribute('href', '/en/authoring-journey/1/');

		// a file that no longer parses: the page says what is wrong and where, and links home; never a blank page
		await writeFile(file, good.replace('"loss": "L",', '"loss": "L"'));
		await expect(page.getByRole('heading', { level: 1, name: 'This lesson is malformed' })).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('main')).toContainText(/lesson\.json:\d+:\d+ +\/ +JSON syntax: a comma "," is expected/);
		await page.getByRole('link', { name: 'Back to the lessons' }).click();
		await expect(page).toHaveURL(/\/en\/$/);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
