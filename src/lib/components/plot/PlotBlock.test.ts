import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import { mustBuild, trainedAndWatched } from '$lib/engine/testing';
import type { ModelSpec } from '$lib/engine/types';
import { activationPlot } from '$lib/plot/activation';
import { lossPlot } from '$lib/plot/loss';
import { parseExpr } from '$lib/engine';
import { fitPlot } from '$lib/plot/fit';
import { optimizerPlot } from '$lib/plot/optimizers';
import PlotBlock from './PlotBlock.svelte';

const model: ModelSpec = fixture.model;

describe('PlotBlock', () => {
	it('draws an activation and its derivative with the marked z, a text legend and a table', () => {
		const { view } = activationPlot('sigmoid', 5, { node: 'sum_n1', label: 'sum_n₁', z: 0.41 });

		const { body } = render(PlotBlock, { props: { plot: view, html: '<span class="katex">f</span>', lang: 'en' } });

		expect(body).toContain('data-plot="activation"');
		expect(body).toContain('<span class="katex">f</span>');
		expect(body).toContain('aria-label="Chart of f(z) and f′(z) for z from -6 to 6. z = sum_n₁ = 0.41: f = 0.60109, f′ = 0.23978."');
		expect(body).toContain('the function f(z)');
		expect(body).toContain('its derivative f′(z)');
		expect(body).toContain('f′ = 0.23978');
		expect(body).toMatch(/<path class="f[^"]*" d="M[^"]+"/);
		// whole z from −6 to 6, and the marked one
		expect(body.match(/<tr/g)).toHaveLength(1 + 13 + 1);
	});

	it('names the marked z once when the node is itself called z', () => {
		const { view } = activationPlot('relu', 5, { node: 'z', label: 'z', z: -1 });

		const { body } = render(PlotBlock, { props: { plot: view, lang: 'en' } });

		expect(body).toContain('z = -1');
		expect(body).not.toMatch(/z = z =/);
	});

	it('draws a loss and each of its parts, each line with its own pattern and marker', () => {
		const graph = mustBuild(trainedAndWatched());
		const nodes = [{ node: 'L', label: 'L' }, { node: 'V', label: 'V' }, { node: 'L', label: 'L again' }, { node: 'V', label: 'V again' }];
		const view = lossPlot(graph, { optimizer: 'gd', learningRate: 0.1, iterations: 20, lossLabel: 'L', decimals: 5, nodes });

		const { body } = render(PlotBlock, { props: { plot: view, lang: 'en' } });

		expect(body.match(/<path class="loss[^"]*" d="M/g)).toHaveLength(4);
		for (const dash of ['8 5', '2 4', '10 3 2 3']) expect(body).toContain(`stroke-dasharray="${dash}"`);
	});

	it('draws a fitted curve at the end and where validation was lowest, with training circles and validation squares', () => {
		const graph = mustBuild({
			inputs: {},
			targets: {},
			params: { c0: 0, c1: 0 },
			constants: {},
			// a line through (0, 1), (1, 3); validation (2, 4)
			nodes: [
				{ name: 'E_tr', expr: '((c0 - 1)^2 + (c0 + c1 - 3)^2)/2' },
				{ name: 'E_val', expr: '(c0 + 2*c1 - 4)^2' }
			],
			loss: 'E_tr',
			learningRate: 0.3
		});
		const parsed = parseExpr('c0 + c1*x');
		if (!parsed.ok) throw new Error(parsed.message);
		const view = fitPlot(graph, { curve: parsed.expr, train: [[0, 1], [1, 3]], validation: [[2, 4]], watch: 'E_val', learningRate: 0.3, iterations: 200, decimals: 5 });

		const { body } = render(PlotBlock, { props: { plot: view, lang: 'en' } });

		expect(body).toContain('data-plot="fit"');
		expect(body.match(/<circle class="train-point/g)).toHaveLength(2 + 1);
		expect(body.match(/<rect class="validation-point/g)).toHaveLength(1 + 1);
		expect(body).toContain('data-curve="end" data-iteration="200"');
		expect(body).toMatch(/data-curve="early" data-iteration="\d+"/);
		expect(body).toContain('stroke-dasharray="8 5"');
		expect(body).toContain('Curve where the validation error was lowest, after');
		expect(view.curves[0]?.trainError).toBeLessThan(1e-6);
	});

	it('draws a net fitted to its data alone with no validation error or squares, trained as the step asks', () => {
		const graph = mustBuild({
			inputs: {},
			targets: {},
			params: { c0: 0, c1: 0 },
			constants: {},
			nodes: [{ name: 'E_tr', expr: '((c0 - 1)^2 + (c0 + c1 - 3)^2)/2' }],
			loss: 'E_tr',
			learningRate: 0.3
		});
		const parsed = parseExpr('c0 + c1*x');
		if (!parsed.ok) throw new Error(parsed.message);
		const seeded = fitPlot(graph, { curve: parsed.expr, train: [[0, 1], [1, 3]], validation: [], optimizer: 'adam', learningRate: 0.1, iterations: 3, start: { seed: 7 }, decimals: 5 });
		const plain = fitPlot(graph, { curve: parsed.expr, train: [[0, 1], [1, 3]], validation: [], learningRate: 0.1, iterations: 3, decimals: 5 });
		// the same loss plot's run: Adam from the seeded start
		const run = lossPlot(graph, { optimizer: 'adam', learningRate: 0.1, iterations: 3, start: { seed: 7 }, lossLabel: 'E', decimals: 5 });

		const { body } = render(PlotBlock, { props: { plot: seeded, lang: 'en' } });

		expect(seeded.curves[0]?.trainError).toBeCloseTo(run.losses.at(-1) ?? NaN, 12);
		expect(seeded.curves[0]?.trainError).not.toBeCloseTo(plain.curves[0]?.trainError ?? NaN, 6);
		expect(body.match(/<rect class="validation-point/g)).toBeNull();
		expect(body).not.toContain('validation');
		expect(body).toContain('Chart of the fitted curve over 2 training points (circles).');
		expect(body).toMatch(/Curve at the end of training, after 3 iterations: training error [0-9.]+\s*</);
	});

	it('draws watched nodes instead of the loss, each with its own pattern and its lowest point marked and named', () => {
		// V is lowest at iteration 3
		const graph = mustBuild(trainedAndWatched());
		const view = lossPlot(graph, { optimizer: 'gd', learningRate: 0.1, iterations: 20, lossLabel: 'L', decimals: 5, nodes: [{ node: 'L', label: 'L' }, { node: 'V', label: 'V' }] });

		const { body } = render(PlotBlock, { props: { plot: view, lang: 'en' } });

		expect(body.match(/<path class="loss[^"]*" d="M/g)).toHaveLength(2);
		expect(body).toContain('stroke-dasharray="8 5"');
		expect(body).toContain('data-lowest="V" data-iteration="3"');
		// a lowest point on the right half is labelled on its left, so the label stays inside the chart
		expect(body).toMatch(/text-anchor="end"[^>]*>lowest, iteration 20</);
		expect(body).toMatch(/text-anchor="start"[^>]*>lowest, iteration 3</);
		expect(body).toContain('V: lowest 0.00058 at iteration 3');
		expect(body).toContain('lowest 0.00058 at iteration 3.');
		// the table has a column per line, and the lowest point's row
		expect(body).toMatch(/<th scope="col">L<\/th>\s*<th scope="col">V<\/th>/);
		expect(body).toMatch(/<tr class="marked"[^>]*><th scope="row">3<\/th>/);
	});

	it('draws the loss on a logarithmic axis when it falls by more than two decades, and says so', () => {
		const view = lossPlot(mustBuild(model), { optimizer: 'gd', learningRate: 0.6, iterations: 2000, lossLabel: 'E_total', decimals: 5 });

		const { body } = render(PlotBlock, { props: { plot: view, lang: 'es' } });

		expect(body).toContain('data-plot="loss"');
		expect(body).toContain('escala logarítmica');
		expect(body).toContain('Iteración');
		expect(body).toMatch(/<path class="loss[^"]*" d="M[^"]+"/);
	});

	it('draws the optimizers over contour lines, each named in the legend with its learning rate', () => {
		const { body } = render(PlotBlock, { props: { plot: optimizerPlot('ravine', 5), lang: 'en' } });

		expect(body).toContain('data-plot="optimizers"');
		expect(body.match(/class="contour/g)?.length).toBeGreaterThan(5);
		for (const name of ['Gradient descent (η = 0.9)', 'Momentum (η = 0.15)', 'RMSProp (η = 0.08)', 'Adam (η = 0.25)']) expect(body).toContain(name);
		expect(body).toContain('stroke-dasharray="9 4"');
		expect(body).toContain('minimum');
	});
});
