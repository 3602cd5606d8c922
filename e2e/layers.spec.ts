import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the layers lesson from the index and answers δ of the second output neuron,
// δ₂⁽²⁾ = 2(ŷ₂ − y₂)·ŷ₂(1 − ŷ₂) = 0.22978 in the lesson's 2-3-2 network.
test('layers: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Layers of several neurons: the error δ travels backwards' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Several neurons per layer' })).toBeVisible();
	await page.goto('/en/layers/5/');
	await appReady(page);
	const ex = page.locator('[data-exercise="delta-out2"]');
	await ex.getByRole('textbox').fill('0.22978');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ∂L/∂a₁⁽¹⁾ built with the first row of W⁽²⁾ instead of its first column is named.
test('layers: a row of W used for a column is named, in Spanish', async ({ page }) => {
	await page.goto('/es/layers/9/');
	await appReady(page);
	const ex = page.locator('[data-exercise="dL-da11"]');
	await ex.getByRole('textbox').fill('-0,16916');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'row-not-column');
});
