import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the lesson on the cost of backpropagation from the index and counts the paths from
// the loss down to a first-layer weight of the 2-3-3-3-3-1 network: 3 · 3 · 3 = 27.
test('why-backprop-is-cheap: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Why backpropagation is cheap', 'A deeper network');
	await openStep(page, 'en', 'why-backprop-is-cheap', 4);
	const ex = await answer(page, 'paths-w1', '27');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: δ of a hidden neuron from the next layer's three δs; using only one of them is named.
test('why-backprop-is-cheap: a hidden δ, in Spanish, and a named mistake', async ({ page }) => {
	await openStep(page, 'es', 'why-backprop-is-cheap', 7);
	const ex = await answer(page, 'delta-z3', '0,02804', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'one-neuron-only');
	await answer(page, 'delta-z3', '0,05561', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
