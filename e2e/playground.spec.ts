import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { mulberry32 } from '../src/lib/engine/random';
import { appReady } from './app';
import { hostileLesson } from './fixtures-hostile';

// A student's own model, drawn from a seed here (nobody typed its numbers), opened by its link: every
// value, gradient, updated value and loss the lesson shows must agree with this file's own forward
// pass, differentiated by central differences, to the lesson's 5 decimals.

// the seeds draw numbers with the project's own generator; the forward pass below is this file's own
const random = mulberry32;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const ACT = { sigmoid, tanh: Math.tanh, linear: (z: number) => z } as const;
type Act = keyof typeof ACT;
type Values = Record<string, number>;

/** A model as this test knows it: the file to link, and a forward pass of its own. */
interface Drawn {
	file: unknown;
	params: Values;
	learningRate: number;
	/** Every node's value, the loss last, for these parameters. */
	forward: (params: Values) => Values;
	loss: string;
}

function explicitModel(seed: number): Drawn {
	const next = random(seed);
	const two = (lo: number, hi: number): number => Math.round((lo + (hi - lo) * next()) * 100) / 100;
	const inputs: Values = { x1: two(-1, 1), x2: two(-1, 1) };
	const t = two(0, 1);
	const params: Values = {};
	let n = 0;
	const param = (): string => {
		n++;
		params[`w${n}`] = two(-1, 1) || 0.5;
		return `w${n}`;
	};
	// h_k = act(w·u + w·v + b) over earlier names; yhat = σ(w·h_last + w·h_prev); L = ½(t − ŷ)²
	const nodes: { name: string; act: Act; terms: [string, string][]; bias: string }[] = [];
	const names = ['x1', 'x2'];
	for (let k = 1; k <= 3; k++) {
		const pick = (): string => names[Math.floor(next() * names.length)] ?? 'x1';
		const act: Act = (['sigmoid', 'tanh', 'linear'] as const)[Math.floor(next() * 3)] ?? 'sigmoid';
		nodes.push({ name: `h${k}`, act, terms: [[param(), pick()], [param(), pick()]], bias: param() });
		names.push(`h${k}`);
	}
	const out: [string, string][] = [[param(), 'h3'], [param(), 'h2']];
	const written = (terms: [string, string][], bias?: string): string => [...terms.map(([w, u]) => `${w}*${u}`), ...(bias ? [bias] : [])].join(' + ');
	const model = {
		inputs,
		targets: { t },
		params,
		nodes: [
			...nodes.map((h) => ({ name: h.name, expr: h.act === 'linear' ? written(h.terms, h.bias) : `${h.act}(${written(h.terms, h.bias)})` })),
			{ name: 'yhat', expr: `sigmoid(${written(out)})` },
			{ name: 'L', expr: '0.5*(t - yhat)^2' }
		],
		loss: 'L',
		learningRate: 0.5
	};
	const forward = (p: Values): Values => {
		// nodes only: the inputs are looked up, not shown as computed
		const v: Values = {};
		const of = (u: string): number => v[u] ?? inputs[u] ?? NaN;
		const sum = (terms: [string, string][]): number => terms.reduce((s, [w, u]) => s + (p[w] ?? NaN) * of(u), 0);
		for (const h of nodes) v[h.name] = ACT[h.act](sum(h.terms) + (p[h.bias] ?? NaN));
		v.yhat = sigmoid(sum(out));
		v.L = 0.5 * (t - v.yhat) ** 2;
		return v;
	};
	return { file: { model }, params, learningRate: 0.5, forward, loss: 'L' };
}

