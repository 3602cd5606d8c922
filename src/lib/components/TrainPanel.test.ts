import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import fixture from '$lib/engine/fixtures/worked-example.json';
import type { ModelSpec } from '$lib/engine/types';
import type { TrainView } from '$lib/lesson/view';
import LossPlot from './plot/LossPlot.svelte';
import TrainPanel from './TrainPanel.svelte';

const model: ModelSpec = fixture.model;
const train: TrainView = { model, optimizer: 'gd', learningRate: 0.6, iterations: 5000, targetLoss: 0.00001, start: {}, startLoss: 0.2490884, lossLabel: 'E_total', decimals: 5 };

describe('TrainPanel', () => {
	it('starts at iteration 0 and the lesson’s loss, with every control labelled', () => {
		const { body } = render(TrainPanel, { props: { train, lang: 'en' } });

		expect(body).toMatch(/<p class="train-status[^"]*" data-status="ready" data-iteration="0" data-loss="0.2490884"/);
		expect(body).toContain('Iteration 0: loss 0.24909');
		for (const word of ['Play', 'One iteration', 'Reset training', 'Optimizer', 'Learning rate η', 'Speed']) expect(body).toContain(word);
		expect(body.match(/<option/g)).toHaveLength(5 + 4);
		expect(body).toContain('Training stops after 5000 iterations, or as soon as the loss reaches 0.00001.');
		expect(body).toMatch(/<input[^>]*value="0.6"/);
		expect(body).toContain('aria-live="polite"');
		expect(body).toContain('data-plot="loss"');
	});

	it('speaks Spanish', () => {
		const { body } = render(TrainPanel, { props: { train: { ...train, targetLoss: undefined }, lang: 'es' } });

		expect(body).toContain('Iteración 0: pérdida 0.24909');
		expect(body).toContain('Reproducir');
		expect(body).toContain('Descenso del gradiente');
		expect(body).toContain('El entrenamiento se detiene tras 5000 iteraciones.');
	});

	it('draws earlier runs beside the current one, each with its own dash pattern and end marker, named in the legend', () => {
		const earlier = [
			{ label: 'Gradient descent, η = 0.6', iterations: [0, 1, 2], losses: [0.25, 0.2, 0.15] },
			{ label: 'Adam, η = 0.6', iterations: [0, 1], losses: [0.25, 0.1] }
		];
		const { body } = render(LossPlot, { props: { iterations: [0, 1], losses: [0.25, 0.24], lossLabel: 'E', decimals: 5, lang: 'en', earlier, current: 'Momentum, η = 0.6', live: true } });

		expect(body.match(/<path class="loss earlier[^"]*" d="M/g)).toHaveLength(2);
		expect(body).toContain('stroke-dasharray="8 5"');
		expect(body).toContain('stroke-dasharray="2 4"');
		expect(body.match(/class="run-end/g)?.length).toBe(4);
		expect(body).toContain('Earlier run: Gradient descent, η = 0.6, loss 0.15 after 2 iterations');
		expect(body).toContain('Earlier run: Adam, η = 0.6, loss 0.1 after 1 iteration');
		expect(body).toContain('This run: Momentum, η = 0.6');
	});
});
