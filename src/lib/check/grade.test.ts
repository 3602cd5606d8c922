import { describe, expect, it } from 'vitest';
import {
	gradeAtPoints,
	gradeExpression,
	gradeNumber,
	mulberry32,
	samplePoints,
	withinTolerance,
	type Env,
	type ExpressionOptions,
	type ExpressionSymbol,
	type NumberOptions,
	type PointsOptions,
	type Verdict
} from './grade';
import { startBudget } from './safe-math';

// The worked example: ∂E_total/∂w5 = (out_o1 − target_o1) · out_o1(1 − out_o1) · out_h1
const dEdOut = 0.74136507;
const dOutdNet = 0.186815602;
const dNetdW5 = 0.593269992;
const expected = dEdOut * dOutdNet * dNetdW5; // 0.082167041

describe('withinTolerance', () => {
	it.each([
		[1.001, 1, 1e-3, 0, true],
		[1.0011, 1, 1e-3, 0, false],
		[5e-7, 0, 1e-3, 1e-6, true],
		[2e-6, 0, 1e-3, 1e-6, false],
		[Number.NaN, 1, 1, 1, false],
		[Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 1, 1, false]
	])('|%d − %d| within rtol %d, atol %d: %s', (a, e, rtol, atol, within) => {
		// Act & Assert
		expect(withinTolerance(a, e, rtol, atol)).toBe(within);
	});
});

