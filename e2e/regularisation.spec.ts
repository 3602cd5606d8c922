import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the regularisation lesson from the index and smooths a label as in the course notes:
// K = 5 classes and ε = 0.01, so each zero of the one-hot label becomes ε/(K − 1) = 0.0025.
test('regularisation: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Regularisation: L1, L2, dropout and label smoothing' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Overfitting and regularisation' })).toBeVisible();
	await page.goto('/en/regularisation/16/');
	await appReady(page);
	const ex = page.locator('[data-exercise="smooth-other"]');
	await ex.getByRole('textbox').fill('0.0025');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ε/K (the convention that mixes with the uniform distribution) is named, then the notes' figure is right.
test('regularisation: the other smoothing convention is named, in Spanish', async ({ page }) => {
	await page.goto('/es/regularisation/16/');
	await appReady(page);
	const ex = page.locator('[data-exercise="smooth-other"]');
	await ex.getByRole('textbox').fill('0,002');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'uniform-convention');
	await ex.getByRole('textbox').fill('0,0025');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// Early stopping: before training the polynomial is 0, so E_val is the mean of the five validation labels squared;
// the training points' figure is named for what it is. The chart marks E_val's lowest point where training would stop.
test('regularisation: the validation error and where early stopping halts', async ({ page }) => {
	await page.goto('/en/regularisation/19/');
	await appReady(page);
	const ex = page.locator('[data-exercise="val-start"]');
	await ex.getByRole('textbox').fill('0.625');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'training-points');
	await ex.getByRole('textbox').fill('0.446');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await page.goto('/en/regularisation/20/');
	await appReady(page);
	await expect(page.locator('[data-lowest="E_val"]')).toHaveAttribute('data-iteration', '152');
	await expect(page.locator('[data-lowest="E_tr"]')).toHaveAttribute('data-iteration', '1000');
});
