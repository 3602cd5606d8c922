import { expect, test } from '@playwright/test';
import { appReady } from './app';

// Journey: a student opens Cadena, lands in their language, switches it, and is remembered next time.

test.describe('a Spanish-speaking browser', () => {
	test.use({ locale: 'es-ES' });

	test('is sent to the Spanish index', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/es\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1, name: 'Cadena' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Lecciones' })).toBeVisible();
	});
});

test.describe('an English-speaking browser', () => {
	test.use({ locale: 'en-US' });

	test('is sent to the English index', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
	});

	test('switches to Spanish, and the choice is remembered', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await appReady(page);

		const switcher = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
		await expect(switcher).toHaveAttribute('hreflang', 'es');
		await switcher.click();
		await expect(page).toHaveURL(/\/es\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { name: 'Lecciones' })).toBeVisible();

		// The browser still says English, but the student chose Spanish.
		await page.goto('/');
		await expect(page).toHaveURL(/\/es\/$/);
	});

	test('switching on a step keeps the same step', async ({ page }) => {
		await page.goto('/en/');
		await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().click();
		await expect(page).toHaveURL(/\/en\/[^/]+\/1\/$/);
		await appReady(page);
		const path = new URL(page.url()).pathname;

		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
		await expect(page).toHaveURL(new RegExp(`${path.replace(/^\/en\//, '/es/')}$`));
		await expect(page.getByText(/^Paso 1 de \d+$/)).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, locale: 'es-ES' });

	test('the start page offers both languages as links', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Español' })).toHaveAttribute('href', /\/es\/$/);
		await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});
