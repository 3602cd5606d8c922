import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the optimizers lesson from the index and writes momentum's second velocity as a
// formula, v2 = β·v1 + g2, then the weight after that step.
test('optimizers: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Optimizers: from GD to Adam, step by step', 'One step, many recipes');
	await openStep(page, 'en', 'optimizers', 9);
	const formula = await answer(page, 'v2-formula', 'beta*v1 + g_2');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const weight = await answer(page, 'w-mom2', '0.96');
	await expect(weight).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: RMSProp with the root taken twice (as the notes' steps 4 and 5 read) is named; one root is right.
test('optimizers: RMSProp in Spanish, and the double root named', async ({ page }) => {
	await openStep(page, 'es', 'optimizers', 12);
	const ex = await answer(page, 'w-rms', '1,32217', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'double-root');
	await answer(page, 'w-rms', '1,34189', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// Choosing another optimizer starts again, but the run before stays on the chart, dashed, with its own
// end marker and its settings in the legend, so two optimizers can be compared; it can be cleared.
test('optimizers: earlier runs stay on the chart, told apart without colour', async ({ page }) => {
	await openStep(page, 'en', 'optimizers', 19);
	const panel = page.locator('section.train');
	const status = panel.locator('.train-status');
	await panel.getByRole('button', { name: 'One iteration' }).click();
	await expect(status).toHaveAttribute('data-iteration', '1');
	await panel.getByRole('button', { name: 'One iteration' }).click();
	await expect(status).toHaveAttribute('data-iteration', '2');
	await panel.getByLabel('Optimizer').selectOption('adam');
	await expect(status).toHaveAttribute('data-iteration', '0');
	await panel.getByRole('button', { name: 'One iteration' }).click();
	await expect(status).toHaveAttribute('data-iteration', '1');

	const earlier = panel.locator('path.loss.earlier');
	await expect(earlier).toHaveCount(1);
	await expect(earlier.first()).toHaveAttribute('stroke-dasharray', '8 5');
	await expect(panel.locator('[data-earlier-run="0"]')).toContainText(/Earlier run: Gradient descent, η = [\d.]+, loss [\d.]+ after 2 iterations/);
	await expect(panel.locator('.plot-legend')).toContainText('This run: Adam');

	await panel.getByLabel('Optimizer').selectOption('rmsprop');
	await expect(earlier).toHaveCount(2);
	await expect(earlier.nth(1)).toHaveAttribute('stroke-dasharray', '2 4');
	await expect(panel.locator('[data-earlier-run="1"]')).toContainText('Earlier run: Adam');

	await panel.getByRole('button', { name: 'Clear earlier runs' }).click();
	await expect(earlier).toHaveCount(0);
});