function layeredNetwork(seed: number): Drawn {
	const next = random(seed);
	const two = (lo: number, hi: number): number => Math.round((lo + (hi - lo) * next()) * 100) / 100;
	const layers = [2, 1 + Math.floor(next() * 3), 1 + Math.floor(next() * 2)];
	const activations: Act[] = ['tanh', 'sigmoid'];
	const inputs = [two(-1, 1), two(-1, 1)];
	const targets = Array.from({ length: layers[2] ?? 1 }, () => two(0, 1));
	const weights = layers.slice(1).map((size, l) => Array.from({ length: size }, () => Array.from({ length: layers[l] ?? 0 }, () => two(-1, 1))));
	const biases = layers.slice(1).map((size) => Array.from({ length: size }, () => two(-0.5, 0.5)));
	const params: Values = {};
	// the lesson format's names: w{l}_{j}_{k} into neuron j of layer l from unit k, b{l}_{j}
	weights.forEach((layer, l) => layer.forEach((row, j) => row.forEach((w, k) => (params[`w${l + 1}_${j + 1}_${k + 1}`] = w))));
	biases.forEach((layer, l) => layer.forEach((b, j) => (params[`b${l + 1}_${j + 1}`] = b)));
	const forward = (p: Values): Values => {
		const v: Values = {};
		let a = inputs;
		weights.forEach((layer, l) => {
			const act = ACT[activations[l] ?? 'sigmoid'];
			a = layer.map((row, j) => {
				const z = row.reduce((s, _, k) => s + (p[`w${l + 1}_${j + 1}_${k + 1}`] ?? NaN) * (a[k] ?? NaN), p[`b${l + 1}_${j + 1}`] ?? NaN);
				v[`z${l + 1}_${j + 1}`] = z;
				return act(z);
			});
			a.forEach((x, j) => (v[l === weights.length - 1 ? `yhat${j + 1}` : `a${l + 1}_${j + 1}`] = x));
		});
		v.L = a.reduce((s, y, j) => s + 0.5 * ((targets[j] ?? NaN) - y) ** 2, 0);
		return v;
	};
	const network = { layers, activations, inputs, targets, weights, biases, loss: 'half-sse', learningRate: 0.5 };
	return { file: { network }, params, learningRate: 0.5, forward, loss: 'L' };
}

/** ∂loss/∂p by central differences on the test's own forward pass. */
function gradient(m: Drawn, p: string): number {
	const h = 1e-6;
	const at = (d: number): number => m.forward({ ...m.params, [p]: (m.params[p] ?? NaN) + d })[m.loss] ?? NaN;
	return (at(h) - at(-h)) / (2 * h);
}

const link = (lang: string, file: unknown): string => `/${lang}/playground/#model=${Buffer.from(JSON.stringify(file)).toString('base64url')}`;

/** A number as the page writes it in TeX: -0.12345, 1.5 \times 10^{-7}. */
function texNumber(tex: string): number {
	const m = /(-?\d+(?:\.\d+)?)(?:\s*\\times\s*10\^\{(-?\d+)\})?\s*$/.exec(tex.replace(/\\end\{aligned\}\s*$/, '').trim());
	if (!m) throw new Error(`no number at the end of ${tex}`);
	return Number(m[1]) * 10 ** Number(m[2] ?? 0);
}

/** Shown to 5 decimals (4 significant figures in scientific notation): within half the last place. */
function expectShown(shown: number, exact: number, what: string): void {
	const tol = Math.max(0.5e-5, 5e-5 * Math.abs(exact)) + 1e-7;
	expect(Math.abs(shown - exact), `${what}: shown ${shown}, computed ${exact}`).toBeLessThanOrEqual(tol);
}

/** Pairs shown and computed figures in sorted order (the page orders them its own way). */
function expectSameFigures(shown: number[], exact: number[], what: string): void {
	expect(shown.length, what).toBe(exact.length);
	const a = [...shown].sort((x, y) => x - y);
	const b = [...exact].sort((x, y) => x - y);
	a.forEach((x, i) => expectShown(x, b[i] ?? NaN, `${what} #${i + 1}`));
}

async function stepCount(page: Page): Promise<number> {
	const text = (await page.locator('section.shown .step-nav .progress p').first().textContent()) ?? '';
	return Number(/(\d+)\s*$/.exec(text)?.[1]);
}

async function texts(page: Page, selector: string): Promise<{ tex: string; label: string }[]> {
	// a formula's TeX is its MathML's annotation
	return page
		.locator(selector)
		.evaluateAll((els) => els.map((el) => ({ tex: el.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '', label: el.getAttribute('data-label') ?? '' })));
}

