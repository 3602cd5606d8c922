import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the computational-graph lesson from the index and writes ∂f/∂x of f = (x + y)·z,
// first as a formula, then as a number: with x = −2, y = 5, z = −4 it is z = −4.
test('computational-graph: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Computational graphs and the chain rule' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'A function as a graph' })).toBeVisible();
	await page.goto('/en/computational-graph/6/');
	await appReady(page);
	const formula = page.locator('[data-exercise="df-dx-formula"]');
	await formula.getByRole('textbox').fill('z');
	await formula.getByRole('button', { name: 'Check' }).click();
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const ex = page.locator('[data-exercise="df-dx"]');
	await ex.getByRole('textbox').fill('-4');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, the multiply gate's swap is named when a student passes q down to x instead of z.
test('computational-graph: a swapped factor is named, in Spanish', async ({ page }) => {
	await page.goto('/es/computational-graph/6/');
	await appReady(page);
	const ex = page.locator('[data-exercise="df-dx"]');
	await ex.getByRole('textbox').fill('3');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'swapped-factor');
});