describe('gradeNumber', () => {
	// the product of the three factors as the page shows them (5 decimals), and as a student rounds them
	const shown = 0.74137 * 0.18682 * 0.59327;
	const base: Omit<NumberOptions, 'lang'> = {
		expected,
		interval: [Math.min(expected, 0.741 * 0.187 * 0.593), Math.max(expected, shown, 0.741 * 0.187 * 0.593)],
		misconceptions: [
			{ code: 'sign-flipped', value: -expected },
			{ code: 'dropped-activation-derivative', value: dEdOut * dNetdW5 }
		]
	};

	it.each<[string, 'es' | 'en', Verdict]>([
		['0.082167041', 'en', { type: 'correct', value: 0.082167041, matched: 'exact' }],
		['0,08217', 'es', { type: 'correct', value: 0.08217, matched: 'exact' }],
		// three significant figures of the right value are right
		['0.0822', 'en', { type: 'correct', value: 0.0822, matched: 'exact' }],
		['-0.082167', 'en', { type: 'incorrect', value: -0.082167, diagnosis: 'sign-flipped' }]
	])('%j (%s)', (text, lang, verdict) => {
		// Act
		const result = gradeNumber(text, { ...base, lang });
		// Assert
		expect(result).toEqual(verdict);
	});

	it('says what is right and what is not in a wrong number, naming no mistake', () => {
		// Act
		const result = gradeNumber('0.5', { ...base, lang: 'en' });
		// Assert
		expect(result).toMatchObject({ type: 'incorrect', value: 0.5 });
		expect(result.type === 'incorrect' ? result.diagnosis : 'none').toBeUndefined();
		expect(result.type === 'incorrect' && result.message?.en).toMatch(/10 times too large/);
	});

	it('accepts a value computed from the figures shown, rounded to 3 figures', () => {
		// Act
		const result = gradeNumber('0.741*0.187*0.593', { ...base, lang: 'en' });
		// Assert
		expect(result).toMatchObject({ type: 'correct' });
	});

	it('refuses 1 % off with 4 figures, though a tolerance of 1 % would take it', () => {
		// Act
		const result = gradeNumber((expected * 1.01).toPrecision(4), { ...base, lang: 'en' });
		// Assert
		expect(result.type).toBe('incorrect');
	});

	it('says "right so far" to fewer than 3 figures given right, and it is no attempt', () => {
		// Act
		const result = gradeNumber('0.082', { ...base, lang: 'en' });
		// Assert
		expect(result).toEqual({ type: 'too-few', value: 0.082, figures: 3 });
	});

	it('takes a value exactly shorter as written', () => {
		// Act & Assert
		expect(gradeNumber('0.47', { expected: 0.47000000000000003, lang: 'en' })).toMatchObject({ type: 'correct' });
		expect(gradeNumber('0,7', { expected: 0.7, lang: 'es' })).toMatchObject({ type: 'correct' });
	});

	it('grades a count as the whole number only', () => {
		// Act & Assert
		expect(gradeNumber('27', { expected: 27, count: true, lang: 'en' }).type).toBe('correct');
		expect(gradeNumber('30', { expected: 27, count: true, lang: 'en' }).type).toBe('incorrect');
	});

	it('calls an answer consistent with an earlier wrong answer "carried", never correct', () => {
		// Act
		const result = gradeNumber('0.0912', { ...base, carried: 0.09123, lang: 'en' });
		// Assert
		expect(result).toEqual({ type: 'carried', value: 0.0912 });
	});

	it('names a mistake only when rounding does not explain the answer better', () => {
		// Arrange: a "mistake" whose value lies inside the honest roundings
		const options: NumberOptions = { ...base, misconceptions: [{ code: 'used-updated-weight', value: 0.0822 }], lang: 'en' };
		// Act & Assert
		expect(gradeNumber('0.0822', options).type).toBe('correct');
	});

	it('evaluates arithmetic, and grades its value', () => {
		// Act
		const result = gradeNumber('0.74136507*0.186815602*0.593269992', { ...base, lang: 'en' });
		// Assert
		expect(result.type).toBe('correct');
		expect(result.type === 'correct' && result.value).toBeCloseTo(expected, 12);
	});

	it('accepts arithmetic on figures rounded to 3 or more, by any route, as far as those figures reach', () => {
		// Arrange: 1 − ŷ₁ − ŷ₂ from figures of a softmax, a route the interval does not know
		const options: NumberOptions = { expected: 1 - 0.6590011 - 0.2424329, lang: 'en' };
		// Act & Assert
		expect(gradeNumber('1 - 0.65900 - 0.24243', options).type).toBe('correct');
		expect(gradeNumber('1 - 0.659 - 0.242', options).type).toBe('correct');
		expect(gradeNumber('1 - 0.66 - 0.24', options).type).toBe('incorrect');
	});

	it('takes a whole number in arithmetic as exact: a count of weights without its biases is not the count', () => {
		// Arrange: the parameters of a 784-128-64-10 network, 109 386 with the biases
		const options: NumberOptions = { expected: 784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10, lang: 'en' };
		// Act & Assert
		expect(gradeNumber('784*128 + 128*64 + 64*10', options).type).toBe('incorrect');
		expect(gradeNumber('784*128 + 128 + 128*64 + 64 + 64*10 + 10', options).type).toBe('correct');
		expect(gradeNumber('785*128 + 128*64 + 64*10', options).type).toBe('incorrect');
	});

	it('names the misconception when the answer matches one', () => {
		// Act
		const result = gradeNumber(String(dEdOut * dNetdW5), { ...base, lang: 'en' });
		// Assert
		expect(result).toMatchObject({ type: 'incorrect', diagnosis: 'dropped-activation-derivative' });
	});

	it('tries misconceptions only after the answer is not correct', () => {
		// Arrange: a misconception that coincides with the expected value
		const options: NumberOptions = { expected: 0.5, misconceptions: [{ code: 'same', value: 0.5 }], lang: 'en' };
		// Act
		const result = gradeNumber('0.5', options);
		// Assert
		expect(result).toEqual({ type: 'correct', value: 0.5, matched: 'exact' });
	});

	it('honours a per-exercise tolerance', () => {
		// Act
		const loose = gradeNumber('0.0822', { expected, tolerance: { rtol: 1e-2, atol: 0 }, lang: 'en' });
		const strict = gradeNumber('0.0822', { expected, tolerance: { rtol: 1e-5, atol: 0 }, lang: 'en' });
		// Assert
		expect(loose.type).toBe('correct');
		expect(strict.type).toBe('incorrect');
	});

	it.each([
		['', 'empty'],
		['16,000', 'ambiguous-separator'],
		['0,0802', 'ambiguous-separator'],
		['w5', 'unknown-symbol'],
		['1/0', 'too-large'],
		['0/0', 'undefined-value'],
		['1 +', 'syntax']
	])('%j is invalid (%s) in English', (text, code) => {
		// Act
		const result = gradeNumber(text, { ...base, lang: 'en' });
		// Assert
		expect(result).toMatchObject({ type: 'invalid', code });
		expect(result.type === 'invalid' && result.message.es.length > 0).toBe(true);
	});

	it('is invalid, not wrong, when the evaluation runs out of time', () => {
		// Arrange
		let t = 0;
		const budget = startBudget(50, () => (t += 100));
		// Act
		const result = gradeNumber(`1${'+1'.repeat(100)}`, { expected: 101, lang: 'en', budget });
		// Assert
		expect(result).toMatchObject({ type: 'invalid', code: 'too-slow' });
	});
});

