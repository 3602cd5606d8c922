import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

const source = readFileSync('lessons/15-loss-landscape/lesson.json', 'utf8');

/** The engine's figure for a quantity in the variant drawn from `seed`, as a student would type it. */
function figure(seed: number, key: string, lang: 'es' | 'en' = 'en'): string {
	const loaded = loadLesson(source, { seed });
	if (!loaded.ok) throw new Error('lesson 15 should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	const text = q.value.toPrecision(6);
	return lang === 'es' ? text.replace('.', ',') : text;
}

// A student opens the loss landscape from the index, looks at the picture (the saddle and the local
// minimum named on it, four optimizers from one start), then takes the Hessian apart at their own point.
test('loss-landscape: the picture, then the Hessian at the student’s point', async ({ page }) => {
	await openFromIndex(page, 'en', 'The loss landscape: local minima, saddles and plateaus', 'Beyond the bowl');
	await openStep(page, 'en', 'loss-landscape', 2);
	const chart = page.locator('svg[data-plot="optimizers"]');
	await expect(chart).toBeVisible();
	await expect(chart.locator('[data-landmark="saddle"]')).toContainText('saddle');
	await expect(chart.locator('[data-landmark="local-minimum"]')).toContainText('local minimum');
	await expect(page.locator('.plot-legend li')).toHaveCount(4);

	await page.goto('/en/loss-landscape/7/?variant=7');
	await expect(page.locator('[data-variant="7"]')).toBeVisible();
	const h11 = await answer(page, 'h11', '2');
	await expect(h11).toHaveAttribute('data-verdict', 'correct');
	// the second derivative without the cubic term's share is named
	const t2 = Number(figure(7, 'value:t2'));
	const h22 = await answer(page, 'h22', (3 * t2 * t2 - 1).toPrecision(6));
	await expect(h22).toHaveAttribute('data-diagnosis', 'dropped-cubic-term');
	await answer(page, 'h22', figure(7, 'hess:t2/t2'));
	await expect(h22).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the gradient along θ₂ with its second factor forgotten is named, then Newton's step,
// which goes towards the saddle.
test('loss-landscape: the slope on the plateau and Newton’s step, in Spanish', async ({ page }) => {
	await page.goto('/es/loss-landscape/4/?variant=11');
	await expect(page.locator('[data-variant="11"]')).toBeVisible();
	const t2 = Number(figure(11, 'value:t2'));
	const grad = await answer(page, 'grad-t2', (t2 * t2 - 1).toPrecision(6).replace('.', ','), 'es');
	await expect(grad).toHaveAttribute('data-diagnosis', 'forgot-last-factor');
	await answer(page, 'grad-t2', figure(11, 'grad:t2', 'es'), 'es');
	await expect(grad).toHaveAttribute('data-verdict', 'correct');

	await page.goto('/es/loss-landscape/12/?variant=11');
	const newton = await answer(page, 'newton-t2', figure(11, 'newton:t2', 'es'), 'es');
	await expect(newton).toHaveAttribute('data-verdict', 'correct');
	expect(Number(figure(11, 'newton:t2'))).toBeLessThan(t2);
});
