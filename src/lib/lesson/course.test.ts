import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExpr } from '../engine';
import { symbolsOf } from '../engine/expr';
import { fitPlot } from '../plot/fit';
import { lossPlot } from '../plot/loss';
import { loadLesson } from './load';
import type { Lesson } from './schema';

// The course the notes teach, as the lessons ship it: every topic in order, and in each lesson what a
// student working through it relies on (exercises with hints, a formula to type, figures pinned by
// tests, a picture, a journey), and the notes' slips taught right where students meet them.
const dir = new URL('../../../lessons/', import.meta.url);
const folders = readdirSync(dir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
	.map((d) => d.name)
	.sort();

function lessonOf(folder: string): Lesson {
	const r = loadLesson(readFileSync(new URL(`${folder}/lesson.json`, dir), 'utf8'));
	if (!r.ok) throw new Error(`${folder} does not load`);
	return r.loaded.lesson;
}

const COURSE = [
	'computational-graph',
	'one-neuron',
	'worked-example',
	'layers',
	'why-nonlinear',
	'activations',
	'softmax-cross-entropy',
	'matrix-form',
	'xor',
	'optimizers',
	'regularisation',
	'deep-networks',
	'why-backprop-is-cheap',
	'initialisation-normalisation',
	'loss-landscape',
	'second-order',
	'learning-rate-schedules',
	'what-networks-represent',
	'batch-norm-backward',
	'swish-and-regression'
];

describe('the course', () => {
	it('has the topics of the notes, in order', () => {
		expect(folders.map((f) => f.replace(/^\d+-/, ''))).toEqual(COURSE);
	});

	describe.each(folders)('%s', (folder) => {
		const lesson = lessonOf(folder);
		const exercises = lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises : []));

		it('asks at least three exercises, one of them a formula, each with hints', () => {
			expect(exercises.length).toBeGreaterThanOrEqual(3);
			expect(exercises.some((e) => e.answer === 'expression')).toBe(true);
			expect(exercises.filter((e) => e.hints.length === 0).map((e) => e.id)).toEqual([]);
		});

		it('pins its key figures and its answers with lesson tests', () => {
			expect(lesson.tests.filter((t) => t.quantity !== undefined).length).toBeGreaterThanOrEqual(5);
			const answered = new Set(lesson.tests.flatMap((t) => (t.exercise === undefined ? [] : [t.exercise])));
			expect(exercises.filter((e) => !answered.has(e.id)).map((e) => e.id)).toEqual([]);
		});

		it('draws the graph or a plot, and ends with a summary', () => {
			const pictured = lesson.graph || lesson.steps.some((s) => s.kind === 'graph' || s.kind === 'plot' || s.kind === 'train');
			expect(pictured).toBe(true);
			expect(lesson.steps.at(-1)?.kind).toBe('summary');
		});

		it('has a journey that opens it in the browser', () => {
			expect(existsSync(new URL(`../../../e2e/${folder.replace(/^\d+-/, '')}.spec.ts`, import.meta.url))).toBe(true);
		});
	});
});

/** Every "careful" aside of a lesson, in both languages. */
function asides(slug: string): string {
	const folder = folders.find((f) => f.endsWith(`-${slug}`)) ?? '';
	return lessonOf(folder)
		.steps.flatMap((s) => (s.careful ? [s.careful.es, s.careful.en] : []))
		.join('\n');
}

describe('the slips in the notes, taught right in a careful aside', () => {
	it('a local minimum looks like any minimum nearby; a saddle is no minimum; noise leaves saddles, not deep minima', () => {
		const text = asides('loss-landscape');
		expect(text).toMatch(/every\*\* minimum, local or global/);
		expect(text).toMatch(/saddle point is not a minimum/);
		expect(text).toMatch(/Noise helps a lot with saddles and little with deep minima/);
	});

	it('BFGS and L-BFGS compute no second derivative: quasi-Newton, from gradients only', () => {
		expect(asides('second-order')).toMatch(/compute no second derivative at all: they use gradients only/);
	});

	it('a rate that is too large bounces across the same valley and diverges, it does not jump between valleys', () => {
		expect(asides('learning-rate-schedules')).toMatch(/other side of the same valley/);
	});

	it('the sigmoid is 1/(1 + e^−x), not 1/(1 − e^−x)', () => {
		for (const slug of ['activations', 'softmax-cross-entropy']) expect(asides(slug)).toContain('1 - e^{-x}');
	});

	it('tanh is 2σ(2x) − 1, not 2σ(x) − 1', () => {
		expect(asides('activations')).toMatch(/2\\sigma\(2z\) - 1/);
		expect(asides('activations')).toMatch(/2\\sigma\(z\) - 1/);
	});

	it('Adam without bias correction or ε beside the full form', () => {
		const text = asides('optimizers');
		expect(text).toMatch(/bias correction/);
		expect(text).toMatch(/corrección del sesgo|corrección de sesgo/);
		expect(text).toMatch(/\\varepsilon|\\epsilon/);
	});

	it('sum_ŷ₁ takes the hidden outputs n₁, n₂, and the output layer is a sigmoid, not linear', () => {
		for (const slug of ['worked-example', 'deep-networks']) {
			const text = asides(slug);
			expect(text).toMatch(/n_1 w_5 \+ n_2 w_6 \+ B_2|n_{1} w_{5} \+ n_{2} w_{6} \+ B_{2}/);
			expect(text).toMatch(/linear|lineal/);
		}
	});

	it('the universal approximation theorem: continuous functions on a compact set, not "any function"', () => {
		const text = asides('what-networks-represent');
		expect(text).toMatch(/continuous/);
		expect(text).toMatch(/compact/);
		expect(text).toMatch(/cualquier función/);
	});

	it("the regression code's (1/m)·Xᵀ(Xθ − y) and the slide's 2Xᵀ(Xθ − y) are gradients of other costs than the mean squared error", () => {
		const text = asides('swish-and-regression');
		expect(text).toMatch(/\\frac\{1\}\{2m\}/);
		expect(text).toMatch(/\\frac\{2\}\{m\} X\^\{\\top\}/);
	});
});

