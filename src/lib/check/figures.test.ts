import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfUnitAt, roundFigures, roundings, writtenPrecision } from './figures';

describe('writtenPrecision', () => {
	it.each([
		['0.00111', 3, 0.000005],
		['1.26', 3, 0.005],
		['1.260', 4, 0.0005],
		['-0.0145', 3, 0.00005],
		['8.02e-2', 3, 0.00005],
		['1260', 3, 5],
		['27', 2, 0.5],
		['0.0011', 2, 0.00005],
		['0', 0, 0.5],
		['0.000', 0, 0.0005]
	])('%s has %d significant figures, ± %d', (text, figures, half) => {
		const w = writtenPrecision(text);
		expect(w?.figures).toBe(figures);
		expect(w?.halfUnit).toBeCloseTo(half, 12);
	});

	it('says nothing of arithmetic', () => {
		expect(writtenPrecision('0.685*0.195')).toBeUndefined();
		expect(writtenPrecision('sqrt(2)')).toBeUndefined();
	});

	it('finds in any number rounded to k figures those k figures (k ≥ 1, trailing zeros kept)', () => {
		fc.assert(
			fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 8 }), (x, k) => {
				const text = x.toPrecision(k);
				fc.pre(!text.includes('e'));
				const w = writtenPrecision(text);
				// a whole number's trailing zeros may be placeholders, so it may claim fewer
				if (text.includes('.')) expect(w?.figures).toBe(k);
				else expect(w?.figures).toBeLessThanOrEqual(k);
				expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual((w?.halfUnit ?? 0) * (1 + 1e-9));
			})
		);
	});
});

describe('roundings', () => {
	it('spans the value rounded to 3, 4 and 5 figures and the figure shown', () => {
		expect(roundings(0.19481, 0.19481)).toEqual([0.1948, 0.195]);
		expect(roundings(0.068493, 0.06849)).toEqual([0.06849, 0.0685]);
	});

	it('ignores a figure shown with fewer than 3 significant figures', () => {
		expect(roundings(-0.000184486, -0.00018)).toEqual([-0.0001845, -0.000184]);
		expect(halfUnitAt(-0.000184486, 3)).toBeCloseTo(5e-7, 15);
	});

	it('keeps every rounding within half a unit of the third figure', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
				const [lo, hi] = roundings(x);
				expect(x - lo).toBeLessThanOrEqual(halfUnitAt(x, 3) * (1 + 1e-9) + 1e-300);
				expect(hi - x).toBeLessThanOrEqual(halfUnitAt(x, 3) * (1 + 1e-9) + 1e-300);
				expect(roundFigures(x, 3)).toBeGreaterThanOrEqual(lo);
			})
		);
	});
});
