import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the lesson on initialisation and normalisation from the index and computes the He
// deviation for the notes' second hidden layer, whose neurons each receive 128 inputs: √(2/128) = 0.125.
test('initialisation-normalisation: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Initialisation, learning rate and normalisation' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Before the first step' })).toBeVisible();
	await page.goto('/en/initialisation-normalisation/4/');
	await appReady(page);
	const ex = page.locator('[data-exercise="he-s2"]');
	await ex.getByRole('textbox').fill('0.125');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the column's standard deviation (dividing by n − 1 is named), then the standardised
// value as a formula.
test('initialisation-normalisation: σ and the standardised value, in Spanish', async ({ page }) => {
	await page.goto('/es/initialisation-normalisation/17/');
	await appReady(page);
	const sigma = page.locator('[data-exercise="sigma"]');
	await sigma.getByRole('textbox').fill('2,13809');
	await sigma.getByRole('button', { name: 'Comprobar' }).click();
	await expect(sigma).toHaveAttribute('data-verdict', 'incorrect');
	await expect(sigma).toHaveAttribute('data-diagnosis', 'sample-deviation');
	await sigma.getByRole('textbox').fill('2');
	await sigma.getByRole('button', { name: 'Comprobar' }).click();
	await expect(sigma).toHaveAttribute('data-verdict', 'correct');
	const formula = page.locator('[data-exercise="standardise"]');
	await formula.getByRole('textbox').fill('(X7 - mu)/sigma');
	await formula.getByRole('button', { name: 'Comprobar' }).click();
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
});
