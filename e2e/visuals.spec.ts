import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { appReady, stepUrl } from './app';

// Journeys: a student steps to ∂E_total/∂w1 and follows its two paths on the graph, factor by factor;
// proves ∂E_total/∂w5 by finite differences; lets the network train and watches the loss fall; and
// reads the w1 step on a laptop and on a phone.

test.use({ locale: 'en-US' });

/** Step numbers of the worked example, looked up in the lesson file so inserting a step breaks nothing. */
const steps: { kind: string; param?: string; plot?: string }[] = JSON.parse(
	readFileSync(new URL('../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8')
).steps;
function stepNumber(pred: (s: (typeof steps)[number]) => boolean): number {
	const i = steps.findIndex(pred);
	if (i < 0) throw new Error('no such step in the worked example');
	return i + 1;
}
const W1 = stepNumber((s) => s.kind === 'backward' && s.param === 'w1');
const PROVE = stepNumber((s) => s.kind === 'prove');
const TRAIN = stepNumber((s) => s.kind === 'train');

const edge = (page: Page, key: string) => page.locator(`[data-edge="${key}"]`);
const activeEdge = (page: Page, key: string) => page.locator(`[data-edge="${key}"][data-active="true"]`);

test('the graph follows the w1 step: both paths, then path 2 alone, then factor by factor', async ({ page }) => {
	await page.goto(`/en/worked-example/${W1 - 2}/`);
	await appReady(page);
	for (const n of [W1 - 1, W1]) {
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(stepUrl('en', n));
	}
	await expect(page.getByRole('heading', { level: 1, name: /∂E_total\/∂w1/ })).toBeVisible();

	// every path lit at first
	await expect(activeEdge(page, 'sum_n1/w1')).toHaveCount(1);
	await expect(activeEdge(page, 'sum_yhat1/n1')).toHaveCount(1);
	await expect(activeEdge(page, 'sum_yhat2/n1')).toHaveCount(1);
	await expect(page.getByText('∂E_total/∂w₁ = 0.00160 + (-0.00049) = 0.00111')).toBeVisible();

	await page.getByRole('button', { name: /^Path through y\u0302₂/ }).click();
	await expect(page.getByRole('button', { name: /^Path through y\u0302₂/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(activeEdge(page, 'sum_yhat2/n1')).toHaveCount(1);
	await expect(edge(page, 'sum_yhat1/n1')).toHaveAttribute('data-active', 'false');
	await expect(activeEdge(page, 'sum_n1/w1')).toHaveCount(1);

	// factor by factor from the loss down: the first factor alone, then the second
	const next = page.getByRole('button', { name: 'Next factor' });
	await next.click();
	await expect(page.locator('[data-edge][data-active="true"]')).toHaveCount(1);
	await expect(page.locator('[data-current="true"]')).toHaveAttribute('data-edge', 'E_total/yhat2');
	await next.click();
	await expect(page.locator('[data-current="true"]')).toHaveAttribute('data-edge', 'yhat2/sum_yhat2');
	await expect(edge(page, 'sum_n1/w1')).toHaveAttribute('data-active', 'false');
	await expect(page.getByRole('status').filter({ hasText: 'Factor 2 of 5' })).toContainText('product so far');
	// the buttons take Enter and Space, not the arrows: the step is still the w1 step
	await expect(page).toHaveURL(stepUrl('en', W1));

	// the same graph in words for screen readers: the table's row for w1
	await expect(page.locator('[data-node-row="w1"]')).toContainText('0.1');
	await expect(page.locator('[data-node-row="w1"]')).toContainText('0.00111');
});

test('check it: the finite-difference estimate of ∂E_total/∂w5 matches backpropagation', async ({ page }) => {
	await page.goto(`/en/worked-example/${PROVE}/`);
	await appReady(page);
	const w5 = page.locator('[data-prove="w5"]');
	await expect(w5.locator('[data-estimate]')).toHaveCount(0);

	await w5.getByRole('button', { name: /Check it: ∂E_total\/∂w₅ against finite differences/ }).click();

	const estimate = w5.locator('[data-estimate]');
	await expect(estimate).toBeVisible();
	const backprop = Number(await w5.locator('[data-backprop]').getAttribute('data-backprop'));
	const estimated = Number(await estimate.getAttribute('data-estimate'));
	expect(estimated.toFixed(5)).toBe(backprop.toFixed(5));
	expect(backprop.toFixed(5)).toBe('0.08020');
	await expect(w5).toContainText('h');
	await expect(w5).toContainText('L(w₅ + h)');
	await expect(w5).toContainText(/They agree to \d+ decimals/);
});

test('check it beside a backward step’s gradient, in Spanish', async ({ page }) => {
	await page.goto(`/es/worked-example/${W1}/`);
	await appReady(page);

	await page.locator('[data-prove="w1"]').getByRole('button', { name: /Compruébalo/ }).click();

	await expect(page.locator('[data-prove="w1"] [data-estimate]')).toBeVisible();
	await expect(page.locator('[data-prove="w1"]')).toContainText(/Coinciden en \d+ decimales/);
});

test('keep training: press play and watch the loss fall', async ({ page }) => {
	await page.goto(`/en/worked-example/${TRAIN}/`);
	await appReady(page);
	const status = page.locator('.train-status');
	const start = Number(await status.getAttribute('data-loss'));
	expect(start).toBeCloseTo(0.24909, 5);
	await expect(status).toContainText('Iteration 0: loss 0.24909');

	await page.getByRole('button', { name: 'Play' }).click();

	await expect.poll(async () => Number(await status.getAttribute('data-iteration')), { timeout: 15_000 }).toBeGreaterThan(20);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(status).toHaveAttribute('data-status', 'paused');
	const now = Number(await status.getAttribute('data-loss'));
	expect(now).toBeLessThan(start);
	// the visible text says it too, and the graph shows the numbers at the new weights
	const shown = Number((await status.locator('strong').textContent())?.match(/loss (\S+)/)?.[1]);
	expect(shown).toBeLessThan(start);
	await expect(page.getByText(/Numbers after \d+ training iterations/)).toBeVisible();
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: /The loss went from 0.24909 to/ })).toHaveCount(1);

	// one more iteration, by hand
	const before = Number(await status.getAttribute('data-iteration'));
	await page.getByRole('button', { name: 'One iteration' }).click();
	await expect(status).toHaveAttribute('data-iteration', String(before + 1));

	await page.getByRole('button', { name: 'Reset training' }).click();
	await expect(status).toHaveAttribute('data-iteration', '0');
});

test('looking inside the first iteration opens the lesson of the notes\' updated weights', async ({ page }) => {
	await page.goto(`/en/worked-example/${TRAIN}/`);
	await appReady(page);
	const status = page.locator('.train-status');
	await expect(page.getByRole('link', { name: 'Look inside this iteration' })).toHaveCount(0);
	await page.getByRole('button', { name: 'One iteration' }).click();
	await expect(status).toHaveAttribute('data-iteration', '1');

	await page.getByRole('link', { name: 'Look inside this iteration' }).click();
	await expect(page).toHaveURL(/\/en\/playground\/#model=/);
	await appReady(page);
	// the notes' first update (η = 0.6): nuevo_w5 = 0.45188, nuevo_w1 = 0.09934, now the lesson's own weights
	const intro = page.locator('section.shown[data-step="1"]');
	await expect(intro).toContainText('0.45188', { timeout: 30_000 });
	await expect(intro).toContainText('0.09934');
	await expect(intro).toContainText('10 parameters');
});

test('the w1 step on a laptop and on a phone', async ({ page }) => {
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
		await page.goto(`/en/worked-example/${W1}/`);
		await appReady(page);
		// a phone folds the graph below the step until the student opens it
		if (width === 390) await page.getByText('The graph of this step').click();
		await page.getByRole('button', { name: /^Path through y\u0302₂/ }).click();
		await expect(activeEdge(page, 'sum_yhat2/n1')).toHaveCount(1);
		await page.screenshot({ path: test.info().outputPath(`w1-step-${width}.png`), fullPage: width < 600 });
		if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		else {
			// side by side on a wide screen: the graph to the right of the step's text
			const graph = await page.locator('.graph-panel').boundingBox();
			const text = await page.locator('.blocks').boundingBox();
			expect(graph && text && graph.x > text.x + text.width - 1).toBe(true);
		}
	}
});

test('no page with a graph, plot, prove or train step is wider than a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const wanted = new Set(['forward', 'backward', 'plot', 'prove', 'train']);
	const numbers = steps.flatMap((s, i) => (wanted.has(s.kind) ? [i + 1] : []));
	for (const n of numbers) {
		await page.goto(`/es/worked-example/${n}/`);
		await appReady(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), `step ${n}`).toBeLessThanOrEqual(390);
	}
});