describe('mulberry32 and samplePoints', () => {
	const symbols: ExpressionSymbol[] = [
		{ name: 'yhat1', domain: [0, 1], value: 0.75136507 },
		{ name: 'w5', domain: [-2, 2], value: 0.4 }
	];
	const f = (env: Env): number => (env.yhat1 ?? Number.NaN) * (env.w5 ?? Number.NaN);

	it('repeats for a seed and differs between seeds', () => {
		// Act
		const a = Array.from({ length: 5 }, mulberry32(7));
		const b = Array.from({ length: 5 }, mulberry32(7));
		const c = Array.from({ length: 5 }, mulberry32(8));
		// Assert
		expect(a).toEqual(b);
		expect(a).not.toEqual(c);
		expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
	});

	it('starts at the lesson point and draws at least 8 more inside each domain', () => {
		// Act
		const points = samplePoints(symbols, f, 8, 1);
		// Assert
		expect(points.length).toBe(9);
		expect(points[0]?.env).toEqual({ yhat1: 0.75136507, w5: 0.4 });
		expect(points.map((p) => p.lesson)).toEqual([true, ...Array<boolean>(8).fill(false)]);
		for (const p of points.slice(1)) {
			expect(p.env.yhat1).toBeGreaterThan(0);
			expect(p.env.yhat1).toBeLessThan(1);
			expect(p.env.w5).toBeGreaterThan(-2);
			expect(p.env.w5).toBeLessThan(2);
		}
	});

	it('skips points where the expected value is not finite', () => {
		// Arrange: 1/w5 is infinite at the lesson point
		const atZero: ExpressionSymbol[] = [{ name: 'w5', domain: [-1, 1], value: 0 }];
		// Act
		const points = samplePoints(atZero, (env) => 1 / (env.w5 ?? Number.NaN), 8, 3);
		// Assert
		expect(points.length).toBe(8);
		expect(points.every((p) => Number.isFinite(p.expected) && !p.lesson)).toBe(true);
	});

	it('refuses a domain that is not an interval', () => {
		// Act & Assert
		expect(() => samplePoints([{ name: 'x', domain: [1, 0], value: 0.5 }], f, 8, 1)).toThrow(RangeError);
	});
});

describe('gradeExpression', () => {
	// ∂ŷ₁/∂sum_ŷ₁ = ŷ₁(1 − ŷ₁) at the worked example's point
	const symbols: ExpressionSymbol[] = [
		{ name: 'yhat1', domain: [0, 1], value: 0.75136507 },
		{ name: 'sum_yhat1', domain: [-4, 4], value: 1.10590597 },
		{ name: 'w5', domain: [-1, 1], value: 0.4 }
	];
	const y = (env: Env): number => env.yhat1 ?? Number.NaN;
	const s = (env: Env): number => env.sum_yhat1 ?? Number.NaN;
	const options: ExpressionOptions = {
		symbols,
		expected: (env: Env) => y(env) * (1 - y(env)),
		misconceptions: [
			{ code: 'pre-activation', expected: (env: Env) => s(env) * (1 - s(env)) },
			{ code: 'dropped-one-minus', expected: (env: Env) => y(env) }
		],
		lang: 'en',
		seed: 42
	};

	it.each([
		'yhat1*(1-yhat1)',
		'yhat1 - yhat1^2',
		'-(yhat1^2 - yhat1)',
		'(1-yhat1) yhat1',
		'yhat1/(1/(1-yhat1))',
		'(1−yhat1)·yhat1',
		'yhat1*(1-yhat1) + 0*w5',
		'exp(log(yhat1))*(1-yhat1)'
	])('%s is correct', (text) => {
		// Act
		const result = gradeExpression(text, options);
		// Assert
		expect(result).toMatchObject({ type: 'correct', matched: 'exact' });
		expect(result.type === 'correct' && result.value).toBeCloseTo(0.186815602, 8);
	});

	it.each<[string, string | undefined]>([
		['sum_yhat1*(1-sum_yhat1)', 'pre-activation'],
		['yhat1', 'dropped-one-minus'],
		['yhat1*(1+yhat1)', undefined],
		['yhat1^2', undefined],
		['w5*yhat1*(1-yhat1)', undefined]
	])('%s is incorrect (diagnosis %s)', (text, diagnosis) => {
		// Act
		const result = gradeExpression(text, options);
		// Assert
		expect(result.type).toBe('incorrect');
		expect(result.type === 'incorrect' && result.diagnosis).toBe(diagnosis ?? undefined);
	});

	it('refuses a bare number, right or wrong, as no formula: not an attempt, never carried', () => {
		// Act
		const right = gradeExpression('0.186815602', options);
		const rightComma = gradeExpression('0,18682', { ...options, lang: 'es' });
		const wrong = gradeExpression('0.5', options);
		// Assert
		expect(right).toMatchObject({ type: 'invalid', code: 'number-not-formula' });
		expect(right.type === 'invalid' && right.message.en).toBe(
			'Right value at this point, but write it in symbols'
		);
		expect(rightComma.type === 'invalid' && rightComma.message.es).toBe(
			'Es el valor correcto en este punto, pero escríbelo con símbolos'
		);
		expect(wrong.type === 'invalid' && wrong.message.en).toBe(
			"An expression in the lesson's symbols is asked here, not a number"
		);
	});

	it('agreeing at the lesson point alone is not enough', () => {
		// Arrange: a formula equal to ŷ(1 − ŷ) only at ŷ = 0.75136507
		const text = 'yhat1*(1-yhat1) + (yhat1 - 0.75136507)';
		// Act
		const result = gradeExpression(text, options);
		// Assert
		expect(result).toMatchObject({ type: 'incorrect' });
		expect(result.type === 'incorrect' && result.value).toBeCloseTo(0.186815602, 8);
	});

	it('gives the same verdict for the same seed', () => {
		// Act
		const a = gradeExpression('yhat1 - yhat1^2', options);
		const b = gradeExpression('yhat1 - yhat1^2', options);
		// Assert
		expect(a).toEqual(b);
	});

	it('is incorrect where the answer has no value but the expected has one', () => {
		// Act
		const result = gradeExpression('log(yhat1 - 2)', options);
		// Assert
		expect(result).toEqual({ type: 'incorrect', value: undefined });
	});

	it.each([
		['yhat', 'unknown-symbol', ['yhat1']],
		['Yhat1*(1-Yhat1)', 'unknown-symbol', ['yhat1']],
		['W5', 'unknown-symbol', ['w5']],
		['yhat1(1-yhat1)', 'not-a-function', undefined],
		['', 'empty', undefined],
		['1/0', 'too-large', undefined]
	])('%j is invalid (%s)', (text, code, suggestions) => {
		// Act
		const result = gradeExpression(text, options);
		// Assert
		expect(result).toMatchObject({ type: 'invalid', code });
		if (suggestions) expect(result.type === 'invalid' && result.suggestions).toEqual(suggestions);
	});

	it('reads a Spanish decimal comma inside a formula', () => {
		// Arrange
		const half: ExpressionOptions = { ...options, expected: (env) => 0.5 * y(env), misconceptions: [], lang: 'es' };
		// Act
		const result = gradeExpression('0,5*yhat1', half);
		// Assert
		expect(result.type).toBe('correct');
	});

	it('reports no value when the lesson point itself could not be used', () => {
		// Arrange: 1/w5 at the lesson's w5 = 0
		const atZero: ExpressionOptions = {
			symbols: [{ name: 'w5', domain: [-1, 1], value: 0 }],
			expected: (env) => 1 / (env.w5 ?? Number.NaN),
			lang: 'en'
		};
		// Act
		const result = gradeExpression('w5^-1', atZero);
		// Assert
		expect(result).toEqual({ type: 'correct', value: undefined, matched: 'exact' });
	});

	it('grades a number when the exercise declares no symbols', () => {
		// Act
		const result = gradeExpression('0.25', { symbols: [], expected: () => 0.25, lang: 'en' });
		// Assert
		expect(result).toEqual({ type: 'correct', value: 0.25, matched: 'exact' });
	});
});

