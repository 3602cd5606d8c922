import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the lesson on the cost of backpropagation from the index and counts the paths from
// the loss down to a first-layer weight of the 2-3-3-3-3-1 network: 3 · 3 · 3 = 27.
test('why-backprop-is-cheap: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Why backpropagation is cheap' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'A deeper network' })).toBeVisible();
	await page.goto('/en/why-backprop-is-cheap/4/');
	await appReady(page);
	const ex = page.locator('[data-exercise="paths-w1"]');
	await ex.getByRole('textbox').fill('27');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: δ of a hidden neuron from the next layer's three δs; using only one of them is named.
test('why-backprop-is-cheap: a hidden δ, in Spanish, and a named mistake', async ({ page }) => {
	await page.goto('/es/why-backprop-is-cheap/7/');
	await appReady(page);
	const ex = page.locator('[data-exercise="delta-z3"]');
	await ex.getByRole('textbox').fill('0,02804');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'one-neuron-only');
	await ex.getByRole('textbox').fill('0,05561');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
