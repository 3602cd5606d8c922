/**
 * A fitted curve and its data, for early stopping: the lesson's model is trained as in a loss plot, and
 * the curve (a formula in x and the model's parameters, e.g. a polynomial) is drawn with the parameters
 * at the end of training and where the validation error was lowest, over the training and validation
 * points. Computed once at build time. A step may train with another optimizer from a seeded start, as a
 * loss plot does, so that the curve drawn is that of the very net whose error that plot charts.
 */
import { evaluateExpr } from '../engine/evaluate';
import type { Graph } from '../engine/model';
import { ownExampleTrainer, type TrainStart } from '../engine/own-example';
import { forward } from '../engine/pass';
import { train } from '../engine/train';
import type { Expr } from '../engine/types';
import type { FitPlotView, PlotOptimizer } from './types';

/** Samples of the curve across the chart. */
const SAMPLES = 121;

/** The mean of (curve(x) − y)² over the points, with `values` giving the parameters. */
export function meanSquaredError(curve: Expr, points: readonly (readonly [number, number])[], values: Readonly<Record<string, number>>): number {
	if (points.length === 0) return NaN;
	return points.reduce((s, [x, y]) => s + (evaluateExpr(curve, { ...values, x }) - y) ** 2, 0) / points.length;
}

export interface FitPlotOptions {
	curve: Expr;
	train: readonly (readonly [number, number])[];
	validation: readonly (readonly [number, number])[];
	/** The node whose lowest value picks the early-stopping iteration (the validation error), if any. */
	watch?: string;
	/** Gradient descent unless the step names another, as in a loss plot. */
	optimizer?: PlotOptimizer;
	learningRate: number;
	iterations: number;
	/** The model's own parameters unless the step asks for a seeded start. */
	start?: TrainStart;
	decimals: number;
}

export function fitPlot(graph: Graph, options: FitPlotOptions): FitPlotView {
	const made = ownExampleTrainer(graph, { kind: options.optimizer ?? 'gd', learningRate: options.learningRate }, options.start);
	if (!made.ok) throw new Error(made.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
	const trainer = made.trainer;
	const values = graph.initial.slice();
	const paramSlots = graph.params.map((p) => graph.slots.get(p) ?? -1);
	const watchSlot = options.watch === undefined ? -1 : (graph.slots.get(options.watch) ?? -1);
	const params = (): Record<string, number> => Object.fromEntries(graph.params.map((p, k) => [p, trainer.params[k] ?? NaN]));
	const watched = (): number => {
		paramSlots.forEach((slot, k) => (values[slot] = trainer.params[k] ?? NaN));
		forward(graph, values);
		return values[watchSlot] ?? NaN;
	};
	let best = { iteration: 0, value: watchSlot < 0 ? NaN : watched(), params: params() };
	for (let i = 0; i < options.iterations; i++) {
		const loss = train(trainer, { maxIterations: 1 }).losses[1];
		if (loss === undefined || !Number.isFinite(loss)) break;
		if (watchSlot >= 0) {
			const v = watched();
			if (v < best.value) best = { iteration: trainer.iteration, value: v, params: params() };
		}
	}
	const end = { iteration: trainer.iteration, params: params() };
	const xsData = [...options.train, ...options.validation].map((p) => p[0]);
	const [lo, hi] = [Math.min(...xsData), Math.max(...xsData)];
	const pad = (hi - lo) * 0.05 || 1;
	const xs = Array.from({ length: SAMPLES }, (_, k) => lo - pad + ((hi - lo + 2 * pad) * k) / (SAMPLES - 1));
	const curveAt = (p: Record<string, number>) => xs.map((x) => evaluateExpr(options.curve, { ...p, x }));
	return {
		kind: 'fit',
		xs,
		curves: [
			{ which: 'end', iteration: end.iteration, ys: curveAt(end.params), trainError: meanSquaredError(options.curve, options.train, end.params), validationError: meanSquaredError(options.curve, options.validation, end.params) },
			...(watchSlot >= 0
				? [{ which: 'early' as const, iteration: best.iteration, ys: curveAt(best.params), trainError: meanSquaredError(options.curve, options.train, best.params), validationError: meanSquaredError(options.curve, options.validation, best.params) }]
				: [])
		],
		train: options.train.map(([x, y]): [number, number] => [x, y]),
		validation: options.validation.map(([x, y]): [number, number] => [x, y]),
		decimals: options.decimals
	};
}
