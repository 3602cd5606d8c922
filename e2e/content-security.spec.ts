import { expect, test, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadLesson } from '../src/lib/lesson/load';
import { quantityValue } from '../src/lib/lesson/quantity';
import { appReady } from './app';

// Journey: a school's student walks through every kind of page (the language picker, the index, a step,
// an exercise answered, training, "check it", a lesson opened from a file, a page not found) and the
// browser refuses nothing: each page names its Content-Security-Policy, and no script, style, font,
// image or request of Cadena's own breaks it. A lesson file's remote image is shown as a link and never fetched.

test.use({ locale: 'en-US' });

const worked: { kind: string }[] = JSON.parse(readFileSync('lessons/03-worked-example/lesson.json', 'utf8')).steps;
const PROVE = worked.findIndex((s) => s.kind === 'prove') + 1;
const TRAIN = worked.findIndex((s) => s.kind === 'train') + 1;

/** Every refusal the page meets, from the browser's console and from the page's own violation events. */
function violations(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
	});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	return seen;
}

/** A prerendered page names its policy in a <meta> tag; a page rendered on request (preview's not-found page) in a header. */
async function expectPolicy(page: Page, response?: Response | null): Promise<void> {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	const policy = (await meta.count()) > 0 ? await meta.getAttribute('content') : response?.headers()['content-security-policy'];
	expect(policy).toMatch(/default-src 'self'/);
	expect(policy).toMatch(/script-src 'self' '(?:sha256|nonce)-/);
	expect(policy).toMatch(/img-src 'self' data:/);
	expect(policy).toMatch(/object-src 'none'/);
}

test('no kind of page breaks its Content-Security-Policy', async ({ page }) => {
	const seen = violations(page);

	// the language picker sends the student on to the index
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await appReady(page);
	await expectPolicy(page);

	// a step, then an exercise answered (its grader is loaded on demand)
	await page.goto('/en/computational-graph/1/');
	await appReady(page);
	await expectPolicy(page);
	const lesson = loadLesson(readFileSync('lessons/01-computational-graph/lesson.json', 'utf8'));
	if (!lesson.ok) throw new Error('the computational-graph lesson should load');
	const at = lesson.loaded.lesson.steps.findIndex((s) => s.kind === 'exercise');
	const step = lesson.loaded.lesson.steps[at];
	const exercise = step?.kind === 'exercise' ? step.exercises[0] : undefined;
	if (!exercise) throw new Error('no exercise');
	const figure = quantityValue(lesson.loaded.trace, exercise.quantity);
	if (!figure.ok) throw new Error(figure.message);
	await page.goto(`/en/computational-graph/${at + 1}/`);
	await appReady(page);
	const ex = page.locator(`[data-exercise="${exercise.id}"]`);
	await ex.getByRole('textbox').fill(figure.value.toPrecision(6));
	await ex.getByRole('button', { name: 'Check' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await expect(ex.locator('.echo .katex')).toBeVisible();

	// training, and "check it" by finite differences
	await page.goto(`/en/worked-example/${TRAIN}/`);
	await appReady(page);
	await page.getByRole('button', { name: 'One iteration' }).click();
	await expect(page.locator('.train-status')).toHaveAttribute('data-iteration', '1');
	await page.goto(`/en/worked-example/${PROVE}/`);
	await appReady(page);
	await page.locator('[data-prove="w5"]').getByRole('button', { name: /Check it/ }).click();
	await expect(page.locator('[data-prove="w5"] [data-estimate]')).toBeVisible();

	// a page not found
	const missing = await page.goto('/en/no-such-lesson/1/');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expectPolicy(page, missing);
	// and the built 404.html, as a static host serves it for every unknown address
	await page.route('**/en/no-such-lesson/2/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: readFileSync('build/404.html', 'utf8') }));
	await page.goto('/en/no-such-lesson/2/');
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expectPolicy(page);

	expect(seen).toEqual([]);
});

test('a lesson opened from a file shows a remote image as a link, never fetching it, and check names it', async ({ page }) => {
	const seen = violations(page);
	const remote: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).hostname === 'tracker.example') remote.push(r.url());
	});
	const text = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8').replace(
		'"en": "We look at a single neuron,',
		'"en": "![a neuron](https://tracker.example/neuron.png) and ![the site](/favicon.svg). We look at a single neuron,'
	);
	expect(text).toContain('tracker.example');

	await page.goto('/en/open/');
	await appReady(page);
	await expectPolicy(page);
	await page.getByLabel('Or paste the lesson JSON').fill(text);
	await page.getByRole('button', { name: 'Show the lesson' }).click();

	await expect(page.getByRole('alert')).toContainText(/lesson\.json:\d+:\d+ +\/steps\/0\/body\/en +image https:\/\/tracker\.example\/neuron\.png is on another server/);
	const shown = page.locator('.shown');
	await expect(shown.getByRole('link', { name: 'a neuron' })).toHaveAttribute('href', 'https://tracker.example/neuron.png');
	await expect(shown.getByRole('img', { name: 'the site' })).toBeVisible();
	await expect(shown.locator('img[src*="tracker.example"]')).toHaveCount(0);
	expect(remote).toEqual([]);
	expect(seen).toEqual([]);
});
