import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { appReady } from './app';

// Journey: a student reads the graph beside the steps of every lesson on a laptop: its text is at least
// 10 px, no label shows TeX, E₁ and E₂ feed E_total, the view opens on what the step is about, and the
// rest is reached by panning with the buttons, the keys or a finger, and by opening a folded group.

test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

const STEP_KINDS = new Set(['forward', 'backward', 'update', 'exercise', 'graph', 'prove', 'train']);
const lessonsDir = new URL('../lessons/', import.meta.url);

/** Each lesson's slug and the first and last steps drawn with a graph (none when it draws none). */
const lessons = readdirSync(lessonsDir)
	.filter((d) => /^\d+-/.test(d))
	.map((dir) => {
		const lesson: { graph?: boolean; steps: { kind: string }[] } = JSON.parse(readFileSync(new URL(`${dir}/lesson.json`, lessonsDir), 'utf8'));
		const drawn = lesson.steps.flatMap((s, i) => (STEP_KINDS.has(s.kind) && (lesson.graph !== false || s.kind === 'graph') ? [i + 1] : []));
		return { slug: dir.replace(/^\d+-/, ''), steps: [...new Set([drawn[0], drawn[drawn.length - 1]])].filter((n) => n !== undefined) };
	});

/** The smallest node text on the page in CSS pixels, as drawn: font size × the drawing's scale. */
function smallestNodeText(): number {
	let least = Infinity;
	for (const el of document.querySelectorAll<Element>('[data-node] text, [data-node] .katex-html *')) {
		// KaTeX's zero-width spaces (its vlist struts) are not text anyone reads
		const hasText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').replace(/[\s\u200b]/g, '') !== '');
		if (!hasText) continue;
		const svg = el.closest('svg');
		const scale = svg?.getScreenCTM()?.a ?? 1;
		least = Math.min(least, parseFloat(getComputedStyle(el).fontSize) * scale);
	}
	return least;
}

/** TeX left in a label: a backslash, a brace, a caret, or a command's name. */
const RAW_TEX = /[\\{}^]|neq|tilde|\bell\b|mathrm|text[A-Z]/;

for (const { slug, steps } of lessons.filter((l) => l.steps.length > 0)) {
	test(`${slug}: node text is at least 10 px and no label is raw TeX`, async ({ page }) => {
		for (const n of steps) {
			await page.goto(`/en/${slug}/${n}/`);
			await appReady(page);
			await expect(page.locator('[data-node]').first()).toBeAttached();
			expect(await page.evaluate(smallestNodeText), `step ${n}`).toBeGreaterThanOrEqual(10);
			const labels = await page.locator('[data-node] .node-label').allTextContents();
			const titles = await page.locator('[data-node] title').allTextContents();
			expect(labels.length).toBeGreaterThan(0);
			// typeset labels: KaTeX draws a hat as ^, so only TeX's own syntax counts there
			for (const text of labels) expect(text, `step ${n}`).not.toMatch(/[\\{}]|neq|tilde|\bell\b|mathrm|text[A-Z]/);
			for (const text of titles.map((t) => t.split(';')[0] ?? '')) expect(text, `step ${n}`).not.toMatch(RAW_TEX);
			await expect(page.locator('[data-node] .node-label .katex').first()).toBeAttached();
		}
	});
}

const viewport = (page: Page) => page.locator('.graph-viewport');
/** Whether a node's box lies wholly inside the drawing's window. */
async function inView(page: Page, node: Locator): Promise<boolean> {
	const box = await viewport(page).boundingBox();
	const n = await node.boundingBox();
	return !!box && !!n && n.x >= box.x - 1 && n.y >= box.y - 1 && n.x + n.width <= box.x + box.width + 1 && n.y + n.height <= box.y + box.height + 1;
}
/** Presses the pan button towards `node` until its box is in view (at most 30 presses). */
async function panUntilInView(page: Page, node: Locator): Promise<void> {
	for (let i = 0; i < 30 && !(await inView(page, node)); i++) {
		const box = await viewport(page).boundingBox();
		const n = await node.boundingBox();
		if (!box || !n) return;
		const way = n.x + n.width > box.x + box.width ? 'right' : n.x < box.x ? 'left' : n.y + n.height > box.y + box.height ? 'down' : 'up';
		const button = page.getByRole('button', { name: `Move the view ${way}` });
		await expect(button).toBeEnabled();
		await button.click();
	}
}
const viewBox = async (page: Page) => (await page.locator('.graph-viewport svg').getAttribute('viewBox'))?.split(' ').map(Number) ?? [];

