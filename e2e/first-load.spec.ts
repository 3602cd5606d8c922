import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { firstLoadScripts, pageAndData, stepPages } from '../bench/first-load';
import { JS_BUDGET, PAGE_BUDGET } from '../bench/first-load.bench';
import { median } from '../bench/lib';
import { appReady } from './app';

// Journey: a student on a slow connection opens a lesson step. Before the step is interactive the page
// loads at most 60 kB of gzipped JavaScript, whatever the step holds; what only an exercise, a plot, a
// training panel, the proof or the graph's controls need comes after, and only on steps that use it.
// The page itself with its data weighs at most 12 kB gzipped at the median, its rendered text sent once.

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

/** Every string in a JSON document (SvelteKit's __data.json keeps the page data's strings as JSON strings). */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	return typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsIn) : [];
}

test('a step page and its data weigh at most 12 kB gzipped at the median, the step’s text sent once', () => {
	// Arrange
	const pages = stepPages(BUILD);
	expect(pages.length).toBeGreaterThan(100);

	// Act
	const sizes = pages.map((page) => pageAndData(page));

	// Assert: the budget, and each step's rendered text in its page, never again in its data
	expect(median(sizes.map((s) => s.html + s.data))).toBeLessThanOrEqual(PAGE_BUDGET);
	let texts = 0;
	const missing: string[] = [];
	const twice: string[] = [];
	for (const page of pages) {
		const markup = stringsIn(JSON.parse(readFileSync(join(dirname(page), 'markup.json'), 'utf8')));
		const data = new Set(stringsIn(JSON.parse(readFileSync(join(dirname(page), '__data.json'), 'utf8'))));
		const html = readFileSync(page, 'utf8');
		texts += markup.length;
		if (markup.some((text) => !html.includes(text))) missing.push(page);
		// a short text may also be something else the data needs: a step titled ∂L/∂b beside the graph's name for that gradient
		if (markup.some((text) => text.length >= 8 && data.has(text))) twice.push(page);
	}
	expect(texts).toBeGreaterThan(pages.length);
	expect(missing, 'text absent from its page').toEqual([]);
	expect(twice, 'text in its data as well').toEqual([]);
});

