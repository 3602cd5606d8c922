import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the Swish lesson and computes ∂L/∂z: the product rule's direct term alone is named,
// both paths are right; then ∂L/∂β as a formula.
test('swish-and-regression: Swish with β, both paths of the product rule', async ({ page }) => {
	await openFromIndex(page, 'en', 'Swish with β and the vectorised regression gradient', 'Swish with β');
	await openStep(page, 'en', 'swish-and-regression', 6);
	const dz = await answer(page, 'delta-z', '-0.63251');
	await expect(dz).toHaveAttribute('data-verdict', 'incorrect');
	await expect(dz).toHaveAttribute('data-diagnosis', 'only-direct-path');
	await answer(page, 'delta-z', '-0.80559');
	await expect(dz).toHaveAttribute('data-verdict', 'correct');
	const dbeta = await answer(page, 'grad-beta-formula', '(f - t)*z*s*(1 - s)*z');
	await expect(dbeta).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the regression gradient. The notes' code and the slide's formula each give another number,
// and each is named; the mean squared error's gradient is right.
test('swish-and-regression: the code, the slide and the gradient of the mean, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'swish-and-regression', 10);
	const g = await answer(page, 'grad-theta1', '-2', 'es');
	await expect(g).toHaveAttribute('data-verdict', 'incorrect');
	await expect(g).toHaveAttribute('data-diagnosis', 'code-half-mse');
	await answer(page, 'grad-theta1', '-12', 'es');
	await expect(g).toHaveAttribute('data-diagnosis', 'slide-no-mean');
	await answer(page, 'grad-theta1', '-4', 'es');
	await expect(g).toHaveAttribute('data-verdict', 'correct');
});
