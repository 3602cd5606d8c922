import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['w5', 'w5', 0],
		['w5', 'w6', 1],
		['yhat1', 'yaht1', 1],
		['yhat', 'yhat1', 1],
		['kitten', 'sitting', 3]
	])('%j → %j is %d', (a, b, d) => {
		// Act & Assert
		expect(editDistance(a, b)).toBe(d);
	});
});

describe('suggest', () => {
	const names = ['yhat1', 'yhat2', 'w5', 'w6', 'sum_yhat1', 'out_h1'];
	it.each([
		['yhat', ['yhat1', 'yhat2']],
		['W5', ['w5']],
		['YHAT1', ['yhat1']],
		['w7', ['w5', 'w6']],
		['outh1', ['out_h1']],
		['zzzz', []],
		['yhat1', ['yhat2']]
	])('%s → %j', (typed, expected) => {
		// Act & Assert
		expect(suggest(typed, names)).toEqual(expected);
	});

	it('returns at most three names', () => {
		// Act & Assert
		expect(suggest('w', ['w1', 'w2', 'w3', 'w4', 'w5']).length).toBe(3);
	});

	it('copes with a 500-character name (its time is in the bench, as the hostile corpus)', () => {
		// Act
		const result = suggest('a'.repeat(500), names);
		// Assert
		expect(result).toEqual([]);
	});
});
