import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gradeExercise } from '../src/lib/check/grade-at';
import { answerNumber, fixedAnswer, gradingView, lessonExercises } from '../src/lib/lesson/lesson-tests';
import { loadLesson } from '../src/lib/lesson/load';
import type { Exercise } from '../src/lib/lesson/schema';
import { appReady } from './app';

// Journey: every lesson with variable numbers shows its authored numbers first; on an exercise step the
// student asks for new numbers, every figure of the step changes, and the engine's own solution for the new
// numbers is graded correct. The variant survives a reload, a link with ?variant=SEED reproduces it, going
// back to the authored numbers gives them back, and the exported progress says which variant each answer was for.

test.use({ locale: 'en-US' });

interface VariantLesson {
	slug: string;
	source: string;
	/** A number exercise whose answer depends on the numbers drawn, and the step (1-based) it is on. */
	exercise: Exercise;
	step: number;
}

/** The engine's own answer to an exercise with the numbers of `seed` (0: the authored numbers), as the lesson check types it. */
function viewOf(source: string, exercise: Exercise, seed: number) {
	const loaded = loadLesson(source, seed === 0 ? {} : { seed });
	if (!loaded.ok) throw new Error(`seed ${seed}: ${loaded.problems.map((p) => p.message).join('; ')}`);
	const built = gradingView(loaded.loaded.trace, exercise, 'en', loaded.loaded.lesson.precision);
	if (!built.ok) throw new Error(built.message);
	return built.view;
}

function solution(source: string, exercise: Exercise, seed: number): string {
	const view = viewOf(source, exercise, seed);
	return exercise.decimals === undefined ? answerNumber(view.expected, 'en') : fixedAnswer(view.expected, exercise.decimals, 'en');
}

/**
 * Whether the authored answer is still right on these numbers: a draw may move the answer by less than
 * its honest rounding (about 1 draw in 100), and then the grader rightly takes the old figure too.
 */
function authoredStillRight(source: string, exercise: Exercise, seed: number): boolean {
	return gradeExercise(solution(source, exercise, 0), viewOf(source, exercise, seed), 'en').type === 'correct';
}