describe('what the pictures show, as the prose says', () => {
	it('more hidden neurons fit the curve better: each network ends at least ten times below the one with fewer neurons', () => {
		const r = loadLesson(readFileSync(new URL('18-what-networks-represent/lesson.json', dir), 'utf8'));
		if (!r.ok) throw new Error('18-what-networks-represent does not load');
		const step = r.loaded.lesson.steps.find((s) => s.kind === 'plot' && s.plot === 'loss');
		if (step?.kind !== 'plot' || step.seed === undefined || step.nodes === undefined) throw new Error('no seeded loss plot of nodes');
		const plot = lossPlot(r.loaded.graph, {
			optimizer: step.optimizer ?? 'gd',
			learningRate: step.learningRate ?? r.loaded.graph.learningRate,
			iterations: step.iterations ?? 200,
			start: { seed: step.seed },
			lossLabel: 'L',
			decimals: 5,
			nodes: step.nodes.map((node) => ({ node, label: node }))
		});
		const last = (plot.series ?? []).map((s) => s.values.at(-1) ?? NaN);
		expect(step.nodes).toEqual(['E1', 'E2', 'E4']);
		expect(last[1]).toBeLessThan((last[0] ?? 0) / 10);
		expect(last[2]).toBeLessThan((last[1] ?? 0) / 10);
	});

	it("the fitted curves are those very nets: each fit plot draws one net's curve, trained as the loss plot trains it, ending at that plot's error", () => {
		const r = loadLesson(readFileSync(new URL('18-what-networks-represent/lesson.json', dir), 'utf8'));
		if (!r.ok) throw new Error('18-what-networks-represent does not load');
		const graph = r.loaded.graph;
		const steps = r.loaded.lesson.steps;
		const loss = steps.find((s) => s.kind === 'plot' && s.plot === 'loss');
		if (loss?.kind !== 'plot' || loss.seed === undefined || loss.nodes === undefined) throw new Error('no seeded loss plot of nodes');
		const run = { optimizer: loss.optimizer ?? 'gd', learningRate: loss.learningRate ?? graph.learningRate, iterations: loss.iterations ?? 200, start: { seed: loss.seed } };
		const errors = lossPlot(graph, { ...run, lossLabel: 'L', decimals: 5, nodes: loss.nodes.map((node) => ({ node, label: node })) }).series ?? [];
		const fits = steps.flatMap((s) => (s.kind === 'plot' && s.plot === 'fit' ? [s] : []));
		expect(fits.map((s) => s.nodes)).toEqual([['E1'], ['E2'], ['E4']]);

		const ends = fits.map((s, k) => {
			const n = ['1', '2', '4'][k] ?? '';
			const curve = parseExpr(s.curve ?? '');
			if (!curve.ok) throw new Error(curve.message);
			// the curve of net n uses only net n's parameters
			expect(symbolsOf(curve.expr).filter((p) => p !== 'x' && !p.startsWith(`w${n}_`) && !p.startsWith(`b${n}_`) && !p.startsWith(`v${n}_`) && p !== `c${n}`)).toEqual([]);
			expect({ optimizer: s.optimizer, learningRate: s.learningRate, iterations: s.iterations, seed: s.seed }).toEqual({ optimizer: run.optimizer, learningRate: run.learningRate, iterations: run.iterations, seed: loss.seed });
			const view = fitPlot(graph, { curve: curve.expr, train: s.points?.train ?? [], validation: [], ...run, decimals: 5 });
			const end = view.curves[0];
			expect(end?.iteration).toBe(run.iterations);
			// the legend's error is the last point of the same net's line on the loss plot
			expect(end?.trainError).toBeCloseTo(errors[k]?.values.at(-1) ?? NaN, 12);
			return end?.trainError ?? NaN;
		});
		// as the prose says: two neurons more than ten times below one, four more than a thousand times below two
		expect(ends[1]).toBeLessThan((ends[0] ?? 0) / 10);
		expect(ends[2]).toBeLessThan((ends[1] ?? 0) / 1000);
	});
});
