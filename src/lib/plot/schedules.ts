/**
 * The loss over iterations of gradient descent on a lesson's own example, once per learning-rate
 * schedule (engine/lr-schedules.ts), drawn as the lines of a loss chart: each line is named by its
 * schedule's formula, so the legend needs no translation.
 */
import { scheduleLabel, trainScheduled, type RateSchedule } from '../engine/lr-schedules';
import type { Graph } from '../engine/model';
import { ownExampleTrainer } from '../engine/own-example';
import { sampleIndices } from './loss';
import type { LossPlotView, LossSeries } from './types';

export function schedulesPlot(graph: Graph, schedules: readonly RateSchedule[], eta0: number, iterations: number, lossLabel: string, decimals: number): LossPlotView {
	const runs = schedules.map((s) => {
		const made = ownExampleTrainer(graph, { kind: 'gd', learningRate: eta0 });
		if (!made.ok) throw new Error(made.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
		return { s, losses: trainScheduled(made.trainer, s, eta0, iterations) };
	});
	const kept = sampleIndices(iterations + 1);
	const series: LossSeries[] = runs.map(({ s, losses }, k) => {
		// the lowest over every iteration run; a diverged run's last losses are NaN
		let best = 0;
		losses.forEach((v, i) => {
			if (v < (losses[best] ?? Infinity)) best = i;
		});
		return { node: `${s.kind}-${k}`, label: scheduleLabel(s, eta0), values: kept.map((i) => losses[i] ?? NaN), lowest: { iteration: best, value: losses[best] ?? NaN } };
	});
	return { kind: 'loss', iterations: kept, losses: series[0]?.values ?? [], series, optimizer: 'gd', learningRate: eta0, lossLabel, decimals };
}
