import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the lesson on initialisation and normalisation from the index and computes the He
// deviation for the notes' second hidden layer, whose neurons each receive 128 inputs: √(2/128) = 0.125.
test('initialisation-normalisation: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Initialisation, learning rate and normalisation', 'Before the first step');
	await openStep(page, 'en', 'initialisation-normalisation', 4);
	const ex = await answer(page, 'he-s2', '0.125');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the column's standard deviation (dividing by n − 1 is named), then the standardised
// value as a formula.
test('initialisation-normalisation: σ and the standardised value, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'initialisation-normalisation', 17);
	const sigma = await answer(page, 'sigma', '2,13809', 'es');
	await expect(sigma).toHaveAttribute('data-verdict', 'incorrect');
	await expect(sigma).toHaveAttribute('data-diagnosis', 'sample-deviation');
	await answer(page, 'sigma', '2', 'es');
	await expect(sigma).toHaveAttribute('data-verdict', 'correct');
	const formula = await answer(page, 'standardise', '(X7 - mu)/sigma', 'es');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
});
