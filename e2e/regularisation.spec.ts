import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the regularisation lesson from the index and smooths a label as in the course notes:
// K = 5 classes and ε = 0.01, so each zero of the one-hot label becomes ε/(K − 1) = 0.0025.
test('regularisation: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Regularisation: L1, L2, dropout and label smoothing', 'Overfitting and regularisation');
	await openStep(page, 'en', 'regularisation', 16);
	const ex = await answer(page, 'smooth-other', '0.0025');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ε/K (the convention that mixes with the uniform distribution) is named, then the notes' figure is right.
test('regularisation: the other smoothing convention is named, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'regularisation', 16);
	const ex = await answer(page, 'smooth-other', '0,002', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'uniform-convention');
	await answer(page, 'smooth-other', '0,0025', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// Early stopping: before training the polynomial is 0, so E_val is the mean of the five validation labels squared;
// the training points' figure is named for what it is. The chart marks E_val's lowest point where training would stop.
test('regularisation: the validation error and where early stopping halts', async ({ page }) => {
	await openStep(page, 'en', 'regularisation', 19);
	const ex = await answer(page, 'val-start', '0.625');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'training-points');
	await answer(page, 'val-start', '0.446');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await openStep(page, 'en', 'regularisation', 20);
	await expect(page.locator('[data-lowest="E_val"]')).toHaveAttribute('data-iteration', '152');
	await expect(page.locator('[data-lowest="E_tr"]')).toHaveAttribute('data-iteration', '1000');
});

// The overfitting polynomial drawn over its data: six training circles, five validation squares, the curve at
// the end of training (solid) and the one early stopping would keep (dashed, at E_val's lowest iteration).
test('regularisation: the polynomial that overfits, drawn over its points', async ({ page }) => {
	await openStep(page, 'en', 'regularisation', 18);
	const chart = page.locator('svg[data-plot="fit"]');
	await expect(chart.locator('circle.train-point')).toHaveCount(6);
	await expect(chart.locator('rect.validation-point')).toHaveCount(5);
	await expect(chart.locator('[data-curve="end"]')).toHaveAttribute('data-iteration', '1000');
	await expect(chart.locator('[data-curve="early"]')).toHaveAttribute('data-iteration', '152');
	await expect(chart.locator('[data-curve="early"]')).toHaveAttribute('stroke-dasharray', '8 5');
	await expect(page.locator('.plot-legend')).toContainText('Curve where the validation error was lowest, after 152 iterations');
});
