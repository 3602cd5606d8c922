import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

const source = readFileSync('lessons/16-second-order/lesson.json', 'utf8');

/** The engine's figure for a quantity, as a student would type it. */
function figure(key: string, lang: 'es' | 'en' = 'en'): string {
	const loaded = loadLesson(source);
	if (!loaded.ok) throw new Error('lesson 16 should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	const text = String(Number(q.value.toPrecision(6)));
	return lang === 'es' ? text.replace('.', ',') : text;
}

// A student opens the second-order lesson from the index, takes one Newton step and one GD step on the
// toy loss, then sees Newton's path beside the optimizers' on Rosenbrock's valley.
test('second-order: Newton against GD, then Newton on the picture', async ({ page }) => {
	await openFromIndex(page, 'en', 'Second-order methods: Newton and L-BFGS', 'Beyond the gradient');
	await openStep(page, 'en', 'second-order', 4);
	const newton = await answer(page, 'newton-w', figure('newton:w'));
	await expect(newton).toHaveAttribute('data-verdict', 'correct');
	const gd = await answer(page, 'gd-w', figure('updated:w'));
	await expect(gd).toHaveAttribute('data-verdict', 'correct');

	await openStep(page, 'en', 'second-order', 6);
	const chart = page.locator('svg[data-plot="optimizers"]');
	await expect(chart.locator('[data-optimizer="newton"]')).toBeVisible();
	// Newton is named without a learning rate, the others with theirs
	await expect(page.locator('.plot-legend li').filter({ hasText: 'Newton’s method: after' })).toHaveCount(1);
	await expect(page.locator('.plot-legend li').filter({ hasText: 'Gradient descent (η =' })).toHaveCount(1);
});

// In Spanish: counting the parameters of the notes' MNIST network without the biases (784·128 + 128·64 +
// 64·10 = 109184) is named, then
// the Hessian's entries.
test('second-order: the Hessian of the notes’ network, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'second-order', 12);
	const n = await answer(page, 'n-params', '109184', 'es');
	await expect(n).toHaveAttribute('data-diagnosis', 'forgot-biases');
	await answer(page, 'n-params', figure('value:n_par', 'es'), 'es');
	await expect(n).toHaveAttribute('data-verdict', 'correct');
	const h = await answer(page, 'h-entries', `${figure('value:n_par', 'es')}^2`, 'es');
	await expect(h).toHaveAttribute('data-verdict', 'correct');
});