test('a print page carries its worksheet once: in the page, not in its data', () => {
	// Arrange: every lesson's print page, in both languages
	const pages = stepPages(BUILD)
		.filter((p) => p.endsWith('/1/index.html'))
		.map((p) => join(dirname(dirname(p)), 'print', 'index.html'));
	expect(pages.length).toBeGreaterThan(10);

	for (const page of pages) {
		// Act
		const html = readFileSync(page, 'utf8');
		const data = stringsIn(JSON.parse(readFileSync(join(dirname(page), '__data.json'), 'utf8')));

		// Assert: the sheet, its exercises' blanks included, is in the page; the data holds only short fields
		expect(html, page).toMatch(/<article class="worksheet[^"]*"[^>]*>[\s\S]*class="ws-blank/);
		const long = data.filter((text) => text.length > 200);
		expect(long, `${page}: long text in its data`).toEqual([]);
	}
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

test("a live exercise keeps its prompt, which its page's data left out, formulas and their MathML included", async ({ page }) => {
	// Arrange: the exercise steps whose prompts have a formula, and each prompt as prerendered
	const files = stepPages(BUILD).filter((p) => /data-exercise="[\s\S]*?class="prompt"><p>[^<]*<span class="katex">/.test(readFileSync(p, 'utf8')));
	expect(files.length).toBeGreaterThan(10);
	for (const file of [files[0], files[files.length - 1]]) {
		if (!file) continue;
		const path = file.slice(BUILD.length).replace(/index\.html$/, '');

		// Act: the page runs, and the exercise's code replaces the prerendered one
		await page.goto(path);
		await appReady(page);

		// Assert: the live exercise (no longer the inert prerendered one) shows the prompt the page was built with
		await expect(page.locator('[data-island="exercise"]').first()).not.toHaveAttribute('inert');
		const exercise = page.locator('[data-exercise]').first();
		await expect(exercise.getByRole('textbox')).toBeEnabled();
		const prompt = exercise.locator('.prompt');
		await expect(prompt.locator('.katex').first()).toBeVisible();
		expect(await prompt.locator('math').count(), path).toBeGreaterThan(0);
		const built = /class="prompt">([\s\S]*?)<\/div>\s*<form/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
		const formulas = built.split('<span class="katex">').length - 1;
		const opening = (built.split('<span class="katex">')[0] ?? '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
		expect(formulas, path).toBeGreaterThan(0);
		await expect(prompt.locator('.katex')).toHaveCount(formulas);
		expect((await prompt.innerText()).trim(), path).toMatch(new RegExp(`^${opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	}
});

test("a live graph keeps the typeset labels its page's data left out", async ({ page }) => {
	// Arrange: steps with a graph, a small one and the course's largest (its groups folded)
	const withGraph = stepPages(BUILD)
		.filter((p) => p.includes('/en/'))
		.map((file) => ({ file, html: readFileSync(file, 'utf8') }))
		.filter(({ html }) => html.includes('data-island="graph"'));
	expect(withGraph.length).toBeGreaterThan(10);
	const bySize = [...withGraph].sort((a, b) => a.html.length - b.html.length);
	for (const { file, html } of [bySize[0], bySize[bySize.length - 1]].filter((x) => x !== undefined)) {
		const path = file.slice(BUILD.length).replace(/index\.html$/, '');
		const built = html.match(/class="node-label[^"]*"><span class="katex">/g)?.length ?? 0;
		expect(built, path).toBeGreaterThan(0);
		// each label's text as built (KaTeX's HTML only: the drawing is one image to a screen reader, its table beside it)
		const builtText = [...html.matchAll(/class="node-label[^"]*">([\s\S]*?)<\/div><\/foreignObject>/g)].map((m) =>
			(m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim()
		);

		// Act: the page runs, and the graph's code replaces the prerendered drawing
		await page.goto(path);
		await appReady(page);

		// Assert: the live drawing (no longer the inert prerendered one) has the same typeset labels
		await expect(page.locator('[data-island="graph"]')).not.toHaveAttribute('inert');
		const labels = page.locator('[data-island="graph"] .graph-panel [data-node] .node-label');
		await expect(labels.locator('> .katex')).toHaveCount(built);
		const liveText = await labels.evaluateAll((all) => all.map((e) => (e.textContent ?? '').trim()));
		expect(liveText.sort(), path).toEqual(builtText.sort());
	}
});

test("a hydrated step keeps the titles its page's data left out", async ({ page }) => {
	// Arrange: a lesson's last step, which also names the next lesson, as built
	const file = stepPages(BUILD)
		.filter((p) => p.includes('/en/one-neuron/'))
		.sort((a, b) => Number(/\/(\d+)\/index\.html$/.exec(b)?.[1]) - Number(/\/(\d+)\/index\.html$/.exec(a)?.[1]))[0];
	if (!file) throw new Error('the course should have the one-neuron lesson');
	const html = readFileSync(file, 'utf8');
	const builtTitle = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	const builtSteps = [...html.matchAll(/class="step-list-title[^"]*">([^<]*)</g)].map((m) => m[1] ?? '');
	expect(builtSteps.length).toBeGreaterThan(3);
	const path = file.slice(BUILD.length).replace(/index\.html$/, '');

	// Act: the page runs
	await page.goto(path);
	await appReady(page);

	// Assert: every title as built: the tab's, the lesson's, the step's, the step list's and the next lesson's
	const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
	await expect(page).toHaveTitle(decode(builtTitle));
	expect(await page.locator('.step-list .step-list-title').allTextContents()).toEqual(builtSteps.map(decode));
	const [stepTitle = '', lessonTitle = ''] = decode(builtTitle).split(' · ');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(stepTitle);
	await expect(page.locator('.step .lesson-title')).toHaveText(lessonTitle);
	await expect(page.locator('[data-next-lesson]').first()).toContainText(/\S/);
	expect(await page.locator('[data-next-lesson] .step-link-title').first().textContent()).toMatch(/\S{3}/);
	// and a step reached in the app has them from its markup file
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtSteps[builtSteps.length - 2] ?? '');
	await expect(page).toHaveTitle(`${builtSteps[builtSteps.length - 2]} · ${lessonTitle} · Cadena`);
});

test("a live plot keeps the formula its page's data left out", async ({ page }) => {
	// Arrange: a step whose plot has a formula above it, as built
	const file = stepPages(BUILD).find((p) => p.includes('/en/') && /class="block plot[^"]*"[^>]*><div class="math-scroll/.test(readFileSync(p, 'utf8')));
	if (!file) throw new Error('the course should have a plot with its formula');
	const html = readFileSync(file, 'utf8');
	const built = /class="block plot[^"]*"[^>]*><div class="math-scroll[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	const tex = /<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/.exec(built)?.[1] ?? '';
	expect(tex.length).toBeGreaterThan(3);
	const path = file.slice(BUILD.length).replace(/index\.html$/, '');

	// Act
	await page.goto(path);
	await appReady(page);

	// Assert: the live plot (no longer the inert prerendered one) shows the same formula, with its MathML
	await expect(page.locator('[data-island="plot"]').first()).not.toHaveAttribute('inert');
	const formula = page.locator('[data-island="plot"] figure.plot > .math-scroll').first();
	await expect(formula.locator('.katex').first()).toBeVisible();
	const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(?:39|x27);/g, "'").replace(/&amp;/g, '&');
	expect(await formula.locator('annotation[encoding="application/x-tex"]').first().textContent()).toBe(decode(tex));
});
