import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { appReady } from './app';

// Journey through the lesson that docs/authoring.md builds: a student opens it from the index, steps
// with the keyboard, answers every exercise with their own variant's numbers (and the formula for σ′),
// names the neuron's error δ = ∂L/∂z, and ends with the full score. A first visit shows the authored numbers.

test.use({ locale: 'en-US' });

const source = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8');

/** The engine's figure for a quantity with the numbers shown: the variant `seed`, or 0 for the authored numbers. */
function figure(seed: number, key: string): string {
	const loaded = loadLesson(source, seed === 0 ? {} : { seed });
	if (!loaded.ok) throw new Error('the guide’s lesson should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	return q.value.toPrecision(6);
}

async function answer(page: Page, id: string, text: string): Promise<void> {
	const ex = page.locator(`[data-exercise="${id}"]`);
	await ex.getByRole('textbox').fill(text);
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
}

async function next(page: Page): Promise<void> {
	const before = page.url();
	await page.locator('body').press('ArrowRight');
	await expect(page).not.toHaveURL(before);
	await appReady(page);
}

test('the guide’s one-neuron lesson, from the index to a full score', async ({ page }) => {
	await page.goto('/en/');
	// the summary's formulas are typeset, not shown as raw TeX
	const card = page.getByRole('listitem').filter({ hasText: 'One neuron: sigmoid and squared loss' });
	await expect(card.locator('.katex').first()).toBeVisible();
	await expect(card).not.toContainText('$');
	await page.getByRole('link', { name: 'One neuron: sigmoid and squared loss' }).click();
	await appReady(page);
	await expect(page.getByRole('heading', { level: 1, name: 'One output neuron' })).toBeVisible();

	await next(page);
	await next(page);
	await next(page);
	// step 4: the local factors, a number and a formula
	const note = page.locator('[data-variant]');
	await expect(note).toBeVisible();
	const seed = Number(await note.getAttribute('data-variant'));
	expect(seed).toBe(0);
	await answer(page, 'dL-da', figure(seed, 'local:L/a'));
	await answer(page, 'da-dz', 'a*(1-a)');

	await next(page);
	await answer(page, 'dL-db', figure(seed, 'grad:b'));
	await next(page);
	await next(page);
	await answer(page, 'dL-dw', figure(seed, 'grad:w'));
	await next(page);
	await next(page);
	await answer(page, 'w-new', figure(seed, 'updated:w'));
	await next(page);
	await next(page);
	// step 11: the neuron's error δ = ∂L/∂z
	await answer(page, 'delta-z', figure(seed, 'delta:z'));
	await expect(page.getByText(/Score: 6 of 6/)).toBeVisible();
});