/** Walks every step with → and checks each figure it shows against the test's own computation. */
async function walkAndCompare(page: Page, m: Drawn): Promise<void> {
	const values = m.forward(m.params);
	const grads = Object.fromEntries(Object.keys(m.params).map((p) => [p, gradient(m, p)]));
	const updated = Object.fromEntries(Object.entries(m.params).map(([p, x]) => [p, x - m.learningRate * (grads[p] ?? NaN)]));
	const newValues = m.forward(updated);
	const total = await stepCount(page);
	const forwardShown: number[] = [];
	const gradientsShown = new Set<string>();
	let updateSeen = false;
	for (let i = 1; i <= total; i++) {
		if (i > 1) {
			await page.locator('body').press('ArrowRight');
		}
		await expect(page.locator(`section.shown[data-step="${i}"]`)).toHaveAttribute('aria-busy', 'false');
		const title = (await page.locator('#step-title').textContent()) ?? '';
		const figures = await texts(page, 'section.shown figure.math');
		if (/^Forward/.test(title)) {
			for (const f of figures) forwardShown.push(texNumber(f.tex));
		}
		const param = /^Gradient of (\S+)$/.exec(title)?.[1];
		if (param) {
			const last = figures[figures.length - 1];
			expectShown(texNumber(last?.tex ?? ''), grads[param] ?? NaN, `∂L/∂${param}`);
			gradientsShown.add(param);
		}
		const update = figures.find((f) => f.label === 'update');
		if (update) {
			updateSeen = true;
			// each parameter's rows end in its new value, before the next "p^{+} &=" row
			const rows = update.tex.replace(/\\(begin|end)\{aligned\}/g, '').split('\\\\');
			const shown: number[] = [];
			rows.forEach((row, k) => {
				const nextRow = rows[k + 1];
				if (nextRow === undefined || nextRow.includes('^{+}')) shown.push(texNumber(row));
			});
			expectSameFigures(shown, Object.values(updated), 'updated parameters');
			const loss = figures.find((f) => f.label === 'new-loss');
			const [before = '', after = ''] = (loss?.tex ?? '').split('\\longrightarrow');
			expectShown(texNumber(before.replace(/\\;$/, '')), values[m.loss] ?? NaN, 'the loss');
			expectShown(texNumber(after), newValues[m.loss] ?? NaN, 'the new loss');
		}
	}
	expectSameFigures(forwardShown, Object.values(values), 'forward values');
	expect([...gradientsShown].sort()).toEqual(Object.keys(m.params).sort());
	expect(updateSeen).toBe(true);
}

/** Goes back to the gradients exercise and answers its first question with the test's own gradient. */
async function answerAGradient(page: Page, m: Drawn): Promise<void> {
	const total = await stepCount(page);
	for (let i = total; i >= 1; i--) {
		if ((await page.locator('#step-title').textContent()) === 'Your turn: the gradients') break;
		await page.locator('body').press('ArrowLeft');
		await expect(page.locator(`section.shown[data-step="${i - 1}"]`)).toHaveAttribute('aria-busy', 'false');
	}
	const exercise = page.locator('[data-exercise^="grad-"]').first();
	const id = (await exercise.getAttribute('data-exercise')) ?? '';
	const p = id.replace(/^grad-/, '');
	await exercise.getByRole('textbox').fill(gradient(m, p).toPrecision(6));
	await exercise.getByRole('button', { name: 'Check' }).click();
	await expect(exercise).toHaveAttribute('data-verdict', 'correct');
}

/** Downloads the lesson and runs the teacher's checker on the file. */
async function downloadAndCheck(page: Page): Promise<void> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download lesson' }).click()]);
	expect(download.suggestedFilename()).toBe('lesson.json');
	const path = test.info().outputPath('lesson.json');
	await download.saveAs(path);
	const out = execFileSync('npx', ['tsx', 'src/cli/lessons.ts', 'check', path], { encoding: 'utf8' });
	expect(out).toContain('no problems');
}

