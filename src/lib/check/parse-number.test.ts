import { describe, expect, it } from 'vitest';
import type { InvalidCode, Lang } from './messages';
import { parseNumber } from './parse-number';
import { readSeparators } from './separators';

describe('parseNumber: accepted numbers', () => {
	it.each<[string, Lang, number, boolean]>([
		// text, language, value, arithmetic
		['0,0802', 'es', 0.0802, false],
		['0.0802', 'es', 0.0802, false],
		['0.0802', 'en', 0.0802, false],
		['-0,5', 'es', -0.5, false],
		[',5', 'es', 0.5, false],
		['.5', 'en', 0.5, false],
		['16000', 'en', 16000, false],
		['16,000', 'es', 16, false],
		['1,234', 'es', 1.234, false],
		['1.234', 'en', 1.234, false],
		['0.125', 'es', 0.125, false],
		['1234.5', 'en', 1234.5, false],
		['8.02e-2', 'en', 0.0802, false],
		['8,02e-2', 'es', 0.0802, false],
		['8.02E-2', 'es', 0.0802, false],
		['1e3', 'en', 1000, false],
		['1e+3', 'en', 1000, false],
		['0.68492*0.19480*0.60108', 'en', 0.68492 * 0.1948 * 0.60108, true],
		['0,68492*0,19480*0,60108', 'es', 0.68492 * 0.1948 * 0.60108, true],
		['0,68492 * 0,19480', 'es', 0.68492 * 0.1948, true],
		['−0,5', 'es', -0.5, false],
		['0.5×0.2', 'en', 0.1, true],
		['1/(1+exp(-0.5))', 'en', 1 / (1 + Math.exp(-0.5)), true],
		['2 pi', 'en', 2 * Math.PI, true],
		['2 e', 'en', 2 * Math.E, true],
		['2*e', 'en', 2 * Math.E, true],
		['2exp(0)', 'en', 2, true],
		['0.5^2', 'en', 0.25, true],
		['  0.0802  ', 'en', 0.0802, false],
		// a comma and a space separate a call's arguments; a bracket that is no call holds one number
		['max(0,5, 1)', 'es', 1, true],
		['min(0,5, 0,25)', 'es', 0.25, true],
		['min(0.5, 1)', 'en', 0.5, true],
		['leaky_relu(-2, 0,1)', 'es', -0.2, true],
		['2(0,5)', 'es', 1, true],
		['(0,5)', 'es', 0.5, false]
	])('%j in %s = %d', (text, lang, value, arithmetic) => {
		// Act
		const result = parseNumber(text, lang);
		// Assert
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.value).toBeCloseTo(value, 12);
		expect(result.value.arithmetic).toBe(arithmetic);
	});
});

describe('parseNumber: refused numbers', () => {
	it.each<[string, Lang, InvalidCode]>([
		['0,0802', 'en', 'ambiguous-separator'],
		['16,000', 'en', 'ambiguous-separator'],
		['1,234,567', 'en', 'ambiguous-separator'],
		['1,234,567', 'es', 'ambiguous-separator'],
		['16.000', 'es', 'ambiguous-separator'],
		['1.234.567', 'es', 'ambiguous-separator'],
		['1.234.567', 'en', 'ambiguous-separator'],
		['1.2.3', 'en', 'syntax'],
		['2.5.', 'en', 'syntax'],
		['1e', 'en', 'syntax'],
		['2E', 'es', 'syntax'],
		['1e+', 'en', 'syntax'],
		['1.234,5', 'es', 'ambiguous-separator'],
		['1,234.5', 'en', 'ambiguous-separator'],
		['16 000', 'es', 'space-in-number'],
		['16 000', 'en', 'space-in-number'],
		['0, 5', 'es', 'syntax'],
		['(0, 5)', 'es', 'syntax'],
		['2*(1, 2)', 'en', 'syntax'],
		['max(1,5)', 'en', 'ambiguous-separator'],
		['max(1,5)', 'es', 'wrong-arity'],
		['max(1,234,5)', 'es', 'ambiguous-separator'],
		['0,', 'es', 'syntax'],
		['.', 'en', 'syntax'],
		['0x1F', 'en', 'syntax'],
		['0b101', 'en', 'syntax'],
		['1/0', 'en', 'too-large'],
		['0/0', 'en', 'undefined-value'],
		['sqrt(-1)', 'en', 'undefined-value'],
		['9^9^9^9', 'en', 'too-large'],
		['x', 'en', 'unknown-symbol'],
		['', 'es', 'empty']
	])('%j in %s → %s', (text, lang, code) => {
		// Act
		const result = parseNumber(text, lang);
		// Assert
		expect(result.ok ? 'ok' : result.problem.code).toBe(code);
	});

	it('never reads 16,000 silently in English, and says both readings', () => {
		// Act
		const result = parseNumber('16,000', 'en');
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.message.en).toBe(
			'“16,000” is ambiguous: write 16000 for thousands, or use a decimal point (16.000)'
		);
		expect(result.problem.message.es).toContain('16000');
	});

	it('tells an English reader to use a point', () => {
		// Act
		const result = parseNumber('0,0802', 'en');
		// Assert
		expect(result.ok ? '' : result.problem.message.en).toBe(
			'“0,0802”: use a point for decimals (0.0802); numbers take no commas'
		);
	});

	it('tells a Spanish reader 16.000 is ambiguous', () => {
		// Act
		const result = parseNumber('16.000', 'es');
		// Assert
		expect(result.ok ? '' : result.problem.message.es).toBe(
			'«16.000» es ambiguo: escribe 16000 si son miles, o 16,000 con coma decimal'
		);
	});
});

describe('readSeparators', () => {
	it.each<[string, Lang, string]>([
		['0,5*w5', 'es', '0.5*w5'],
		['yhat1*(1-yhat1)', 'en', 'yhat1*(1-yhat1)'],
		['2,5e-3+1', 'es', '2.5e-3+1']
	])('%j in %s → %j', (text, lang, expected) => {
		// Act
		const result = readSeparators(text, lang);
		// Assert
		expect(result).toEqual({ ok: true, value: expected });
	});

	it.each(['w5,w6', 'a.b', '2,,5'])('refuses the stray separator in %j', (text) => {
		// Act
		const result = readSeparators(text, 'es');
		// Assert
		expect(result.ok).toBe(false);
	});

	it('keeps the length, so positions stay right', () => {
		// Act
		const result = readSeparators('0,68492*0,19480', 'es');
		// Assert
		expect(result.ok && result.value.length).toBe('0,68492*0,19480'.length);
	});
});
