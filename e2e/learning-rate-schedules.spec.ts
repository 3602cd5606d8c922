import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

const source = readFileSync('lessons/17-learning-rate-schedules/lesson.json', 'utf8');

/** The engine's figure for a quantity, as a student would type it. */
function figure(key: string, lang: 'es' | 'en' = 'en'): string {
	const loaded = loadLesson(source);
	if (!loaded.ok) throw new Error('lesson 17 should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	const text = String(Number(q.value.toPrecision(6)));
	return lang === 'es' ? text.replace('.', ',') : text;
}

// A student opens the schedules lesson from the index, computes step decay's rates (halving at every
// update instead of every second one is named), then compares the three schedules on the picture.
test('learning-rate-schedules: step decay by hand, then thirty updates on the picture', async ({ page }) => {
	await openFromIndex(page, 'en', 'Learning-rate schedules: step and exponential decay', 'A rate that changes');
	await openStep(page, 'en', 'learning-rate-schedules', 4);
	const eta2 = await answer(page, 'eta-step-2', '0.6*0.5^2');
	await expect(eta2).toHaveAttribute('data-diagnosis', 'dropped-every-update');
	await answer(page, 'eta-step-2', figure('value:eta_s2'));
	await expect(eta2).toHaveAttribute('data-verdict', 'correct');
	const w2 = await answer(page, 'w-step-2', figure('value:w2s'));
	await expect(w2).toHaveAttribute('data-verdict', 'correct');

	await openStep(page, 'en', 'learning-rate-schedules', 10);
	const chart = page.locator('svg[data-plot="loss"]');
	await expect(chart.locator('path[data-line]')).toHaveCount(3);
	const legend = page.locator('.plot-legend li');
	await expect(legend.filter({ hasText: 'ηₖ = 0.6·0.5^⌊k/2⌋' })).toHaveCount(1);
	await expect(legend.filter({ hasText: 'ηₖ = 0.6·e^(−0.3k)' })).toHaveCount(1);
	// the constant rate diverges: its lowest loss is where it started
	await expect(chart.locator('[data-lowest="constant-0"]')).toHaveAttribute('data-iteration', '0');
});

// In Spanish: exponential decay's second rate with a decimal comma; cutting η linearly is named.
test('learning-rate-schedules: exponential decay, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'learning-rate-schedules', 6);
	const eta1 = await answer(page, 'eta-exp-1', '0,42', 'es');
	await expect(eta1).toHaveAttribute('data-diagnosis', 'linear-decay');
	await answer(page, 'eta-exp-1', figure('value:eta_e1', 'es'), 'es');
	await expect(eta1).toHaveAttribute('data-verdict', 'correct');
	const w2 = await answer(page, 'w-exp-2', figure('value:w2e', 'es'), 'es');
	await expect(w2).toHaveAttribute('data-verdict', 'correct');
});
