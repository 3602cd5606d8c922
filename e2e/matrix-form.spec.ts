import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the matrix-form lesson from the index and answers the broadcasting exercise with the
// figure from the course notes: entry (2, 1) of [[1,2],[3,4]]·[[0,1],[2,3]] + [7 9] is 15. Adding the
// vector as a column (17) is named.
test('matrix-form: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Backpropagation in matrix form' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'One hidden layer, with matrices' })).toBeVisible();
	await page.goto('/en/matrix-form/17/');
	await appReady(page);
	const ex = page.locator('[data-exercise="R21"]');
	await ex.getByRole('textbox').fill('17');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'column-broadcast');
	await ex.getByRole('textbox').fill('15');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: one entry of δʰ = (W₂ᵀδ) ⊙ h ⊙ (1 − h), written as a formula.
test('matrix-form: one entry of δʰ as a formula, in Spanish', async ({ page }) => {
	await page.goto('/es/matrix-form/10/');
	await appReady(page);
	const ex = page.locator('[data-exercise="deltah1-formula"]');
	await ex.getByRole('textbox').fill('(W2_11*(yhat1-y1) + W2_21*(yhat2-y2) + W2_31*(yhat3-y3))*h1*(1-h1)');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
