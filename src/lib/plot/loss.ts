/**
 * The loss over iterations of training a lesson's model on its own example (see engine/own-example.ts),
 * computed once at build time; long runs are sampled down to a few hundred points for the chart.
 */
import type { Graph } from '../engine/model';
import { ownExampleTrainer, type TrainStart } from '../engine/own-example';
import { forward } from '../engine/pass';
import { train } from '../engine/train';
import type { LossPlotView, LossSeries, PlotOptimizer } from './types';

/** Points kept on the chart; the first and the last are always among them. */
export const MAX_POINTS = 400;

/** Indices 0…n−1 thinned to at most `max`, evenly, keeping both ends. */
export function sampleIndices(n: number, max = MAX_POINTS): number[] {
	if (n <= max) return Array.from({ length: n }, (_, i) => i);
	const out: number[] = [];
	for (let k = 0; k < max; k++) out.push(Math.round((k * (n - 1)) / (max - 1)));
	return [...new Set(out)];
}

export interface LossPlotOptions {
	optimizer: PlotOptimizer;
	learningRate: number;
	iterations: number;
	start?: TrainStart;
	lossLabel: string;
	decimals: number;
	/** Nodes drawn instead of the loss, each with its plain-text label. */
	nodes?: { node: string; label: string }[];
}

export function lossPlot(graph: Graph, options: LossPlotOptions): LossPlotView {
	const made = ownExampleTrainer(graph, { kind: options.optimizer, learningRate: options.learningRate }, options.start);
	if (!made.ok) throw new Error(made.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
	const trainer = made.trainer;
	const nodes = options.nodes ?? [];
	// a node's value at the current parameters: the model's own example, one forward pass
	const values = graph.initial.slice();
	const paramSlots = graph.params.map((p) => graph.slots.get(p) ?? -1);
	const nodeSlots = nodes.map((n) => graph.slots.get(n.node) ?? -1);
	const tracked: number[][] = nodes.map(() => []);
	const record = (): void => {
		if (nodes.length === 0) return;
		paramSlots.forEach((slot, k) => (values[slot] = trainer.params[k] ?? NaN));
		forward(graph, values);
		nodeSlots.forEach((slot, k) => tracked[k]?.push(values[slot] ?? NaN));
	};
	const losses = [trainer.loss];
	record();
	// one update at a time, so the nodes are read after each; a diverged run stops, as train() does
	for (let i = 0; i < options.iterations && Number.isFinite(losses[losses.length - 1]); i++) {
		losses.push(train(trainer, { maxIterations: 1 }).losses[1] ?? NaN);
		record();
	}
	const kept = sampleIndices(losses.length);
	const series: LossSeries[] = nodes.map((n, k) => {
		const all = tracked[k] ?? [];
		// the lowest over every iteration, not only the ones kept for the chart
		let best = 0;
		all.forEach((v, i) => {
			if (v < (all[best] ?? Infinity)) best = i;
		});
		return { node: n.node, label: n.label, values: kept.map((i) => all[i] ?? NaN), lowest: { iteration: best, value: all[best] ?? NaN } };
	});
	return {
		kind: 'loss',
		iterations: kept,
		losses: kept.map((i) => losses[i] ?? NaN),
		...(series.length > 0 ? { series } : {}),
		optimizer: options.optimizer,
		learningRate: options.learningRate,
		lossLabel: options.lossLabel,
		decimals: options.decimals
	};
}
