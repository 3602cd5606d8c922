import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './app';

// Journey: a student reads every step of every lesson, on a laptop and on a phone. On the laptop no formula
// needs a sideways scroll; on the phone at most one in twenty does, says so with a visible cue, and still
// shows its value (its last part) without scrolling. English here; Spanish sets the same formulas.

test.use({ locale: 'en-US' });

const LESSONS = readdirSync('lessons')
	.filter((dir) => /^\d+-/.test(dir))
	.sort();
/** Each lesson's step pages; the course is read in parts of about 65 pages, so each test stays short. */
const pagesOf = (dirs: readonly string[]): string[] =>
	dirs.flatMap((dir) => {
		const steps: unknown[] = JSON.parse(readFileSync(`lessons/${dir}/lesson.json`, 'utf8')).steps;
		return steps.map((_s, i) => `/en/${dir.replace(/^\d+-/, '')}/${i + 1}/`);
	});
const PARTS = [
	[0, 4],
	[4, 7],
	[7, 10],
	[10, 14],
	[14, 17],
	[17, LESSONS.length]
].map(([from, to]) => ({ name: `lessons ${(from ?? 0) + 1}–${to}`, pages: pagesOf(LESSONS.slice(from, to)) }));

interface Fit {
	/** data-label of the formula's block, or "prose" for $$…$$ in a lesson's text. */
	label: string;
	overflows: boolean;
	/** The last glyph (the value) lies inside the box as the page first shows it. */
	lastInView: boolean;
	/** An overflowing box wears the visible cue and a faded edge. */
	cued: boolean;
}

/** Every display formula of the step as the student sees it; hidden ones (a solution not yet asked for) are left out. */
async function fits(page: Page): Promise<Fit[]> {
	return page.locator('.step .blocks').evaluate((blocks) =>
		[...blocks.querySelectorAll<HTMLElement>('.katex-display')].flatMap((display) => {
			const box = display.closest<HTMLElement>('.math-scroll') ?? display;
			if (box.clientWidth === 0) return [];
			const overflows = box.scrollWidth > box.clientWidth + 1;
			const texts = document.createTreeWalker(display.querySelector('.katex-html') ?? display, NodeFilter.SHOW_TEXT);
			let last: Node | null = null;
			// KaTeX pads its stacks with zero-width spaces: they are not part of the formula
			for (let n = texts.nextNode(); n; n = texts.nextNode()) if ((n.textContent ?? '').replace(/[\s\u200b]/g, '') !== '') last = n;
			const range = document.createRange();
			if (last) range.selectNodeContents(last);
			const glyph = range.getBoundingClientRect();
			const edge = box.getBoundingClientRect();
			const after = getComputedStyle(box, '::after');
			return [
				{
					label: display.closest<HTMLElement>('figure')?.dataset.label ?? 'prose',
					overflows,
					lastInView: glyph.left >= edge.left - 1 && glyph.right <= edge.right + 1,
					cued: box.dataset.cue !== undefined && after.content !== 'none' && getComputedStyle(box).maskImage !== 'none'
				}
			];
		})
	);
}

/** Opens each page and hands its formulas over, once the page has marked its scrolling boxes. */
async function readAll(page: Page, pages: readonly string[]): Promise<Map<string, Fit[]>> {
	const all = new Map<string, Fit[]>();
	for (const url of pages) {
		await page.goto(url);
		await appReady(page);
		// the boxes are marked a frame after the page settles
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		all.set(url, await fits(page));
	}
	return all;
}

for (const part of PARTS) {
	test(`on a 1280 × 800 laptop no formula of ${part.name} scrolls sideways`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		const all = await readAll(page, part.pages);
		const wide = [...all].flatMap(([url, fs]) => fs.filter((f) => f.overflows).map((f) => `${url} ${f.label}`));
		expect([...all.values()].flat().length).toBeGreaterThan(50);
		expect(wide).toEqual([]);
	});
}

test.describe('on a 390 × 844 phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	for (const part of PARTS) {
		test(`at most 5 % of the formulas of ${part.name} scroll, each with a visible cue and its value in view`, async ({ page }) => {
			test.setTimeout(180_000);
			const all = await readAll(page, part.pages);
			const every = [...all].flatMap(([url, fs]) => fs.map((f) => ({ ...f, where: `${url} ${f.label}` })));
			const scrolling = every.filter((f) => f.overflows);
			expect(every.length).toBeGreaterThan(50);
			expect(scrolling.length / every.length).toBeLessThanOrEqual(0.05);
			expect(scrolling.filter((f) => !f.cued).map((f) => f.where)).toEqual([]);
			expect(every.filter((f) => !f.lastInView).map((f) => f.where)).toEqual([]);
		});
	}
});
