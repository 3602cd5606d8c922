import { expect, test, type Page } from '@playwright/test';
import { appReady, stepUrl } from './app';

// Journey: a student opens the worked example from the index, steps with the keyboard to the
// w5 step and the w1 step and reads the engine's figures, reloads on a deep link, switches to Spanish.

test.use({ locale: 'en-US' });

/** Whether a display formula on the page has TeX (its MathML's annotation) containing every one of `parts`. */
function formula(page: Page, ...parts: string[]): () => Promise<boolean> {
	return () =>
		page
			.locator('figure.math')
			.evaluateAll(
				(els, wanted) => els.some((e) => wanted.every((p) => (e.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '').includes(p))),
				parts
			);
}

async function stepTo(page: Page, title: RegExp, max = 30): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await page.getByRole('heading', { level: 1, name: title }).isVisible()) return;
		const before = page.url();
		await page.keyboard.press('ArrowRight');
		await expect(page).not.toHaveURL(before);
	}
	throw new Error(`never reached ${title}`);
}

test('w5 and w1 step by step, a deep link that survives reload, then Spanish', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('link', { name: /Worked example/ }).first().click();
	await expect(page).toHaveURL(stepUrl('en', 1));
	await appReady(page);

	await stepTo(page, /∂E_total\/∂w5/);
	// the three factors, their product and the update, all from the engine
	await expect.poll(formula(page, '\\hat{y}_{1} - t_{1}', '0.68493')).toBe(true);
	await expect.poll(formula(page, '\\left(1 - \\hat{y}_{1}\\right)', '0.19481')).toBe(true);
	await expect.poll(formula(page, '0.68493 \\cdot 0.19481 \\cdot 0.60109', '&= 0.08020')).toBe(true);
	await expect.poll(formula(page, 'w_{5}^{+}', '= 0.45188')).toBe(true);
	// KaTeX's MathML is there for screen readers
	await expect(page.locator('figure.math math').first()).toBeAttached();

	await stepTo(page, /∂E_total\/∂w1/);
	// each path named by the output it passes through
	await expect(page.getByRole('heading', { name: 'Path through y\u0302₁' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Path through y\u0302₂' })).toBeVisible();
	await expect.poll(formula(page, '0.19481 \\cdot 0.5', '0.23978 \\cdot 0.1', '&= 0.00160')).toBe(true);
	await expect.poll(formula(page, '0.17185 \\cdot 0.7', '0.23978 \\cdot 0.1', '&= -0.00049')).toBe(true);
	await expect.poll(formula(page, '0.00160 + \\left(-0.00049\\right)', '&= 0.00111')).toBe(true);
	await expect.poll(formula(page, 'w_{1}^{+}', '= 0.09934')).toBe(true);

	const deepLink = page.url();
	await page.reload();
	await expect(page).toHaveURL(deepLink);
	await expect(page.getByRole('heading', { level: 1, name: /∂E_total\/∂w1/ })).toBeVisible();

	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page).toHaveURL(deepLink.replace('/en/', '/es/'));
	await expect(page.getByRole('heading', { name: 'Camino a través de y\u0302₁' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the forward pass shows each node as formula, numbers and result', async ({ page }) => {
	await page.goto('/en/worked-example/2/');
	await expect.poll(formula(page, 'x_{1} \\cdot w_{1} + x_{2} \\cdot w_{3} + B_{1}', '0.1 \\cdot 0.1 + 0.5 \\cdot 0.3 + 0.25', '0.41')).toBe(true);
	await expect.poll(formula(page, '\\frac{1}{1 + e^{-0.41}}', '0.60109')).toBe(true);
	// the slides' truncated figure is named as such beside the rounded one
	await expect(page.getByRole('complementary').filter({ hasText: '0.60108' })).toContainText('0.60109');
});
