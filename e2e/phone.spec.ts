import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './app';

// A student on a phone (390×844, touch): every exercise step reads title, prose, question, and only then
// the graph, folded to a summary they can open; every control is big enough for a finger; the arrow-key
// tip, useless without keys, is not shown; a training step keeps Play beside the chart it grows.

test.use({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Numbers of a lesson's steps that match, read from its file so inserting a step breaks nothing. */
function stepsOf(folder: string, kind: string, param?: string): number[] {
	const steps: { kind: string; param?: string }[] = JSON.parse(readFileSync(new URL(`../lessons/${folder}/lesson.json`, import.meta.url), 'utf8')).steps;
	return steps.flatMap((s, i) => (s.kind === kind && (param === undefined || s.param === param) ? [i + 1] : []));
}

/** Top and bottom of an element in the page (not the viewport), so scrolling changes nothing. */
async function span(page: Page, selector: string): Promise<{ top: number; bottom: number }[]> {
	return page.locator(selector).evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top + scrollY, bottom: r.bottom + scrollY };
		})
	);
}

const LESSONS = [
	['worked-example', '03-worked-example'],
	['regularisation', '11-regularisation'],
	['why-backprop-is-cheap', '13-why-backprop-is-cheap']
] as const;

for (const [slug, folder] of LESSONS) {
	test(`${slug}: on every exercise step the questions come before the graph, which starts folded`, async ({ page }) => {
		const numbers = stepsOf(folder, 'exercise');
		expect(numbers.length).toBeGreaterThan(0);
		for (const n of numbers) {
			await page.goto(`/en/${slug}/${n}/`);
			await appReady(page);
			const exercises = await span(page, '[data-exercise]');
			const [graph] = await span(page, '.step-graph');
			expect(exercises.length, `step ${n}`).toBeGreaterThan(0);
			if (!graph) continue;
			for (const ex of exercises) expect(ex.bottom, `step ${n}: a question below the graph`).toBeLessThanOrEqual(graph.top);
			await expect(page.locator('.graph-panel'), `step ${n}`).toBeHidden();
			await expect(page.getByText('The graph of this step'), `step ${n}`).toBeVisible();
		}
	});
}

test('the graph summary opens with a tap and with the keyboard, and its path buttons work', async ({ page }) => {
	const [w1] = stepsOf('03-worked-example', 'backward', 'w1');
	await page.goto(`/en/worked-example/${w1}/`);
	await appReady(page);
	const summary = page.getByText('The graph of this step');
	const panel = page.locator('.graph-panel');
	await expect(panel).toBeHidden();
	await summary.tap();
	await expect(panel).toBeVisible();
	await page.getByRole('button', { name: /^Path through y\u0302₂/ }).tap();
	await expect(page.locator('[data-edge="sum_yhat2/n1"][data-active="true"]')).toHaveCount(1);
	// closed and opened again from the keyboard
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(panel).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	// still on the same step: Enter on the summary is not a way out
	await expect(page).toHaveURL(new RegExp(`/en/worked-example/${w1}/$`));
});

test('controls are at least 44 px tall, and the arrow-key tip is not shown', async ({ page }) => {
	const train = stepsOf('09-xor', 'train')[0];
	const [exercise] = stepsOf('03-worked-example', 'exercise');
	for (const url of ['/en/', `/en/worked-example/${exercise}/`, `/es/xor/${train}/`, '/en/open/']) {
		await page.goto(url);
		await appReady(page);
		// open every fold, so what it holds is measured too
		const folded = page.locator('details:not([open]) > summary');
		for (let k = await folded.count(); k > 0; k--) await folded.first().tap();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('button, input, select, summary, nav a, .step-list a, .lesson-card h3 a, .brand')]
				.filter((el) => el.getClientRects().length > 0 && !['checkbox', 'radio'].includes(el.getAttribute('type') ?? ''))
				.filter((el) => el.getBoundingClientRect().height < 44)
				.map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(el.getBoundingClientRect().height)} px`)
		);
		expect(small, url).toEqual([]);
		const tip = page.locator('.step-nav .hint');
		if (url.includes('/xor/') || url.includes('/worked-example/')) {
			await expect(tip).toHaveCount(1);
			await expect(tip).toBeHidden();
		}
	}
});

test('a training step keeps Play beside the chart it grows, and the graph it animates right after', async ({ page }) => {
	const n = stepsOf('09-xor', 'train')[0];
	await page.goto(`/en/xor/${n}/`);
	await appReady(page);
	const [controls] = await span(page, '.train-controls');
	const [chart] = await span(page, '.train [data-plot="loss"]');
	const [panel] = await span(page, '.train');
	const [graph] = await span(page, '.step-graph');
	expect(controls && chart && panel && graph).toBeTruthy();
	if (!controls || !chart || !panel || !graph) return;
	// the chart starts within a finger's reach of Play, and the graph summary follows the panel
	expect(chart.top - controls.bottom).toBeLessThan(60);
	expect(graph.top - panel.bottom).toBeGreaterThanOrEqual(0);
	expect(graph.top - panel.bottom).toBeLessThan(60);

	await page.getByRole('button', { name: 'Play' }).tap();
	const status = page.locator('.train-status');
	await expect.poll(async () => Number(await status.getAttribute('data-iteration')), { timeout: 15_000 }).toBeGreaterThan(5);
	await page.getByRole('button', { name: 'Pause' }).tap();
	await page.getByText('The graph of this step').tap();
	await expect(page.getByText(/Numbers after \d+ training iterations/)).toBeVisible();
});
