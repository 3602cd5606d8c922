/**
 * Learning-rate schedules: "start with a large η and lower it in the following cycles" (seed 004).
 * k counts the updates from 0, so the first update uses η₀:
 *
 *   constant     η_k = η₀
 *   step         η_k = η₀·γ^⌊k/s⌋      γ the drop, s the updates between drops
 *   exponential  η_k = η₀·e^(−λk)      λ the decay per update
 *
 * A schedule only sets η before each update; the optimizer's rule is unchanged, as a framework's
 * scheduler does when it writes the rate into the optimizer between steps.
 */
import type { Trainer } from './train';
import { train } from './train';

export type RateSchedule = { kind: 'constant' } | { kind: 'step'; drop: number; every: number } | { kind: 'exponential'; decay: number };

/** η for update k (0 for the first). */
export function scheduledRate(s: RateSchedule, eta0: number, k: number): number {
	switch (s.kind) {
		case 'constant':
			return eta0;
		case 'step':
			return eta0 * s.drop ** Math.floor(k / s.every);
		case 'exponential':
			return eta0 * Math.exp(-s.decay * k);
	}
}

/**
 * Trains `iterations` updates with η set by the schedule before each; returns the loss before the
 * first update and after each. A diverged run stops at its first loss that is not finite.
 */
export function trainScheduled(trainer: Trainer, s: RateSchedule, eta0: number, iterations: number): number[] {
	const losses = [trainer.loss];
	for (let k = 0; k < iterations && Number.isFinite(losses[losses.length - 1]); k++) {
		trainer.optimizer.hyper.learningRate = scheduledRate(s, eta0, k);
		losses.push(train(trainer, { maxIterations: 1 }).losses[1] ?? NaN);
	}
	return losses;
}

/** The schedule as plain text, for a chart's legend: ηₖ = 0.6·0.5^⌊k/2⌋. */
export function scheduleLabel(s: RateSchedule, eta0: number): string {
	switch (s.kind) {
		case 'constant':
			return `ηₖ = ${eta0}`;
		case 'step':
			return `ηₖ = ${eta0}·${s.drop}^⌊k/${s.every}⌋`;
		case 'exponential':
			return `ηₖ = ${eta0}·e^(−${s.decay}k)`;
	}
}
