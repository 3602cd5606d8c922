import { describe, expect, it } from 'vitest';
import { formatNumber, texOf } from './format';

describe('formatNumber', () => {
	it.each([
		[0.41000000000000003, '0.41'],
		[0.6010878788483698, '0.60109'],
		[0.194803, '0.19480'],
		[-0.0004916419617572628, '-0.00049'],
		[0.5, '0.5'],
		[2, '2'],
		[0, '0'],
		[1.5e-7, '1.5e-7'],
		[123456789, '1.2346e8']
	])('shows %d as %s (rounded, not truncated)', (value, shown) => {
		expect(formatNumber(value)).toBe(shown);
	});

	it('prints scientific notation as TeX', () => {
		expect(texOf(1.5e-7)).toBe('1.5 \\times 10^{-7}');
	});
});
