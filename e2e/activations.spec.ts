import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the activations lesson from the index and writes the sigmoid's derivative with its
// own output, σ′ = σ(1 − σ), then checks that its largest value is 0.25 (at z = 0).
test('activations: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Activation functions and their derivatives' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'After the weighted sum, the activation' })).toBeVisible();
	await page.goto('/en/activations/7/');
	await appReady(page);
	const formula = page.locator('[data-exercise="sigma-prime"]');
	await formula.getByRole('textbox').fill('s*(1-s)');
	await formula.getByRole('button', { name: 'Check' }).click();
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const max = page.locator('[data-exercise="sigma-prime-max"]');
	await max.getByRole('textbox').fill('0.25');
	await max.getByRole('button', { name: 'Check' }).click();
	await expect(max).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the PReLU's slope α has gradient 2(p − y)·z = −0,5; using α in place of z is named.
test('activations: the gradient of α, in Spanish, and a named mistake', async ({ page }) => {
	await page.goto('/es/activations/23/');
	await appReady(page);
	const ex = page.locator('[data-exercise="grad-alpha"]');
	await ex.getByRole('textbox').fill('0,125');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'slope-for-dp-dalpha');
	await ex.getByRole('textbox').fill('-0,5');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
