import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { firstLoadScripts, stepPages } from '../bench/first-load';
import { JS_BUDGET } from '../bench/first-load.bench';
import { appReady } from './app';

// Journey: a student on a slow connection opens a lesson step. Before the step is interactive the page
// loads at most 60 kB of gzipped JavaScript, whatever the step holds; what only an exercise, a plot, a
// training panel, the proof or the graph's controls need comes after, and only on steps that use it.

const BUILD = 'build';

test('no step page loads more than 60 kB of gzipped JavaScript before it is interactive', () => {
	// Arrange: the site the journeys run against, built by the web server before any test
	const pages = stepPages(BUILD);
	expect(pages.length).toBeGreaterThan(100);

	// Act
	const loads = pages.map((page) => ({ page, ...firstLoadScripts(page, BUILD) }));

	// Assert: the start-up script is counted (a parser that found nothing would pass), and none is over budget
	for (const load of loads) expect(load.files.some((f) => f.includes('/entry/start.')), load.page).toBe(true);
	const over = loads.filter((l) => l.gzip > JS_BUDGET).map((l) => `${l.page}: ${l.gzip} bytes`);
	expect(over).toEqual([]);
});

test("an exercise step fetches the exercise's code after the page, and the exercise then grades", async ({ page }) => {
	// Arrange: an exercise step of the built site, and what it loads up front
	const file = stepPages(BUILD).find((p) => p.includes('/en/') && /data-exercise="/.test(readFileSync(p, 'utf8')));
	if (!file) throw new Error('the course should have an exercise step');
	const path = file.slice(BUILD.length).replace(/index\.html$/, '');
	const upFront = new Set(firstLoadScripts(file, BUILD).files.map((f) => `/${f}`));
	const later: string[] = [];
	page.on('request', (r) => {
		const p = new URL(r.url()).pathname;
		if (p.endsWith('.js') && !upFront.has(p)) later.push(p);
	});

	// Act
	await page.goto(path);
	await appReady(page);
	const exercise = page.locator('[data-exercise]').first();
	await exercise.getByRole('textbox').fill('12345');
	await exercise.getByRole('button', { name: 'Check' }).click();

	// Assert: more code came once the page asked for it, and the answer was graded by it
	expect(later.length).toBeGreaterThan(0);
	await expect(exercise).toHaveAttribute('data-verdict', /.+/);
});
