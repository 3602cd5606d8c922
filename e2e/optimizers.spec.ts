import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the optimizers lesson from the index and writes momentum's second velocity as a
// formula, v2 = β·v1 + g2, then the weight after that step.
test('optimizers: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Optimizers: from GD to Adam, step by step' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'One step, many recipes' })).toBeVisible();
	await page.goto('/en/optimizers/9/');
	await appReady(page);
	const formula = page.locator('[data-exercise="v2-formula"]');
	await formula.getByRole('textbox').fill('beta*v1 + g_2');
	await formula.getByRole('button', { name: 'Check' }).click();
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const weight = page.locator('[data-exercise="w-mom2"]');
	await weight.getByRole('textbox').fill('0.96');
	await weight.getByRole('button', { name: 'Check' }).click();
	await expect(weight).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: RMSProp with the root taken twice (as the notes' steps 4 and 5 read) is named; one root is right.
test('optimizers: RMSProp in Spanish, and the double root named', async ({ page }) => {
	await page.goto('/es/optimizers/12/');
	await appReady(page);
	const ex = page.locator('[data-exercise="w-rms"]');
	await ex.getByRole('textbox').fill('1,32217');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'double-root');
	await ex.getByRole('textbox').fill('1,34189');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
