import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { appReady } from './app';
import { hugeFile, hugeModel, manyFormulas } from './fixtures-big';

// Journey: a teacher opens files that once froze the Open page: too big, too many formulas, a model of
// 100 000 nodes, a lesson whose check crashes. Each gets a message saying what is wrong, the page keeps
// answering while a big lesson is checked, and Cancel stops it.

test.use({ locale: 'en-US' });
// making, sending and refusing files of megabytes takes a while on a busy machine; no bound here is on speed
test.describe.configure({ timeout: 120_000 });

async function openPage(page: Page): Promise<void> {
	await page.goto('/en/open/');
	await appReady(page);
}

async function chooseFile(page: Page, text: string, name = 'lesson.json'): Promise<void> {
	await page.getByLabel('Choose a lesson file (lesson.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** How long the page takes to answer a script: it waits behind any task that holds the main thread. */
async function roundTrip(page: Page): Promise<number> {
	const start = Date.now();
	await page.evaluate(() => 1);
	return Date.now() - start;
}

test('files past the limits are refused, with the limit named', async ({ page }) => {
	await openPage(page);
	const cases = [
		{ text: hugeFile(20), refusal: /Not opened: the file is 20\.\d MB; the Open page takes files up to 2 MB/ },
		{ text: hugeModel(100_000), refusal: /Not opened: the file is \d\.\d MB; the Open page takes files up to 2 MB/ },
		{ text: hugeModel(10_000), refusal: /Not opened: the model has 10,000 nodes; the Open page takes up to 500/ },
		{ text: manyFormulas(20_000, 100), refusal: /Not opened: the lesson has 20,\d{3} formulas \(\$…\$\); the Open page takes up to 5,000/ }
	];
	for (const { text, refusal } of cases) {
		await chooseFile(page, text);
		await expect(page.getByRole('alert')).toContainText(refusal);
		await expect(page.getByText(/^No problems/)).toHaveCount(0);
		await expect(page.locator('section.shown')).toHaveCount(0);
	}
});

test('a pasted file past the size limit is refused too, and the text is kept', async ({ page }) => {
	await openPage(page);
	const text = hugeFile(2.5);
	await page.getByLabel('Or paste the lesson JSON').fill(text);
	await page.getByRole('button', { name: 'Show the lesson' }).click();
	await expect(page.getByRole('alert')).toContainText(/Not opened: the file is 2\.\d MB; the Open page takes files up to 2 MB/);
	expect(await page.getByLabel('Or paste the lesson JSON').inputValue()).toHaveLength(text.length);
});

test('the page answers while a big lesson is checked, and Cancel stops it', async ({ page }) => {
	await openPage(page);
	const big = manyFormulas(4_900, 100);
	await chooseFile(page, big);
	const working = page.locator('[data-open-state="working"]');
	await expect(working).toBeVisible();
	// a generous bound: the work is in a worker, so the page answers in a frame or two, not seconds
	const trips: number[] = [];
	while ((await working.count()) > 0 && trips.length < 10) trips.push(await roundTrip(page));
	expect(Math.max(...trips)).toBeLessThan(500);
	await expect(page.getByRole('heading', { name: 'Step 1', exact: true })).toBeVisible();
	await expect(page.getByText(/^Step 1 of 100$/)).toBeVisible();

	// again, cancelled this time: nothing of the file stays. A fast machine finishes the check before any
	// click from outside could land, so the page presses Cancel itself the moment the button appears.
	await page.evaluate(() => {
		new MutationObserver((_, observer) => {
			const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel');
			if (!cancel) return;
			observer.disconnect();
			cancel.click();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await chooseFile(page, big);
	await expect(page.getByText(/^Cancelled: nothing from this file is shown/)).toBeVisible();
	await expect(page.locator('section.shown')).toHaveCount(0);
	await expect(page.getByText(/^No problems/)).toHaveCount(0);
});

test('a lesson whose check breaks is reported as a failure or a problem, never as "No problems", and the last lesson goes', async ({
	page
}) => {
	await openPage(page);
	await page.getByLabel('Choose a lesson file (lesson.json)').setInputFiles('lessons/02-one-neuron/lesson.json');
	await expect(page.getByRole('heading', { level: 2, name: 'One output neuron' })).toBeVisible();

	// prose nested 20 000 arrays deep: once it overflowed the checker's stack
	const lesson = JSON.parse(await readFile('lessons/02-one-neuron/lesson.json', 'utf8'));
	const deep = JSON.stringify(lesson).replace('"steps":[', `"steps":[{"kind":"text","title":{"es":"a","en":"a"},"body":${'['.repeat(20_000)}${']'.repeat(20_000)}},`);
	await chooseFile(page, deep, 'deep.json');
	await expect(page.getByRole('heading', { level: 2, name: 'Problems in deep.json' })).toBeVisible();
	await expect(page.locator('[data-open-state="failed"], ul[data-problems]')).toBeVisible();
	await expect(page.getByText(/^No problems/)).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: 'One output neuron' })).toHaveCount(0);
});

test('a refusal and a failure pass the accessibility scan', async ({ page }) => {
	await openPage(page);
	const scan = async (): Promise<string[]> =>
		(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.help}`);
	await chooseFile(page, hugeFile(3));
	await expect(page.locator('[data-open-state="refused"]')).toBeVisible();
	expect(await scan()).toEqual([]);
	await chooseFile(page, '{ "id": ');
	await expect(page.locator('ul[data-problems]')).toBeVisible();
	expect(await scan()).toEqual([]);
});
