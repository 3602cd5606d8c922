import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the softmax lesson from the index and writes the famous gradient ∂L/∂z₁ = ŷ₁ − y₁:
// first without the target (right number here, wrong formula, and named), then right.
test('softmax-cross-entropy: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Softmax and cross-entropy' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'From scores to probabilities' })).toBeVisible();
	await page.goto('/en/softmax-cross-entropy/15/');
	await appReady(page);
	const ex = page.locator('[data-exercise="dL-dz1-formula"]');
	await ex.getByRole('textbox').fill('yhat1');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'forgot-target');
	await ex.getByRole('textbox').fill('yhat1 - y1');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, with a decimal comma: the categorical cross-entropy of the true class, −ln ŷ₂.
test('softmax-cross-entropy: the loss, in Spanish', async ({ page }) => {
	await page.goto('/es/softmax-cross-entropy/11/');
	await appReady(page);
	const ex = page.locator('[data-exercise="loss-cce"]');
	await ex.getByRole('textbox').fill('1,41703');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
