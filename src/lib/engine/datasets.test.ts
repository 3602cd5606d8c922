import { describe, expect, it } from 'vitest';
import { blobs, circles, dataset, DATASET_NAMES, moons, xor } from './datasets';

describe('xor', () => {
	it('has the four corners, target 1 when exactly one input is 1', () => {
		const { inputs, targets } = xor();
		expect(inputs).toEqual([
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1]
		]);
		expect(targets).toEqual([[0], [1], [1], [0]]);
	});
});

describe('generated sets', () => {
	it('are the same for the same seed and differ for another', () => {
		for (const name of DATASET_NAMES.filter((n) => n !== 'xor')) {
			expect(dataset(name, { seed: 7, n: 20 })).toEqual(dataset(name, { seed: 7, n: 20 }));
			expect(dataset(name, { seed: 7, n: 20 })).not.toEqual(dataset(name, { seed: 8, n: 20 }));
		}
	});

	it('have n two-input examples with balanced 0/1 targets', () => {
		for (const make of [blobs, circles, moons]) {
			const { inputs, targets } = make({ seed: 1, n: 50 });
			expect(inputs).toHaveLength(50);
			expect(targets).toHaveLength(50);
			expect(inputs.every((row) => row.length === 2 && row.every(Number.isFinite))).toBe(true);
			expect(targets.filter(([t]) => t === 1)).toHaveLength(25);
			expect(targets.filter(([t]) => t === 0)).toHaveLength(25);
		}
	});

	it('put the blobs on either side of x + y = 0', () => {
		const { inputs, targets } = blobs({ seed: 3, n: 200, noise: 0.3 });
		const right = inputs.filter(([x = 0, y = 0], i) => (x + y > 0 ? 1 : 0) === targets[i]?.[0]).length;
		expect(right / 200).toBeGreaterThan(0.95);
	});

	it('put the circles at radius 1 and radius factor', () => {
		const { inputs, targets } = circles({ seed: 3, n: 100, noise: 0, factor: 0.4 });
		inputs.forEach(([x = 0, y = 0], i) => expect(Math.hypot(x, y)).toBeCloseTo(targets[i]?.[0] === 1 ? 0.4 : 1, 12));
	});

	it('put the moons on their two arcs', () => {
		const { inputs, targets } = moons({ seed: 3, n: 100, noise: 0 });
		inputs.forEach(([x = 0, y = 0], i) => {
			const centre = targets[i]?.[0] === 1 ? [1, 0.5] : [0, 0];
			expect(Math.hypot(x - (centre[0] ?? 0), y - (centre[1] ?? 0))).toBeCloseTo(1, 12);
		});
	});

	it('refuse a size that is not a whole number ≥ 1', () => {
		expect(() => blobs({ seed: 1, n: 0 })).toThrow(/whole number/);
	});
});
