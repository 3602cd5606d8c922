import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the batch normalisation backward lesson and computes ∂L/∂γ: ∂L/∂β's sum (the x̂ factor
// left out) is named, the right sum is accepted; the next step takes ∂L/∂β apart into its three paths.
test('batch-norm-backward: ∂L/∂γ over the mini-batch, then ∂L/∂β path by path', async ({ page }) => {
	await openFromIndex(page, 'en', 'Batch normalisation backward, and the projection shortcut', 'Batch normalisation, backward');
	await openStep(page, 'en', 'batch-norm-backward', 4);
	const gamma = await answer(page, 'grad-gamma', '1.8');
	await expect(gamma).toHaveAttribute('data-verdict', 'incorrect');
	await expect(gamma).toHaveAttribute('data-diagnosis', 'forgot-xhat');
	await answer(page, 'grad-gamma', '3.34272');
	await expect(gamma).toHaveAttribute('data-verdict', 'correct');
	await answer(page, 'grad-beta', '1.8');
	await expect(page.locator('[data-exercise="grad-beta"]')).toHaveAttribute('data-verdict', 'correct');

	await openStep(page, 'en', 'batch-norm-backward', 5);
	await expect(page.getByRole('heading', { level: 1, name: '∂L/∂β: three paths' })).toBeVisible();
	await expect(page.getByText(/3 paths|three paths/).first()).toBeVisible();
});

// In Spanish: the gradient the projection block passes back to its input; leaving out the shortcut is named.
test('batch-norm-backward: the projection shortcut in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'batch-norm-backward', 11);
	const back = await answer(page, 'dL-dx1', '-0,10839', 'es');
	await expect(back).toHaveAttribute('data-verdict', 'incorrect');
	await expect(back).toHaveAttribute('data-diagnosis', 'forgot-shortcut');
	await answer(page, 'dL-dx1', '-0,38513', 'es');
	await expect(back).toHaveAttribute('data-verdict', 'correct');
});
