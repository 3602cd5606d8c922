import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the why-non-linear lesson from the index and writes the first entry of
// W′ = W⁽²⁾W⁽¹⁾ as a formula, then the collapsed bias b′ = W⁽²⁾b⁽¹⁾ + b⁽²⁾ = 0.7·0.1 + 0.5·(−0.3) + 0.2 = 0.12.
test('why-nonlinear: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'Why non-linear? Two linear layers are just one' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Two layers without an activation' })).toBeVisible();
	await page.goto('/en/why-nonlinear/4/');
	await appReady(page);
	const formula = page.locator('[data-exercise="Wp1-formula"]');
	await formula.getByRole('textbox').fill('w2_1_1*w1_1_1 + w2_1_2*w1_2_1');
	await formula.getByRole('button', { name: 'Check' }).click();
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const ex = page.locator('[data-exercise="bp"]');
	await ex.getByRole('textbox').fill('0.12');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, taking b⁽²⁾ alone for the collapsed bias (the notes' "w₃x + b") is named.
test('why-nonlinear: the output bias alone is named, in Spanish', async ({ page }) => {
	await page.goto('/es/why-nonlinear/4/');
	await appReady(page);
	const ex = page.locator('[data-exercise="bp"]');
	await ex.getByRole('textbox').fill('0,2');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'bias-is-b2');
});
