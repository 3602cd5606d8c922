import { describe, expect, it } from 'vitest';
import { formatTable, median, ms, nsPer } from './lib';

describe('bench helpers', () => {
	it('takes the median of odd and even counts', () => {
		// Arrange, Act, Assert
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('formats milliseconds and nanoseconds per item', () => {
		// Arrange, Act, Assert
		expect([ms(0.012345), ms(1.2345), ms(123.45)]).toEqual(['0.0123', '1.23', '123']);
		expect(nsPer(1, 1000)).toBe('1000');
	});

	it('aligns text left and numbers right', () => {
		// Arrange
		const rows = [
			{ graph: '~1k', nodes: 993 },
			{ graph: '~100k', nodes: 100001 }
		];

		// Act
		const table = formatTable(rows);

		// Assert
		expect(table.split('\n')).toEqual(['graph   nodes', '-----  ------', '~1k       993', '~100k  100001']);
	});
});
