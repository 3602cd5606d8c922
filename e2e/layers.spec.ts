import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the layers lesson from the index and answers δ of the second output neuron,
// δ₂⁽²⁾ = 2(ŷ₂ − y₂)·ŷ₂(1 − ŷ₂) = 0.22978 in the lesson's 2-3-2 network.
test('layers: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Layers of several neurons: the error δ travels backwards', 'Several neurons per layer');
	await openStep(page, 'en', 'layers', 5);
	const ex = await answer(page, 'delta-out2', '0.22978');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ∂L/∂a₁⁽¹⁾ built with the first row of W⁽²⁾ instead of its first column is named.
test('layers: a row of W used for a column is named, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'layers', 9);
	const ex = await answer(page, 'dL-da11', '-0,16916', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'row-not-column');
});
