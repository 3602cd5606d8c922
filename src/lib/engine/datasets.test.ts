import { describe, expect, it } from 'vitest';
import { blobs, circles, dataset, DATASET_NAMES, moons, PLANE_EXTENT, PLANE_SET_NAMES, planeSet, planeSetKind, splitDataset, xor } from './datasets';

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

describe('plane sets', () => {
	it('are the same for the same seed and differ for another', () => {
		for (const name of PLANE_SET_NAMES) {
			expect(planeSet(name, { seed: 3, n: 40, noise: 0.1 })).toEqual(planeSet(name, { seed: 3, n: 40, noise: 0.1 }));
			expect(planeSet(name, { seed: 3, n: 40, noise: 0.1 })).not.toEqual(planeSet(name, { seed: 4, n: 40, noise: 0.1 }));
		}
	});

	it('lie in the square [−6, 6]² with 0/1 targets for the class sets and real ones for regressions', () => {
		for (const name of PLANE_SET_NAMES) {
			const { inputs, targets } = planeSet(name, { seed: 1, n: 200, noise: 0.2 });
			expect(inputs.every((row) => row.length === 2 && row.every((v) => Math.abs(v) <= PLANE_EXTENT + 1))).toBe(true);
			const ts = targets.map(([t = NaN]) => t);
			if (planeSetKind(name) === 'classification') {
				expect(ts.every((t) => t === 0 || t === 1)).toBe(true);
				// neither class is rare
				expect(ts.filter((t) => t === 1).length).toBeGreaterThan(40);
				expect(ts.filter((t) => t === 0).length).toBeGreaterThan(40);
			} else expect(new Set(ts).size).toBeGreaterThan(150);
		}
	});

	it('label the circle by distance from the origin when there is no noise, and mix labels near the border with noise', () => {
		const clean = planeSet('circle', { seed: 2, n: 300, noise: 0 });
		const inside = (row: number[]) => Math.hypot(row[0] ?? 0, row[1] ?? 0) < 2.5;
		expect(clean.inputs.every((row, i) => (inside(row) ? 1 : 0) === clean.targets[i]?.[0])).toBe(true);
		const noisy = planeSet('circle', { seed: 2, n: 300, noise: 0.5 });
		expect(noisy.inputs.some((row, i) => (inside(row) ? 1 : 0) !== noisy.targets[i]?.[0])).toBe(true);
	});

	it('give XOR class 1 where x·y > 0 without noise', () => {
		const { inputs, targets } = planeSet('xor', { seed: 5, n: 100, noise: 0 });
		expect(inputs.every(([x = 0, y = 0], i) => (x * y > 0 ? 1 : 0) === targets[i]?.[0])).toBe(true);
	});

	it('widen the two blobs with the noise', () => {
		const spread = (noise: number) => {
			const { inputs } = planeSet('gauss', { seed: 9, n: 400, noise });
			return Math.sqrt(inputs.reduce((s, [x = 0, y = 0]) => s + (Math.abs(x) - 2) ** 2 + (Math.abs(y) - 2) ** 2, 0) / (2 * inputs.length));
		};
		expect(spread(0.5)).toBeGreaterThan(spread(0) * 1.8);
	});

	it('refuse a noise outside [0, 0.5] and a size that is not a whole number', () => {
		expect(() => planeSet('circle', { seed: 1, n: 10, noise: 0.7 })).toThrow(/noise/);
		expect(() => planeSet('circle', { seed: 1, n: 2.5, noise: 0 })).toThrow(/whole number/);
	});
});

describe('splitDataset', () => {
	const data = planeSet('gauss', { seed: 1, n: 101, noise: 0.1 });

	it('keeps every example exactly once, ⌈ratio·n⌉ of them for training', () => {
		const { train, test } = splitDataset(data, 0.3, 7);
		expect(train.inputs).toHaveLength(31);
		expect(test.inputs).toHaveLength(70);
		const key = (row: number[]) => row.join(',');
		const all = [...train.inputs, ...test.inputs].map(key).sort();
		expect(all).toEqual(data.inputs.map(key).sort());
		// each input keeps its own target
		const targetOf = new Map(data.inputs.map((row, i) => [key(row), data.targets[i]?.[0]]));
		train.inputs.forEach((row, i) => expect(train.targets[i]?.[0]).toBe(targetOf.get(key(row))));
	});

	it('is replayable from its seed, and another seed shuffles differently', () => {
		expect(splitDataset(data, 0.5, 3)).toEqual(splitDataset(data, 0.5, 3));
		expect(splitDataset(data, 0.5, 3).train).not.toEqual(splitDataset(data, 0.5, 4).train);
	});

	it('leaves at least one example on each side, and refuses a share outside (0, 1)', () => {
		expect(splitDataset(data, 0.999, 1).test.inputs).toHaveLength(1);
		expect(splitDataset(data, 0.001, 1).train.inputs).toHaveLength(1);
		expect(() => splitDataset(data, 1, 1)).toThrow(/between 0 and 1/);
	});
});
