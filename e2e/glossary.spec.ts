import { expect, test } from '@playwright/test';
import { appReady } from './app';

// A student lost among the symbols opens the glossary from the index, finds η typeset, follows it to a
// lesson, and reads the same page in Spanish.
test('glossary: from the index to a symbol and on to its lesson', async ({ page }) => {
	await page.goto('/en/');
	await appReady(page);
	await page.getByRole('link', { name: /Glossary/ }).click();
	await expect(page).toHaveURL(/\/en\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Conventions' })).toBeVisible();
	await expect(page.locator('.conventions')).toContainText('mini-batch');

	// every symbol is KaTeX, rendered when the site was built (MathML for screen readers included)
	const rows = page.locator('table.glossary tbody tr');
	expect(await rows.count()).toBeGreaterThan(30);
	expect(await page.locator('table.glossary th.symbol .katex math').count()).toBe(await rows.count());

	const eta = page.locator('tr[data-symbol="\\\\eta"]');
	await expect(eta).toContainText('The learning rate');
	await eta.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/en\/worked-example\/1\/$/);

	await page.goto('/es/glossary/');
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Glosario' })).toBeVisible();
	await expect(page.locator('.conventions')).toContainText('minilote');
	await expect(page.locator('tr[data-symbol="\\\\eta"]')).toContainText('La tasa de aprendizaje');
});

// A lesson whose names differ from the course's says so in a box at its start.
test('glossary: a lesson that departs from the conventions says so first', async ({ page }) => {
	await page.goto('/en/worked-example/1/');
	await appReady(page);
	const box = page.locator('.block.notation');
	await expect(box).toContainText('Notation in this lesson:');
	await expect(box).toContainText("This lesson follows the notes' worked example with its names");
});
