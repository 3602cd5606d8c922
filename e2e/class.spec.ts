import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { studentSeed } from '../src/lib/lesson/student';
import { answer, appReady } from './app';

// Journey: a class without a server. A student opens the worksheet page, types their name once and
// gets their own numbers (those the teacher's `lessons worksheet` draws for that name), with blanks to
// write in; printed, the page shows the sheet alone.

const source = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8');

/** The engine's figure for a quantity with the numbers of a student's name. */
function figure(student: string, key: string): number {
	const seed = studentSeed('one-neuron', student) ?? undefined;
	const loaded = loadLesson(source, seed === undefined ? {} : { seed });
	if (!loaded.ok) throw new Error('the lesson should load');
	const q = quantityValue(loaded.loaded.trace, key);
	if (!q.ok) throw new Error(q.message);
	return q.value;
}

/** The loss with the lesson's own numbers, as the sheet shows it. */
function authoredLoss(): string {
	const loaded = loadLesson(source);
	if (!loaded.ok) throw new Error('the lesson should load');
	return loaded.loaded.trace.loss.toFixed(5);
}

test('a student types their name and gets their own worksheet, the same on every visit', async ({ page }) => {
	await page.goto('/en/one-neuron/1/');
	await appReady(page);
	await page.getByText('All steps').click();
	await page.getByRole('link', { name: 'Worksheet to print' }).click();
	await expect(page).toHaveURL(/\/en\/one-neuron\/print\/$/);
	const sheet = page.locator('article.worksheet');
	await expect(sheet).toContainText('The lesson’s own numbers');
	await expect(sheet).toContainText(authoredLoss());

	await page.getByLabel('Your name').fill('Ana Pérez');
	await page.getByRole('button', { name: 'Show my numbers' }).click();
	await expect(page).toHaveURL(/\?student=Ana\+P%C3%A9rez$/);
	await expect(sheet).toHaveAttribute('data-seed', String(studentSeed('one-neuron', 'Ana Pérez')));
	await expect(sheet).toContainText('Student: Ana Pérez');
	// the figures are the engine's for this name: the weight and the loss as the sheet shows them
	await expect(sheet).toContainText(String(figure('Ana Pérez', 'value:w')));
	await expect(sheet).toContainText(figure('Ana Pérez', 'loss').toFixed(5));
	// blanks to write in, and no answers on the student's paper
	expect(await sheet.locator('.ws-exercise').count()).toBeGreaterThanOrEqual(3);
	expect(await sheet.locator('.ws-blank').count()).toBe(await sheet.locator('.ws-exercise').count());
	expect(await sheet.locator('[data-expected]').count()).toBe(0);

	// the same link gives the same numbers, on another visit
	await page.reload();
	await expect(sheet).toHaveAttribute('data-seed', String(studentSeed('one-neuron', 'ana  pérez')));

	// with the name taken out, the lesson's own numbers come back
	await appReady(page);
	await page.getByLabel('Your name').fill('');
	await page.getByRole('button', { name: 'Show my numbers' }).click();
	await expect(sheet).toHaveAttribute('data-seed', '');
	await expect(sheet).toContainText('The lesson’s own numbers');
	await expect(sheet).toContainText(authoredLoss());
});

test('a name that cannot be used is said so, and the lesson’s own numbers stay', async ({ page }) => {
	await page.goto(`/es/one-neuron/print/?student=${'x'.repeat(81)}`);
	await appReady(page);
	await expect(page.getByRole('alert')).toContainText('Ese nombre no sirve');
	await expect(page.locator('article.worksheet')).toContainText('Los números de la lección');
});

test('printed, the page is the worksheet alone, a step per sheet', async ({ page }) => {
	await page.goto('/en/worked-example/print/');
	await appReady(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	const breaks = await page.locator('.ws-step').evaluateAll((steps) => steps.map((s) => getComputedStyle(s).breakBefore));
	expect(breaks[0]).toBe('avoid');
	expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
});

test('a named student answers on their own numbers; the teacher re-grades the export, whatever it claims', async ({ page }) => {
	const seed = studentSeed('one-neuron', 'Ana Pérez');
	// the teacher's link for Ana
	await page.goto('/en/one-neuron/5/?student=Ana%20P%C3%A9rez');
	await appReady(page);
	await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', String(seed));
	await expect(page.locator('[data-variant]')).toContainText('Ana Pérez’s own numbers');
	const right = figure('Ana Pérez', 'grad:b').toFixed(5);
	await expect(await answer(page, 'dL-db', right)).toHaveAttribute('data-verdict', 'correct');

	// the next lesson page keeps Ana's numbers without the name in the address
	await page.goto('/en/one-neuron/7/');
	await appReady(page);
	await expect(page.locator('[data-variant]')).toHaveAttribute('data-variant', String(seed));
	const wrong = (2 * figure('Ana Pérez', 'grad:w')).toFixed(5);
	await expect(await answer(page, 'dL-dw', wrong)).toHaveAttribute('data-verdict', 'incorrect');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
	const dir = mkdtempSync(join(tmpdir(), 'cadena-class-'));
	const file = join(dir, 'cadena-progress.json');
	await (await downloading).saveAs(file);
	const saved = JSON.parse(readFileSync(file, 'utf8'));
	expect(saved.student).toBe('Ana Pérez');
	// the student edits the wrong answer to "correct", full marks
	const record = saved.lessons['one-neuron'].exercises['dL-dw'];
	writeFileSync(file, JSON.stringify({ ...saved, lessons: { 'one-neuron': { ...saved.lessons['one-neuron'], exercises: { ...saved.lessons['one-neuron'].exercises, 'dL-dw': { ...record, verdict: 'correct', best: 1 } } } } }));

	const graded = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/lessons.ts', 'grade', file], { encoding: 'utf8' });
	expect(graded.status).toBe(0);
	const rows = graded.stdout.trim().split('\n');
	expect(rows).toContain(`Ana Pérez,one-neuron,${seed},dL-db,${right},correct,1,1`);
	expect(rows).toContain(`Ana Pérez,one-neuron,${seed},dL-dw,${wrong},incorrect,1,0`);
});
