import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { appReady } from './app';

// Journey: two students open a lesson with variants and get different numbers; each keeps theirs
// across a reload and is graded against them; a teacher previews any seed from the address.

test.use({ locale: 'en-US' });

const source = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8');

/** The engine's figure for a quantity in the variant drawn from `seed`. */
function figure(seed: number, key: string): number {
	const loaded = loadLesson(source, { seed });
	if (!loaded.ok) throw new Error('the lesson should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	return q.value;
}

async function seedShown(page: import('@playwright/test').Page): Promise<number> {
	const note = page.locator('[data-variant]');
	await expect(note).toContainText('your own numbers');
	return Number(await note.getAttribute('data-variant'));
}

test('each student gets their own numbers, kept across a reload and graded', async ({ page, browser }) => {
	await page.goto('/en/one-neuron/5/');
	await appReady(page);
	const seed = await seedShown(page);
	await page.reload();
	expect(await seedShown(page)).toBe(seed);

	const ex = page.locator('[data-exercise="dL-db"]');
	await ex.getByRole('textbox').fill(figure(seed, 'grad:b').toPrecision(6));
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	const other = await browser.newPage({ locale: 'en-US' });
	await other.goto('/en/one-neuron/5/');
	const otherSeed = await seedShown(other);
	expect(otherSeed).not.toBe(seed);
	await other.close();
});

test('a teacher previews a given seed from the address', async ({ page }) => {
	await page.goto('/en/one-neuron/9/?variant=42');
	await appReady(page);
	await expect(page.locator('[data-variant="42"]')).toContainText('Showing variant 42');
	const ex = page.locator('[data-exercise="w-new"]');
	await ex.getByRole('textbox').fill(figure(42, 'updated:w').toPrecision(6));
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
