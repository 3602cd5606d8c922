import { describe, expect, it } from 'vitest';
import { add, call, mul, neg, num, pow, sub, sym } from '../engine/expr';
import type { Verdict } from '../check/grade';
import type { Expr } from '../engine';
import { answerFormula, answerNumber, describeVerdict, verdictMatches } from './lesson-tests';

describe('answerNumber', () => {
	it('writes 6 significant digits, with a decimal comma in Spanish', () => {
		expect(answerNumber(-0.18976595139947466, 'en')).toBe('-0.189766');
		expect(answerNumber(-0.18976595139947466, 'es')).toBe('-0,189766');
	});

	it('drops trailing zeros and keeps small numbers readable', () => {
		expect(answerNumber(0.5, 'en')).toBe('0.5');
		// not "0.57": that is two figures, which the grader asks again for
		expect(answerNumber(0.5700001, 'en')).toBe('0.570000');
		expect(answerNumber(-12.0000004, 'es')).toBe('-12,0000');
		expect(answerNumber(3, 'es')).toBe('3');
		expect(answerNumber(1.234567e-9, 'es')).toBe('1,23457e-9');
	});
});

describe('answerFormula', () => {
	it('writes the sigmoid factor as a student types it', () => {
		expect(answerFormula(mul(sym('a'), sub(num(1), sym('a'))), 'en')).toEqual({ ok: true, text: 'a*(1 - a)' });
	});

	it('brackets only where precedence needs it', () => {
		// Arrange: 2*(a - y), (a - y)^2, a - (b - c), a/(b*c), -(x + y), x + y*z
		const cases: [Expr, string][] = [
			[mul(num(2), sub(sym('a'), sym('y'))), '2*(a - y)'],
			[pow(sub(sym('a'), sym('y')), num(2)), '(a - y)^2'],
			[sub(sym('a'), sub(sym('b'), sym('c'))), 'a - (b - c)'],
			[call('div', sym('a'), mul(sym('b'), sym('c'))), 'a/(b*c)'],
			[neg(add(sym('x'), sym('y'))), '-(x + y)'],
			[add(sym('x'), mul(sym('y'), sym('z'))), 'x + y*z'],
			[mul(num(-0.5), sym('x')), '(-0.5)*x']
		];

		// Act and assert
		for (const [e, want] of cases) expect(answerFormula(e, 'en')).toEqual({ ok: true, text: want });
	});

	it('writes numbers inside a formula with a decimal comma in Spanish', () => {
		expect(answerFormula(mul(num(0.5), sym('x')), 'es')).toEqual({ ok: true, text: '0,5*x' });
	});

	it('names a function the answer box does not accept', () => {
		expect(answerFormula(mul(call('Phi', sym('z')), sym('x')), 'en')).toEqual({ ok: false, op: 'Phi' });
	});
});

describe('verdicts', () => {
	const correct: Verdict = { type: 'correct', value: 1, matched: 'exact' };
	const signFlip: Verdict = { type: 'incorrect', value: 1, diagnosis: 'sign-flip' };
	const plainWrong: Verdict = { type: 'incorrect', value: 1 };
	const unreadable: Verdict = { type: 'invalid', code: 'syntax', message: { es: 'no se entiende', en: 'cannot be read' } };

	it('matches a verdict type or a diagnosis', () => {
		expect(verdictMatches(correct, 'correct')).toBe(true);
		expect(verdictMatches(signFlip, 'incorrect')).toBe(true);
		expect(verdictMatches(signFlip, 'sign-flip')).toBe(true);
		expect(verdictMatches(plainWrong, 'sign-flip')).toBe(false);
		expect(verdictMatches(unreadable, 'invalid')).toBe(true);
		expect(verdictMatches(unreadable, 'incorrect')).toBe(false);
	});

	it('describes a verdict in a few words', () => {
		expect(describeVerdict(correct, 'en')).toBe('correct');
		expect(describeVerdict({ type: 'correct', matched: 'rounded' }, 'en')).toBe('correct (rounded)');
		expect(describeVerdict(signFlip, 'en')).toBe('incorrect (sign-flip)');
		expect(describeVerdict(plainWrong, 'en')).toBe('incorrect');
		expect(describeVerdict(unreadable, 'en')).toBe('invalid (cannot be read)');
	});
});
