import { describe, expect, it } from 'vitest';
import { CREDIT, earned } from './credit';

describe('what each verdict earns', () => {
	it.each<[Parameters<typeof earned>[0], number, boolean, number]>([
		['correct', 1, false, 1],
		['correct', 3, false, 0.8],
		['carried', 1, false, 0.5],
		['carried', 2, false, 0.4],
		['incorrect', 1, false, 0],
		['correct', 1, true, 0],
		['correct', 20, false, 0]
	])('%s at attempt %d (solution shown: %s) earns %d', (verdict, attempts, shown, points) => {
		expect(earned(verdict, attempts, shown)).toBeCloseTo(points, 12);
	});

	it('never gives carried work the whole point', () => {
		expect(CREDIT.carried).toBeLessThan(CREDIT.correct);
	});
});