test.describe('the playground', () => {
	test.describe.configure({ timeout: 300_000 });

	test('an explicit graph from a link: every figure agrees with finite differences, a gradient is answered, the lesson downloads and checks', async ({ page }) => {
		const m = explicitModel(20261206);
		await page.goto(link('en', m.file));
		await appReady(page);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible({ timeout: 30_000 });
		// the link's model is in the editor, in the text form
		await expect(page.getByLabel(/The model, one line each/)).toHaveValue(/h1 = /);
		await walkAndCompare(page, m);
		await answerAGradient(page, m);
		await downloadAndCheck(page);
	});

	test('a layered network from a link: the form holds it, every figure agrees, the lesson downloads and checks', async ({ page }) => {
		const m = layeredNetwork(7);
		await page.goto(link('en', m.file));
		await appReady(page);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByLabel('Layers', { exact: true })).toBeChecked();
		await walkAndCompare(page, m);
		await answerAGradient(page, m);
		await downloadAndCheck(page);
	});

	test('the training panel trains the student\'s own graph, and an iteration looked inside is the lesson of the test\'s own descent steps', async ({ page }) => {
		const m = explicitModel(20261207);
		await page.goto(link('en', m.file));
		await appReady(page);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible({ timeout: 30_000 });
		await page.locator('section.shown').getByText(/^All steps/).click();
		await page.locator('section.shown').getByRole('link', { name: 'Keep training' }).click();
		await expect(page.locator('#step-title')).toHaveText('Keep training');
		const status = page.locator('section.shown .train-status');
		// no lesson to look inside before an update
		await expect(page.getByRole('link', { name: 'Look inside this iteration' })).toHaveCount(0);
		for (let i = 1; i <= 3; i++) {
			await page.getByRole('button', { name: 'One iteration' }).click();
			await expect(status).toHaveAttribute('data-iteration', String(i));
		}
		// the test's own three gradient-descent steps, each gradient by central differences
		let trained = m;
		for (let i = 0; i < 3; i++) {
			const next = Object.fromEntries(Object.entries(trained.params).map(([p, x]) => [p, x - m.learningRate * gradient(trained, p)]));
			trained = { ...trained, params: next };
		}
		const lossAt = (d: Drawn): number => d.forward(d.params)[d.loss] ?? NaN;
		expectShown(Number(await status.getAttribute('data-loss')), lossAt(trained), 'the panel\'s loss after 3 updates');
		expect(lossAt(trained)).toBeLessThan(lossAt(m));

		await page.getByRole('link', { name: 'Look inside this iteration' }).click();
		await expect(page).toHaveURL(/#model=/);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByLabel(/The model, one line each/)).toHaveValue(/h1 = /);
		await walkAndCompare(page, trained);
	});

	test('a link whose model says "precision": 3 writes the forward values with 3 decimals', async ({ page }) => {
		// n = σ(0.5 · 0.3) = 0.5374298…, L = ½(0.1 − n)² = 0.0956724…
		const model = { inputs: { x: 0.3 }, targets: { t: 0.1 }, params: { w: 0.5 }, nodes: [{ name: 'n', expr: 'sigmoid(w*x)' }, { name: 'L', expr: '0.5*(t - n)^2' }], loss: 'L', learningRate: 0.1 };
		await page.goto(link('en', { model, precision: 3 }));
		await appReady(page);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByLabel(/The model, one line each/)).toHaveValue(/^precision 3$/m);
		for (let i = 2; !/^Forward/.test((await page.locator('#step-title').textContent()) ?? ''); i++) {
			expect(i, 'a forward step').toBeLessThanOrEqual(await stepCount(page));
			await page.locator('body').press('ArrowRight');
			await expect(page.locator(`section.shown[data-step="${i}"]`)).toHaveAttribute('aria-busy', 'false');
		}
		const figures = await texts(page, 'section.shown figure.math');
		// each formula ends in its value, written to the link's 3 decimals
		expect(figures.map((f) => /&=\s*(-?[\d.]+)\s*\\end\{aligned\}\s*$/.exec(f.tex)?.[1])).toEqual(['0.537', '0.096']);
	});

	test('typing in the editor checks as it goes, says what is wrong and where, and keeps the link up to date', async ({ page }) => {
		await page.goto('/en/playground/');
		await appReady(page);
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible();
		const editor = page.getByLabel(/The model, one line each/);
		await editor.fill('param a = 1\nh = a*b\nL = h^2\n');
		await expect(page.getByRole('alert').filter({ hasText: 'line 2' })).toContainText('"b"');
		// the text is kept, and the last lesson stays until the model is sound again
		await expect(editor).toHaveValue(/h = a\*b/);
		await editor.fill('param a = 1, b = 2\nh = a*b\nL = h^2\n');
		await expect(page.locator('[data-problems]')).toHaveCount(0);
		await expect(page).toHaveURL(/#model=/);
		const hash = new URL(page.url()).hash.replace('#model=', '');
		expect(JSON.parse(Buffer.from(hash, 'base64url').toString('utf8'))).toMatchObject({ model: { params: { a: 1, b: 2 }, loss: 'L' } });
		await expect(page.locator('section.shown')).toContainText('2 nodes and 2 parameters');
		// the share control shows the link when it cannot copy
		await expect(page.getByLabel('Link to this model')).toHaveValue(new RegExp(`#model=${hash}$`));
	});

	test('the layered form builds a network from a seed and walks it with the arrow keys', async ({ page }) => {
		await page.goto('/es/playground/');
		await appReady(page);
		await page.getByLabel('Capas').check();
		await page.getByLabel('Tamaños de las capas, las entradas primero').fill('2, 3, 1');
		await page.getByRole('spinbutton', { name: 'Semilla' }).fill('5');
		await expect(page.locator('section.shown')).toContainText('13 parámetros', { timeout: 30_000 });
		// the keys belong to a field while it has the focus: a click on the step's title leaves it
		await page.locator('#step-title').click();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('section.shown[data-step="2"]')).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('section.shown[data-step="1"]')).toBeVisible();
	});

	test('a layered network the training page can hold goes there, with its layers', async ({ page }) => {
		await page.goto('/es/playground/');
		await appReady(page);
		await page.getByLabel('Capas').check();
		await page.getByLabel('Tamaños de las capas, las entradas primero').fill('2, 3, 1');
		const train = page.getByRole('link', { name: 'Entrena esta red con puntos del plano →' });
		await expect(train).toHaveAttribute('href', /^\/es\/playground\/train\/#layers=3&activation=\w+/);
		await train.click();
		await appReady(page);
		await expect(page.getByText('Red 2-3-1')).toBeVisible();
		// one input too many: the page says what it can train instead of a link
		await page.goto('/es/playground/');
		await appReady(page);
		await page.getByLabel('Capas').check();
		await page.getByLabel('Tamaños de las capas, las entradas primero').fill('3, 3, 1');
		await expect(page.getByText(/La página de entrenamiento acepta una red con 2 entradas/)).toBeVisible();
	});

	const BAD: [string, string, RegExp, RegExp][] = [
		['not base64url', '%%%', /not base64url/, /%%%/],
		['not JSON', Buffer.from('{"model": {').toString('base64url'), /model\.json:1:\d+/, /\{"model": \{/],
		['a model the checker refuses', Buffer.from(JSON.stringify({ model: { params: { a: 1 }, nodes: [{ name: 'L', expr: 'a*zz' }], loss: 'L', learningRate: 0.1 } })).toString('base64url'), /"zz"/, /a\*zz/],
		['a hostile lesson instead of a model', Buffer.from(hostileLesson).toString('base64url'), /unknown field/, /hostile/],
		[
			'a model past the node limit',
			Buffer.from(JSON.stringify({ model: { params: { a: 1 }, nodes: Array.from({ length: 600 }, (_, i) => ({ name: `n${i}`, expr: i === 0 ? 'a' : `n${i - 1}*a` })), loss: 'n599', learningRate: 0.1 } })).toString('base64url'),
			/600 nodes/,
			/n599/
		]
	];
	for (const [what, data, message, kept] of BAD) {
		test(`a link holding ${what} shows the checker's message and an editor holding it`, async ({ page }) => {
			await page.goto(`/en/playground/#model=${data}`);
			await appReady(page);
			await expect(page.locator('[data-problems]')).toContainText(message);
			await expect(page.getByLabel(/The model, one line each/)).toHaveValue(kept);
			expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
		});
	}
});
