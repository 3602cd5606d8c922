import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the deep-networks lesson from the index and writes a residual block's factor,
// ∂g₂/∂g₁ for g₂ = g₁ + σ(v₂g₁): the shortcut's +1 plus the residual path's v₂σ′.
test('deep-networks: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Deep networks: vanishing and exploding gradients' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Deep networks: the vanishing gradient' })).toBeVisible();
	await page.goto('/en/deep-networks/12/');
	await appReady(page);
	const ex = page.locator('[data-exercise="res-factor"]');
	await ex.getByRole('textbox').fill('v2*sigmoid(v2*g1)*(1 - sigmoid(v2*g1))');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'forgot-skip');
	await ex.getByRole('textbox').fill('1 + v2*sigmoid(v2*g1)*(1 - sigmoid(v2*g1))');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, ten layers with factor 6·σ′(0) = 1.5: adding the factors is named, multiplying them is right.
test('deep-networks: the exploding product, in Spanish', async ({ page }) => {
	await page.goto('/es/deep-networks/9/');
	await appReady(page);
	const ex = page.locator('[data-exercise="explode"]');
	await ex.getByRole('textbox').fill('15');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-diagnosis', 'added-factors');
	await ex.getByRole('textbox').fill('57,665');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
