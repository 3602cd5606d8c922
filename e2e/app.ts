import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the client app has hydrated, so key presses reach its handlers. */
export async function appReady(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
}

/** A lesson step address: /{lang}/{slug}/{n}/ */
export function stepUrl(lang: string, n: number): RegExp {
	return new RegExp(`/${lang}/[^/]+/${n}/?$`);
}

/** A student opens a lesson from the index by its title, and lands on its first step. */
export async function openFromIndex(page: Page, lang: 'es' | 'en', title: string, firstStep: string): Promise<void> {
	await page.goto(`/${lang}/`);
	await page.getByRole('link', { name: title }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: firstStep })).toBeVisible();
}

/** Opens step n of a lesson, ready for keys and answers. */
export async function openStep(page: Page, lang: 'es' | 'en', slug: string, n: number): Promise<void> {
	await page.goto(`/${lang}/${slug}/${n}/`);
	await appReady(page);
}

/** Types an answer into exercise `id` and presses its Check button (Comprobar in Spanish); returns the exercise. */
export async function answer(page: Page, id: string, text: string, lang: 'es' | 'en' = 'en'): Promise<Locator> {
	const exercise = page.locator(`[data-exercise="${id}"]`);
	await exercise.getByRole('textbox').fill(text);
	await exercise.getByRole('button', { name: lang === 'es' ? 'Comprobar' : 'Check' }).click();
	return exercise;
}
