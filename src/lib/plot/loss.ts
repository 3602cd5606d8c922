/**
 * The loss over iterations of training a lesson's model on its own example (see engine/own-example.ts),
 * computed once at build time; long runs are sampled down to a few hundred points for the chart.
 */
import type { Graph } from '../engine/model';
import { ownExampleTrainer, type TrainStart } from '../engine/own-example';
import { train } from '../engine/train';
import type { LossPlotView, PlotOptimizer } from './types';

/** Points kept on the chart; the first and the last are always among them. */
export const MAX_POINTS = 400;

/** Indices 0…n−1 thinned to at most `max`, evenly, keeping both ends. */
export function sampleIndices(n: number, max = MAX_POINTS): number[] {
	if (n <= max) return Array.from({ length: n }, (_, i) => i);
	const out: number[] = [];
	for (let k = 0; k < max; k++) out.push(Math.round((k * (n - 1)) / (max - 1)));
	return [...new Set(out)];
}

export function lossPlot(graph: Graph, options: { optimizer: PlotOptimizer; learningRate: number; iterations: number; start?: TrainStart; lossLabel: string; decimals: number }): LossPlotView {
	const made = ownExampleTrainer(graph, { kind: options.optimizer, learningRate: options.learningRate }, options.start);
	if (!made.ok) throw new Error(made.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
	const { losses } = train(made.trainer, { maxIterations: options.iterations });
	const kept = sampleIndices(losses.length);
	return {
		kind: 'loss',
		iterations: kept,
		losses: kept.map((i) => losses[i] ?? NaN),
		optimizer: options.optimizer,
		learningRate: options.learningRate,
		lossLabel: options.lossLabel,
		decimals: options.decimals
	};
}
