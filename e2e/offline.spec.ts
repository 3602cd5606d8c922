import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { appReady, stepUrl } from './app';

// Journey: a student reads the computational-graph lesson in a school whose connection drops. Once the
// site has been opened, the steps read and the one after them still open offline, an exercise is
// graded offline, and after a reload (still offline) the answer is kept.

test.use({ locale: 'en-US', serviceWorkers: 'allow' });

const LESSON = '/en/computational-graph';
const lesson = loadLesson(readFileSync('lessons/01-computational-graph/lesson.json', 'utf8'));
if (!lesson.ok) throw new Error('the computational-graph lesson should load');
const steps = lesson.loaded.lesson.steps;
/** The first exercise step, and the step before it that the student reads online. */
const EXERCISE = steps.findIndex((s) => s.kind === 'exercise') + 1;
const READ = EXERCISE - 1;
const exercise = steps[EXERCISE - 1]?.kind === 'exercise' ? steps[EXERCISE - 1] : undefined;
const first = exercise?.kind === 'exercise' ? exercise.exercises[0] : undefined;
if (!first || READ < 2) throw new Error('the lesson should have an exercise after two steps');

/** The engine's own figure for the exercise, as a student would type it. */
function rightAnswer(): string {
	if (!lesson.ok || !first) throw new Error('no lesson');
	const q = quantityValue(lesson.loaded.trace, first.quantity);
	if (!q.ok) throw new Error(q.message);
	return q.value.toPrecision(6);
}

/** Whether the service worker has kept `path` (a page or its data). */
async function kept(page: Page, path: string): Promise<boolean> {
	return page.evaluate(async (p) => (await caches.match(p)) !== undefined, path);
}

async function step(page: Page, key: 'ArrowRight' | 'ArrowLeft', n: number): Promise<void> {
	await page.locator('body').press(key);
	await expect(page).toHaveURL(stepUrl('en', n));
	await expect(page.getByRole('heading', { level: 1, name: steps[n - 1]?.title?.en ?? '' })).toBeVisible();
}

test('offline, a student steps on through pages read and the one after, answers, reloads, and keeps the answer', async ({ page, context }) => {
	// online: the first visit installs the service worker, which then controls the page
	await page.goto(`${LESSON}/${READ - 1}/`);
	await appReady(page);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
	await step(page, 'ArrowRight', READ);
	// the step read and the one → leads to are kept, as pages and as the data and text the app navigates by
	for (const path of [`${LESSON}/${READ - 1}/`, `${LESSON}/${READ}/__data.json`, `${LESSON}/${READ}/markup.json`, `${LESSON}/${EXERCISE}/`, `${LESSON}/${EXERCISE}/__data.json`, `${LESSON}/${EXERCISE}/markup.json`]) {
		await expect.poll(() => kept(page, path), { message: `${path} kept`, timeout: 20_000 }).toBe(true);
	}

	await context.setOffline(true);

	// back to a step read before, forward again, then on to the step never opened
	await step(page, 'ArrowLeft', READ - 1);
	await step(page, 'ArrowRight', READ);
	// the step's own text came with it, not only its title
	await expect(page.locator('.blocks .block').first()).not.toBeEmpty();
	await step(page, 'ArrowRight', EXERCISE);
	const ex = page.locator(`[data-exercise="${first.id}"]`);
	await ex.getByRole('textbox').fill(rightAnswer());
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	await page.reload();
	await appReady(page);
	const again = page.locator(`[data-exercise="${first.id}"]`);
	await expect(again.getByRole('textbox')).toHaveValue(rightAnswer());
	await expect(again).toHaveAttribute('data-verdict', 'correct');

	// the connection really is gone: a step never kept does not open
	await expect(page.goto(`${LESSON}/${EXERCISE + 2}/`)).rejects.toThrow();
});
