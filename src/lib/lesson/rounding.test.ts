import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundFigures } from '../check/figures';
import { loadLesson } from './load';
import { gradientWith, rangeOver, roundingInterval } from './rounding';

const loaded = loadLesson(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));
if (!loaded.ok) throw new Error('the worked example does not load');
const { trace } = loaded.loaded;

describe('rangeOver', () => {
	it('finds the exact range of a product from its corners', () => {
		expect(rangeOver(([a = NaN, b = NaN]) => a * b, [{ x: 1, lo: 0.9, hi: 1.1 }, { x: 2, lo: 1.9, hi: 2.1 }])).toEqual([0.9 * 1.9, 1.1 * 2.1]);
	});

	it('adds each intermediate’s effect when there are too many corners', () => {
		// 12 terms of a sum, each ±0.1: the sum moves by ±1.2
		const xs = Array.from({ length: 12 }, () => ({ x: 1, lo: 0.9, hi: 1.1 }));
		const [lo, hi] = rangeOver((v) => v.reduce((s, x) => s + x, 0), xs);
		expect(lo).toBeCloseTo(10.8, 10);
		expect(hi).toBeCloseTo(13.2, 10);
	});
});

describe('roundingInterval on the worked example', () => {
	const w1 = trace.gradients.w1 ?? NaN;
	const [lo, hi] = roundingInterval(trace, 'grad:w1', w1, 5);

	it('holds ∂E/∂w1 multiplied out from its factors rounded to 3 figures (0.0011117)', () => {
		const fromThree = gradientWith(trace, 'w1', (f) => roundFigures(f.value, 3));
		expect(fromThree).toBeCloseTo(0.0011117, 6);
		expect(lo).toBeLessThanOrEqual(fromThree);
		expect(hi).toBeGreaterThanOrEqual(fromThree);
	});

	it('stays narrower than ±1 %, so 1 % off is still wrong', () => {
		expect(lo).toBeGreaterThan(w1 * 0.99);
		expect(hi).toBeLessThan(w1 * 1.01);
	});

	it('is the value alone for a quantity no displayed figure leads to', () => {
		expect(roundingInterval(trace, 'eta', 0.5, 5)).toEqual([0.5, 0.5]);
	});
});
