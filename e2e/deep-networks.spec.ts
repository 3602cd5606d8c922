import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the deep-networks lesson from the index and writes a residual block's factor,
// ∂g₂/∂g₁ for g₂ = g₁ + σ(v₂g₁): the shortcut's +1 plus the residual path's v₂σ′.
test('deep-networks: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Deep networks: vanishing and exploding gradients', 'Deep networks: the vanishing gradient');
	await openStep(page, 'en', 'deep-networks', 12);
	const ex = await answer(page, 'res-factor', 'v2*sigmoid(v2*g1)*(1 - sigmoid(v2*g1))');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'forgot-skip');
	await answer(page, 'res-factor', '1 + v2*sigmoid(v2*g1)*(1 - sigmoid(v2*g1))');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ten layers with factor 6·σ′(0) = 1.5: adding the factors is named, multiplying them is right.
test('deep-networks: the exploding product, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'deep-networks', 9);
	const ex = await answer(page, 'explode', '15', 'es');
	await expect(ex).toHaveAttribute('data-diagnosis', 'added-factors');
	await answer(page, 'explode', '57,665', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
