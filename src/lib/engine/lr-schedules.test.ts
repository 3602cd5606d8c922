import { describe, expect, it } from 'vitest';
import { scheduledRate, scheduleLabel, trainScheduled, type RateSchedule } from './lr-schedules';
import { ownExampleTrainer } from './own-example';
import { emptyModel, mustBuild } from './testing';

// the course's toy loss: ½(wx − y)² with x = 2, y = 1, so f″ = x² = 4 and GD is stable only for η < 2/f″ = 0.5
const toy = () =>
	mustBuild({ ...emptyModel(), inputs: { x: 2 }, targets: { y: 1 }, params: { w: 1.5 }, nodes: [{ name: 'L', expr: '(w*x - y)^2/2' }], loss: 'L', learningRate: 0.6 });
const STEP: RateSchedule = { kind: 'step', drop: 0.5, every: 2 };
const EXPONENTIAL: RateSchedule = { kind: 'exponential', decay: 0.3 };

function run(s: RateSchedule, iterations: number): { losses: number[]; w: number } {
	const made = ownExampleTrainer(toy(), { kind: 'gd', learningRate: 0.6 });
	if (!made.ok) throw new Error('no trainer');
	const losses = trainScheduled(made.trainer, s, 0.6, iterations);
	return { losses, w: made.trainer.params[0] ?? NaN };
}

describe('learning-rate schedules', () => {
	it('give η₀ to the first update, then drop by γ every s updates, or decay by e^(−λ) each', () => {
		expect([0, 1, 2, 3, 4].map((k) => scheduledRate(STEP, 0.6, k))).toEqual([0.6, 0.6, 0.3, 0.3, 0.15]);
		expect(scheduledRate(EXPONENTIAL, 0.6, 0)).toBe(0.6);
		expect(scheduledRate(EXPONENTIAL, 0.6, 2)).toBeCloseTo(0.6 * Math.exp(-0.6), 15);
		expect(scheduledRate({ kind: 'constant' }, 0.6, 99)).toBe(0.6);
		expect(scheduleLabel(STEP, 0.6)).toBe('ηₖ = 0.6·0.5^⌊k/2⌋');
	});

	it('make each update w − ηₖ·f′(w), with the rate of that update', () => {
		let w = 1.5;
		for (let k = 0; k < 3; k++) w -= scheduledRate(STEP, 0.6, k) * 2 * (2 * w - 1);
		expect(run(STEP, 3).w).toBeCloseTo(w, 14);
	});

	it('tame a rate too large to keep: constant η₀ diverges, both decays settle', () => {
		const constant = run({ kind: 'constant' }, 30).losses;
		expect(constant[constant.length - 1]).toBeGreaterThan(constant[0] ?? NaN);
		for (const s of [STEP, EXPONENTIAL]) {
			const losses = run(s, 30).losses;
			expect(losses[losses.length - 1]).toBeLessThan(1e-3 * (losses[0] ?? NaN));
		}
	});
});