test('E₁ and E₂ feed E_total as its terms, with no gradient on them', async ({ page }) => {
	const steps: { kind: string; nodes?: string[] }[] = JSON.parse(readFileSync(new URL('03-worked-example/lesson.json', lessonsDir), 'utf8')).steps;
	const update = steps.findIndex((s) => s.kind === 'update') + 1;
	await page.goto(`/en/worked-example/${update}/`);
	await appReady(page);

	for (const term of ['E1', 'E2']) await expect(page.locator(`[data-edge="E_total/${term}"][data-term="true"]`)).toHaveCount(1);
	await expect(page.locator('[data-node="E1"]')).not.toContainText('grad');
	await expect(page.locator('[data-node="x1"]')).not.toContainText('grad');
	await expect(page.locator('[data-node="t1"]')).not.toContainText('grad');
	await expect(page.locator('[data-node="E_total"]')).toContainText('grad 1');
	// after the update, the weights read old → new
	await expect(page.locator('[data-node="w5"]')).toContainText('0.5 → 0.45188');
	await expect(page.locator('[data-node-row="E_total"]')).toContainText('(= E_1 + E_2)'.replace(/_(\d)/g, (_, d: string) => String.fromCharCode(0x2080 + Number(d))));
});

test('the view opens on the weights of a training step, and the buttons and keys pan to the rest', async ({ page }) => {
	const steps: { kind: string }[] = JSON.parse(readFileSync(new URL('11-regularisation/lesson.json', lessonsDir), 'utf8')).steps;
	await page.goto(`/en/regularisation/${steps.findIndex((s) => s.kind === 'train') + 1}/`);
	await appReady(page);

	// "press Play and watch w₂": w₂ is in view
	expect(await inView(page, page.locator('[data-node="w2"]'))).toBe(true);
	const loss = page.locator('[data-node="L"]');
	expect(await inView(page, loss)).toBe(false);

	await panUntilInView(page, loss);
	expect(await inView(page, loss)).toBe(true);

	// the keys, while the drawing has the focus; the step stays put
	await page.getByRole('button', { name: 'Reset the view' }).click();
	const [x0 = NaN] = await viewBox(page);
	await viewport(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await viewBox(page))[0]).toBeGreaterThan(x0);
	await page.keyboard.press('+');
	await expect.poll(async () => Number(await page.locator('.graph-viewport svg').getAttribute('data-zoom'))).toBeGreaterThan(1);
	await expect(page).toHaveURL(/\/regularisation\/14\/$/);
});

test('one finger drags the drawing and two fingers pinch it', async ({ page }) => {
	await page.goto('/en/why-backprop-is-cheap/5/');
	await appReady(page);
	const box = await viewport(page).boundingBox();
	if (!box) throw new Error('no drawing');
	const touch = (type: string, id: number, x: number, y: number) =>
		viewport(page).dispatchEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: box.x + x, clientY: box.y + y, bubbles: true });
	const [x0 = NaN] = await viewBox(page);

	await touch('pointerdown', 1, 300, 200);
	await touch('pointermove', 1, 200, 200);
	await touch('pointerup', 1, 200, 200);
	// the finger moved left by 100 px: the window moved right by 100 units
	await expect.poll(async () => (await viewBox(page))[0]).toBeCloseTo(x0 + 100, 0);

	await touch('pointerdown', 1, 250, 200);
	await touch('pointerdown', 2, 350, 200);
	await touch('pointermove', 2, 450, 200);
	await touch('pointerup', 2, 450, 200);
	await touch('pointerup', 1, 250, 200);
	// fingers 100 px apart, then 200: twice the zoom
	await expect.poll(async () => Number(await page.locator('.graph-viewport svg').getAttribute('data-zoom'))).toBeCloseTo(2, 1);
});

test('XOR’s training step draws the network being trained, the earlier perceptron folded into a box that opens', async ({ page }) => {
	await page.goto('/en/xor/16/');
	await appReady(page);

	await expect(page.locator('[data-node="p_00"]')).toHaveCount(0);
	await expect(page.locator('[data-node="w1"]')).not.toContainText('-6');
	const open = page.getByRole('button', { name: /^Show the \d+ nodes grouped here: / });
	await expect(open).toHaveCount(1);
	await panUntilInView(page, page.locator('[data-node="group:unused"]'));

	await open.click();

	await expect(page.locator('[data-node="p_00"]')).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Show every node' })).toHaveAttribute('aria-pressed', 'true');
});