/** The lessons whose model has a range or a choice, read from the lesson files (not a list kept by hand). */
const lessons: VariantLesson[] = readdirSync('lessons', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort()
	.flatMap((dir) => {
		const source = readFileSync(`lessons/${dir}/lesson.json`, 'utf8');
		const loaded = loadLesson(source);
		if (!loaded.ok || !loaded.loaded.variants) return [];
		// the first number exercise whose answer moves with the numbers
		const found = lessonExercises(loaded.loaded.lesson).find(
			({ exercise }) => exercise.answer === 'number' && [1, 2, 3].some((seed) => solution(source, exercise, seed) !== solution(source, exercise, 0))
		);
		if (!found) throw new Error(`${dir}: no number exercise depends on the lesson's variable numbers`);
		return [{ slug: loaded.loaded.lesson.id, source, exercise: found.exercise, step: Number(found.path[1]) + 1 }];
	});

test('the lessons with variable numbers are found in the lesson files', () => {
	expect(lessons.length).toBeGreaterThan(0);
});

/** The seed whose numbers the page shows (0: the authored numbers), once drawn. */
async function shownSeed(page: Page): Promise<number> {
	const bar = page.locator('.variant-bar[data-variant]');
	await expect(bar).toBeVisible();
	return Number(await bar.getAttribute('data-variant'));
}

/** Everything the step shows as text (prose, formulas, exercises' prompts, plots' and the graph's labels), the student's own answers and verdicts aside. */
async function figures(page: Page): Promise<string> {
	// new numbers mount the step's exercises and plots again: read them once every one is there
	await expect(page.locator('.step-body [data-island]:empty')).toHaveCount(0);
	return page.locator('.step-body').evaluate((body) => {
		const copy = body.cloneNode(true);
		if (!(copy instanceof HTMLElement)) return '';
		for (const mine of copy.querySelectorAll('.feedback, .attempts, .echo, .hints, .solution')) mine.remove();
		return (copy.textContent ?? '').replace(/\s+/g, ' ');
	});
}

for (const lesson of lessons) {
	test(`${lesson.slug}: new numbers change the figures, and the engine's solution for them is graded correct`, async ({ page, browser }) => {
		const url = `/en/${lesson.slug}/${lesson.step}/`;
		const id = lesson.exercise.id;
		await page.goto(url);
		await appReady(page);
		// a first visit shows the authored numbers, and says so
		expect(await shownSeed(page)).toBe(0);
		await expect(page.locator('.variant-bar')).toContainText('The lesson’s own numbers');
		const authored = await figures(page);

		// new numbers, until the draw moves this exercise's answer past what the authored answer rounds to (a
		// choice may draw the authored number again)
		let seed = 0;
		for (let tries = 0; tries < 8 && (seed === 0 || authoredStillRight(lesson.source, lesson.exercise, seed)); tries++) {
			const before = seed;
			await page.getByRole('button', { name: 'New numbers' }).click();
			await expect(page.locator('.variant-bar[data-variant]')).not.toHaveAttribute('data-variant', String(before));
			seed = await shownSeed(page);
		}
		expect(seed).not.toBe(0);
		expect(authoredStillRight(lesson.source, lesson.exercise, seed), `variant ${seed}`).toBe(false);
		await expect(page.locator('.variant-bar')).toContainText(`variant ${seed}`);
		const drawn = await figures(page);
		expect(drawn).not.toBe(authored);

		// the engine's solution for the new numbers, typed in, is correct; the authored one is not
		const exercise = page.locator(`[data-exercise="${id}"]`);
		await expect(exercise).not.toHaveAttribute('data-verdict');
		await exercise.getByRole('textbox').fill(solution(lesson.source, lesson.exercise, 0));
		await exercise.getByRole('button', { name: 'Check' }).click();
		await expect(exercise).not.toHaveAttribute('data-verdict', 'correct');
		await exercise.getByRole('textbox').fill(solution(lesson.source, lesson.exercise, seed));
		await exercise.getByRole('button', { name: 'Check' }).click();
		await expect(exercise).toHaveAttribute('data-verdict', 'correct');

		// a reload keeps the variant, and the answer given on it
		await page.reload();
		await appReady(page);
		expect(await shownSeed(page)).toBe(seed);
		await expect(exercise).toHaveAttribute('data-verdict', 'correct');
		await expect.poll(() => figures(page)).toBe(drawn);

		// the exported progress says which variant the answer was graded against
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
		const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
		expect(exported.version).toBe(4);
		expect(exported.lessons[lesson.slug].seed).toBe(seed);
		expect(exported.lessons[lesson.slug].exercises[id]).toMatchObject({ verdict: 'correct', seed });

		// the link to these numbers reproduces them for someone else, on a browser with no progress
		const link = await page.getByRole('link', { name: 'Link to these numbers' }).getAttribute('href');
		expect(link).toContain(`?variant=${seed}`);
		const other = await browser.newPage({ locale: 'en-US' });
		await other.goto(link ?? '');
		await appReady(other);
		expect(await shownSeed(other)).toBe(seed);
		await expect(other.locator('.variant-bar')).toContainText('from the link you opened');
		await expect.poll(() => figures(other)).toBe(drawn);
		await other.close();

		// back to the authored numbers: their figures again, and the exercise as it was left on them (blank)
		await page.getByRole('button', { name: 'The lesson’s numbers' }).click();
		await expect(page.locator('.variant-bar[data-variant]')).toHaveAttribute('data-variant', '0');
		await expect.poll(() => figures(page)).toBe(authored);
		await expect(exercise).not.toHaveAttribute('data-verdict');
	});
}

test('the new-numbers controls are keyboard operable, in Spanish too', async ({ page }) => {
	const lesson = lessons[0];
	if (!lesson) throw new Error('no lesson with variants');
	await page.goto(`/es/${lesson.slug}/${lesson.step}/`);
	await appReady(page);
	expect(await shownSeed(page)).toBe(0);
	const button = page.getByRole('button', { name: 'Números nuevos' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.variant-bar[data-variant]')).not.toHaveAttribute('data-variant', '0');
	await expect(page.locator('.variant-bar')).toContainText('Números nuevos (variante');
	await page.getByRole('button', { name: 'Números de la lección' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.variant-bar[data-variant]')).toHaveAttribute('data-variant', '0');
});

test('a lesson answered correct whole on new numbers shows as mastered, on its page and on the index', async ({ page }) => {
	const lesson = lessons[0];
	if (!lesson) throw new Error('no lesson with variants');
	const loaded = loadLesson(lesson.source);
	if (!loaded.ok) throw new Error('the lesson loads');
	const ids = lessonExercises(loaded.loaded.lesson).map(({ exercise }) => exercise.id);
	const correct = (seed?: number) => ({ answer: '1', verdict: 'correct', attempts: 1, hintsShown: 0, solutionShown: false, best: 1, ...(seed === undefined ? {} : { seed }) });
	const run = (seed?: number) => Object.fromEntries(ids.map((id) => [id, correct(seed)]));
	// every exercise right on the authored numbers is not mastery; on variant 31 it is
	const saved = { version: 4, lessons: { [lesson.slug]: { position: 1, seed: 31, exercises: { [ids[0] ?? '']: correct(31) }, history: [{ exercises: run() }, { seed: 77, exercises: run(77) }] } } };
	await page.addInitScript((text) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('cadena.progress', text);
			sessionStorage.setItem('seeded', '1');
		}
	}, JSON.stringify(saved));
	await page.goto(`/en/${lesson.slug}/${lesson.step}/`);
	await appReady(page);
	await expect(page.locator('.progress-panel [data-mastered="77"]')).toContainText('Mastered: every exercise correct with new numbers (variant 77)');
	// the score counts each exercise's best over every variant
	await expect(page.locator('.progress-panel .score')).toHaveText(`Score: ${ids.length} of ${ids.length}`);
	await page.goto('/es/');
	await expect(page.locator(`[data-mastered="77"]`)).toContainText('Dominada');
});