describe('gradeAtPoints', () => {
	// points a build step computed: the lesson's, then two more, with one misconception's values
	const points = [
		{ env: { w5: 0.4, out_h1: 0.59 }, expected: 0.236, lesson: true },
		{ env: { w5: -0.2, out_h1: 0.3 }, expected: -0.06 },
		{ env: { w5: 0.9, out_h1: 0.1 }, expected: 0.09 }
	];
	const base: PointsOptions = {
		symbols: ['w5', 'out_h1'],
		points,
		misconceptions: [{ code: 'used-updated-weight', values: [0.2, 0.5, Number.NaN] }],
		lang: 'en'
	};

	it.each<[string, Verdict]>([
		['w5*out_h1', { type: 'correct', value: 0.236, matched: 'exact' }],
		['out_h1 w5', { type: 'correct', value: 0.236, matched: 'exact' }],
		['w5+out_h1', { type: 'incorrect', value: 0.99 }],
		[
			'0.236',
			{
				type: 'invalid',
				code: 'number-not-formula',
				message: expect.objectContaining({ en: 'Right value at this point, but write it in symbols' })
			}
		],
		['W5*out_h1', { type: 'invalid', code: 'unknown-symbol', message: expect.anything(), suggestions: ['w5'] }]
	])('%s', (text, verdict) => {
		// Act
		const result = gradeAtPoints(text, base);
		// Assert
		expect(result).toEqual(verdict);
	});

	it('names a misconception from precomputed values, skipping points where it is undefined', () => {
		// Arrange: w5/2 is 0.2 and -0.1 at the first two points; the mistake is undefined at the third
		const options: PointsOptions = { ...base, misconceptions: [{ code: 'half', values: [0.2, -0.1, Number.NaN] }] };
		// Act
		const result = gradeAtPoints('w5/2', options);
		// Assert
		expect(result).toEqual({ type: 'incorrect', value: 0.2, diagnosis: 'half' });
	});
});
