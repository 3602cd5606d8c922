import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { HOSTILE_PROGRESS } from '../src/lib/state/hostile-progress';
import { answer, appReady, openStep } from './app';

// Journey: a student's saved progress meets a full storage, a large unreadable entry, hostile files to
// import and a reset, and each time is told what happened, loses nothing and can take it back.

const W6 = '0.08211';

/** Fills this origin's localStorage until it refuses, leaving `room` characters free. */
async function fillStorage(page: Page, room = 0): Promise<void> {
	await page.evaluate((room) => {
		if (room > 0) localStorage.setItem('reserve', 'r'.repeat(room));
		let chunk = 'x'.repeat(1 << 20);
		for (let n = 0; chunk.length > 0; ) {
			try {
				localStorage.setItem(`filler${n}`, chunk);
				n++;
			} catch {
				chunk = chunk.slice(0, chunk.length >> 1);
			}
		}
		localStorage.removeItem('reserve');
	}, room);
}

/** Errors the page did not catch; every test ends with none. */
function uncaught(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

async function download(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return readFile(await file.path(), 'utf8');
}

async function startAt(page: Page): Promise<void> {
	await page.goto('/en/');
	await appReady(page);
}

async function importFile(page: Page, text: string): Promise<void> {
	await page.getByLabel('Import progress (JSON)').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a full storage: the answer is graded, the student is told it was not saved, and exports it from memory', async ({ page }) => {
	const errors = uncaught(page);
	await startAt(page);
	await fillStorage(page);
	await openStep(page, 'en', 'worked-example', 12);
	const ex = await answer(page, 'w6_grad', W6);
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
	await expect(alert).toBeVisible();
	await expect(alert).toBeInViewport();
	const exported = JSON.parse(await download(page, 'Export now'));
	expect(exported.lessons['worked-example'].exercises.w6_grad.verdict).toBe('correct');
	expect(errors).toEqual([]);
});

test('a large unreadable entry is set aside in a nearly full storage, and the next answer is saved', async ({ page }) => {
	const errors = uncaught(page);
	await startAt(page);
	const corrupt = '{' + 'y'.repeat(2_000_000);
	await page.evaluate((corrupt) => localStorage.setItem('cadena.progress', corrupt), corrupt);
	await fillStorage(page, 2000);
	await openStep(page, 'en', 'worked-example', 12);
	await expect(page.locator('.progress-panel')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByText(/could not be read, so it was set aside/)).toBeVisible();
	const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('cadena.progress.set-aside')).map(([, v]) => v));
	expect(kept).toEqual([corrupt]);
	await expect(await answer(page, 'w6_grad', W6)).toHaveAttribute('data-verdict', 'correct');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await appReady(page);
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'correct');
	expect(errors).toEqual([]);
});

test('with no room at all to keep an unreadable entry, it is offered for download and the student is told', async ({ page }) => {
	const errors = uncaught(page);
	await startAt(page);
	const corrupt = '{' + 'y'.repeat(2_000_000);
	await page.evaluate((corrupt) => localStorage.setItem('cadena.progress', corrupt), corrupt);
	await fillStorage(page);
	await openStep(page, 'en', 'worked-example', 12);
	await expect(page.locator('.progress-panel')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByRole('alert').filter({ hasText: 'had no room to keep a copy' })).toBeVisible();
	await expect(page.getByText(/so it was set aside/)).toHaveCount(0);
	expect(await download(page, 'Download the unreadable copy')).toBe(corrupt);
	expect(errors).toEqual([]);
});

test('a stored diagnosis code that names a property of every object is set aside, never shown', async ({ page }) => {
	const errors = uncaught(page);
	await startAt(page);
	const c = HOSTILE_PROGRESS.find((h) => h.name === 'the diagnosis "constructor"');
	await page.evaluate((text) => localStorage.setItem('cadena.progress', text ?? ''), c?.text);
	await openStep(page, 'en', 'worked-example', 12);
	await expect(page.getByText(/Part of your saved progress could not be read/)).toBeVisible();
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'correct');
	await expect(page.getByText(/native code/)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('hostile files are refused, saying what is wrong and where, and change nothing', async ({ page }) => {
	const errors = uncaught(page);
	await openStep(page, 'en', 'worked-example', 12);
	await answer(page, 'w6_grad', '-0.08211');
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'incorrect');
	const before = await page.evaluate(() => localStorage.getItem('cadena.progress'));
	const cases: [string, RegExp][] = [
		['a carried value of 1e999 (Infinity once parsed)', /\/lessons\/worked-example\/exercises\/bad_one\/value should be a finite number/],
		['a version from the future', /format version is “7”/],
		['a foreign file (package.json)', /not a Cadena progress file/],
		['the diagnosis "constructor"', /bad_one\/diagnosis should be a known mistake code/],
		['a file of 8.6 MB', /it is 8\.6 MB/]
	];
	for (const [name, says] of cases) {
		const c = HOSTILE_PROGRESS.find((h) => h.name === name);
		await importFile(page, c?.text ?? '');
		const refusal = page.getByRole('alert').filter({ hasText: 'was not imported, and nothing was changed' });
		await expect(refusal).toContainText(says);
		await expect(refusal).toBeFocused();
		expect(await page.evaluate(() => localStorage.getItem('cadena.progress'))).toBe(before);
	}
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'incorrect');
	expect(errors).toEqual([]);
});

test('an import shows what the file holds, asks, keeps its notice after the reload, and can be undone once', async ({ page }) => {
	const errors = uncaught(page);
	await openStep(page, 'en', 'worked-example', 12);
	await answer(page, 'w6_grad', '-0.08211');
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'incorrect');
	const file = HOSTILE_PROGRESS.find((h) => h.name === 'an export as Cadena writes it');
	await importFile(page, file?.text ?? '');
	await expect(page.getByText('This file holds 1 lesson, 1 checked answer and a score of 1 in all.')).toBeVisible();
	// Cancel changes nothing
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText(/This file holds/)).toHaveCount(0);
	await importFile(page, file?.text ?? '');
	await page.getByRole('button', { name: 'Replace my progress' }).click();
	await expect(page.getByText('Progress imported.')).toBeVisible();
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'correct');

	await page.getByRole('button', { name: 'Undo the import' }).click();
	await expect(page.getByText(/Undone: your progress is back/)).toBeVisible();
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'incorrect');
	await expect(page.getByRole('button', { name: /Undo/ })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('resetting a lesson asks first, and can be undone once', async ({ page }) => {
	const errors = uncaught(page);
	await openStep(page, 'en', 'worked-example', 12);
	const ex = await answer(page, 'w6_grad', W6);
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	await page.getByRole('button', { name: 'Reset this lesson' }).click();
	await expect(page.getByText(/Reset this lesson\? Its answers/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	await page.getByRole('button', { name: 'Reset this lesson' }).click();
	await page.getByRole('button', { name: 'Yes, reset it' }).click();
	await expect(page.getByText('This lesson was reset.')).toBeVisible();
	await expect(ex.getByRole('textbox')).toHaveValue('');
	await expect(ex).not.toHaveAttribute('data-verdict');

	await page.getByRole('button', { name: 'Undo the reset' }).click();
	await expect(page.getByText(/Undone: your progress is back/)).toBeVisible();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await expect(ex.getByRole('textbox')).toHaveValue(W6);
	expect(errors).toEqual([]);
});
