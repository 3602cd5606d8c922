import { expect, type Page } from '@playwright/test';

/** Waits until the client app has hydrated, so key presses reach its handlers. */
export async function appReady(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
}

/** A lesson step address: /{lang}/{slug}/{n}/ */
export function stepUrl(lang: string, n: number): RegExp {
	return new RegExp(`/${lang}/[^/]+/${n}/?$`);
}
