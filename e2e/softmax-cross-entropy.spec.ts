import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the softmax lesson from the index and writes the famous gradient ∂L/∂z₁ = ŷ₁ − y₁:
// first without the target (right number here, wrong formula, and named), then right.
test('softmax-cross-entropy: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Softmax and cross-entropy', 'From scores to probabilities');
	await openStep(page, 'en', 'softmax-cross-entropy', 15);
	const ex = await answer(page, 'dL-dz1-formula', 'yhat1');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'forgot-target');
	await answer(page, 'dL-dz1-formula', 'yhat1 - y1');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, with a decimal comma: the categorical cross-entropy of the true class, −ln ŷ₂.
test('softmax-cross-entropy: the loss, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'softmax-cross-entropy', 11);
	const ex = await answer(page, 'loss-cce', '1,41703', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
