import { expect, test } from '@playwright/test';
import { appReady } from './app';

test.use({ locale: 'en-US' });

// A student opens the XOR lesson from the index and computes the network's output at (1, 0) with the
// notes' weights: 0.9740, the figure the course notes print.
test('xor: open from the index and answer one exercise', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: 'XOR: why a hidden layer is needed' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'The XOR function' })).toBeVisible();
	await page.goto('/en/xor/7/');
	await appReady(page);
	const ex = page.locator('[data-exercise="yhat-10"]');
	await ex.getByRole('textbox').fill('0.9740');
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: counting the perceptron's hits instead of its misses is named; one miss is right.
test('xor: the perceptron misses one point, in Spanish, and a named mistake', async ({ page }) => {
	await page.goto('/es/xor/3/');
	await appReady(page);
	const ex = page.locator('[data-exercise="perceptron-misses"]');
	await ex.getByRole('textbox').fill('3');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'counted-hits');
	await ex.getByRole('textbox').fill('1');
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
