import { create, parseDependencies } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
	checkTree,
	evaluateTree,
	listSymbols,
	MAX_BRACKET_DEPTH,
	MAX_LENGTH,
	MAX_STEPS,
	parseSafe,
	prepareInput,
	startBudget,
	type Parsed
} from './safe-math';
import type { InvalidCode } from './messages';

const SYMBOLS = ['yhat1', 'yhat2', 'w5', 'w6', 'sum_yhat1', 'out_h1'];
const ENV = new Map([
	['yhat1', 0.75],
	['yhat2', 0.7],
	['w5', 0.4],
	['w6', 0.45],
	['sum_yhat1', 1.1],
	['out_h1', 0.59]
]);

function parsed(text: string, symbols: string[] = SYMBOLS): Parsed {
	const result = parseSafe(text, { symbols, lang: 'en' });
	if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problem.message.en}`);
	return result.value;
}

function valueOf(text: string, symbols: string[] = SYMBOLS): number {
	const result = evaluateTree(parsed(text, symbols).tree, ENV, startBudget());
	if (!result.ok) throw new Error(result.problem.message.en);
	return result.value;
}

function codeOf(text: string, symbols: string[] = SYMBOLS): InvalidCode | 'ok' {
	const result = parseSafe(text, { symbols, lang: 'en' });
	return result.ok ? 'ok' : result.problem.code;
}

describe('prepareInput', () => {
	it.each([
		['  1 + 2  ', '1 + 2'],
		['\u22121', '-1'],
		['2\u00d73', '2*3'],
		['2\u00b73', '2*3'],
		['2\u22c53', '2*3'],
		['6\u00f73', '6/3'],
		['1\u20132', '1-2'],
		['2\u00a0*\t3', '2 * 3']
	])('maps safe look-alikes in %j to %j', (raw, expected) => {
		// Act
		const result = prepareInput(raw);
		// Assert
		expect(result).toEqual({ ok: true, value: expected });
	});

	it.each<[string, string, InvalidCode]>([
		['empty', '', 'empty'],
		['only spaces', '   \t ', 'empty'],
		['too long', '1'.repeat(MAX_LENGTH + 1), 'too-long'],
		['too deep', `${'('.repeat(MAX_BRACKET_DEPTH + 1)}1${')'.repeat(MAX_BRACKET_DEPTH + 1)}`, 'too-deep'],
		['unopened bracket', ')(', 'syntax'],
		['unclosed bracket', '((1)', 'syntax'],
		['python power', '2**3', 'syntax'],
		['assignment', 'x=1', 'bad-character'],
		['line break', '1\n2', 'bad-character'],
		['full-width digits', '\uff10.\uff15', 'bad-character'],
		['Cyrillic u', '\u0443hat1', 'bad-character'],
		['zero-width space', '1\u200b2', 'bad-character'],
		['emoji', '1+\u{1f600}', 'bad-character'],
		['semicolon', '1;2', 'bad-character'],
		['bracket', '[1]', 'bad-character']
	])('refuses %s', (_name, raw, code) => {
		// Act
		const result = prepareInput(raw);
		// Assert
		expect(result.ok ? 'ok' : result.problem.code).toBe(code);
	});

	it('accepts exactly the maximum length (after trimming) and depth', () => {
		// Arrange
		const longest = `  ${'1'.repeat(MAX_LENGTH)}  `;
		const deep = `${'('.repeat(MAX_BRACKET_DEPTH)}1${')'.repeat(MAX_BRACKET_DEPTH)}`;
		// Act & Assert
		expect(prepareInput(longest).ok).toBe(true);
		expect(prepareInput(deep).ok).toBe(true);
	});

	it('names the offending character and its code point, in both languages', () => {
		// Act
		const result = prepareInput('\u0443hat1');
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.message.en).toContain('U+0443');
		expect(result.problem.message.en).toContain('\u0443');
		expect(result.problem.message.es).toContain('U+0443');
		expect(result.problem.position).toBe(0);
	});

	it.each([
		['2\u03c0', 'write pi'],
		['yhat1\u00b2', 'write ^2'],
		['\u0177', 'write yhat'],
		['\u03c3(1)', 'write sigmoid(…)']
	])('says how to type %s', (raw, hint) => {
		// Act
		const result = prepareInput(raw);
		// Assert
		expect(result.ok ? '' : result.problem.message.en).toContain(hint);
	});

	it('suggests the ordinary digit for a full-width one and hides invisible characters', () => {
		// Act
		const fullWidth = prepareInput('\uff15');
		const invisible = prepareInput('1\u200b2');
		// Assert
		expect(fullWidth.ok ? '' : fullWidth.problem.message.en).toContain('type 5');
		expect(invisible.ok ? '' : invisible.problem.message.en).toContain('invisible character (U+200B)');
	});
});

describe('parseSafe: what is accepted, and its value', () => {
	it.each([
		['yhat1*(1-yhat1)', 0.1875],
		['yhat1 - yhat1^2', 0.1875],
		['-yhat1', -0.75],
		['+w5', 0.4],
		['2^-1', 0.5],
		['2^3^2', 512],
		['-2^2', -4],
		['2 w5', 0.8],
		['w5 w6', 0.18],
		['2(3)', 6],
		['pi', Math.PI],
		['e', Math.E],
		['exp(0)', 1],
		['log(e)', 1],
		['ln(e)', 1],
		['sqrt(4)', 2],
		['abs(-3)', 3],
		['sigmoid(0)', 0.5],
		['tanh(0)', 0],
		['relu(-1)', 0],
		['relu(2)', 2],
		['step(-1)', 0],
		['step(0.5)', 1],
		['step(0)', 1],
		['softplus(0)', Math.LN2],
		['sigmoid(-1000)', 0],
		['softplus(1000)', 1000],
		['1.5e3', 1500],
		['.5', 0.5],
		['out_h1*w5', 0.59 * 0.4],
		['sigmoid(sum_yhat1)', 1 / (1 + Math.exp(-1.1))]
	])('%s = %d', (text, expected) => {
		// Act
		const value = valueOf(text);
		// Assert
		expect(value).toBeCloseTo(expected, 12);
	});

	it('lists the lesson symbols used, sorted, and flags implicit products', () => {
		// Act
		const result = parsed('w6*yhat1 + 2 w5 + pi');
		// Assert
		expect(result.symbols).toEqual(['w5', 'w6', 'yhat1']);
		expect(listSymbols(result.tree)).toEqual(['w5', 'w6', 'yhat1']);
		expect(result.implicit).toBe(true);
		expect(parsed('2*w5').implicit).toBe(false);
	});

	it('lets a lesson symbol shadow a constant of the same name', () => {
		// Act
		const result = parsed('e + 1', ['e']);
		// Assert
		expect(result.tree).toEqual({
			kind: 'binary',
			op: '+',
			left: { kind: 'sym', name: 'e' },
			right: { kind: 'num', value: 1 },
			implicit: false
		});
	});

	it('gives NaN, not an exception, for a symbol missing from the environment', () => {
		// Act
		const result = evaluateTree(parsed('w5').tree, new Map(), startBudget());
		// Assert
		expect(result.ok && Number.isNaN(result.value)).toBe(true);
	});
});

describe('parseSafe: what is refused', () => {
	it.each<[string, InvalidCode]>([
		['yhat', 'unknown-symbol'],
		['W5', 'unknown-symbol'],
		['constructor', 'unknown-symbol'],
		['__proto__', 'unknown-symbol'],
		['yhat1(1-yhat1)', 'not-a-function'],
		['pi(2)', 'not-a-function'],
		['exp', 'missing-argument'],
		['sigmoid()', 'wrong-arity'],
		['log(2, 3)', 'syntax'],
		['log(w5, w6)', 'syntax'],
		['sigma(w5)', 'unknown-function'],
		['evaluate(1)', 'unknown-function'],
		['x mod 2', 'not-allowed'],
		['w5 mod 2', 'not-allowed'],
		['1 to w5', 'not-allowed'],
		['not w5', 'not-allowed'],
		['w5 and w6', 'not-allowed'],
		['w5 or w6', 'not-allowed'],
		['w5 xor w6', 'not-allowed'],
		['2.*3', 'not-allowed'],
		['true', 'not-a-number'],
		['null', 'not-a-number'],
		['undefined', 'not-a-number'],
		['NaN', 'not-a-number'],
		['Infinity', 'too-large'],
		['1e400', 'too-large'],
		['2 3', 'space-in-number'],
		['1 +', 'syntax'],
		['*2', 'syntax'],
		['2e-x', 'syntax'],
		[`${'-'.repeat(300)}1`, 'too-deep']
	])('%s → %s', (text, code) => {
		// Act & Assert
		expect(codeOf(text)).toBe(code);
	});

	it.each([
		['yhat', ['yhat1']],
		['W5', ['w5']],
		['Yhat1', ['yhat1']],
		['yaht1', ['yhat1']],
		['y_hat1', ['yhat1']],
		['sum_yhat', ['sum_yhat1']]
	])('suggests for %s', (typed, expected) => {
		// Act
		const result = parseSafe(typed, { symbols: ['yhat1', 'w5', 'sum_yhat1'], lang: 'en' });
		// Assert
		expect(result.ok ? [] : result.problem.suggestions).toEqual(expected);
	});

	it('says "did you mean" in both languages, with up to three names', () => {
		// Act
		const result = parseSafe('yhat', { symbols: ['yhat1', 'yhat2', 'yhat3', 'yhat4'], lang: 'es' });
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.suggestions).toEqual(['yhat1', 'yhat2', 'yhat3']);
		expect(result.problem.message.en).toBe(
			'“yhat” is not a symbol of this lesson. Did you mean yhat1, yhat2 or yhat3?'
		);
		expect(result.problem.message.es).toBe(
			'«yhat» no es un símbolo de esta lección. ¿Quisiste decir yhat1, yhat2 o yhat3?'
		);
	});

	it('suggests a function by its stem and a constant only for a case slip', () => {
		// Act
		const sigma = parseSafe('sigma(1)', { lang: 'en' });
		const upperPi = parseSafe('PI', { lang: 'en' });
		const x = parseSafe('x', { lang: 'en' });
		// Assert
		expect(sigma.ok ? [] : sigma.problem.suggestions).toEqual(['sigmoid']);
		expect(upperPi.ok ? [] : upperPi.problem.suggestions).toEqual(['pi']);
		expect(x.ok ? [] : x.problem.suggestions).toEqual([]);
	});

	it('lists the lesson symbols when nothing is close', () => {
		// Act
		const result = parseSafe('zzz', { symbols: ['w5', 'w6'], lang: 'en' });
		// Assert
		expect(result.ok ? '' : result.problem.message.en).toContain('The symbols are: w5, w6');
	});

	it('quotes where a syntax error is', () => {
		// Act
		const result = parseSafe('1 + * 2', { lang: 'en' });
		// Assert
		expect(result.ok ? '' : result.problem.message.en).toMatch(/position \d+/);
	});
});

describe('checkTree: node types the character filter already stops', () => {
	// A parser for the test only, to build trees the answer box can never produce.
	if (!parseDependencies) throw new Error('mathjs has no parseDependencies');
	const { parse } = create({ parseDependencies });

	it.each([
		'a.constructor',
		'a.b(1)',
		'log(2, 3)',
		'a["constructor"]',
		'a[1]',
		'[1, 2]',
		'{a: 1}',
		'x = 1',
		'f(x) = x',
		'1; 2',
		'w5 ? 1 : 2',
		'1:10',
		'w5 == w5',
		'w5 < w6 < 1',
		'"string"',
		"w5'",
		'w5!',
		'5 % 2',
		'w5 & 1'
	])('refuses %s', (text) => {
		// Arrange
		const node = parse(text);
		// Act
		const result = checkTree(node, ['w5', 'w6', 'a', 'x']);
		// Assert
		expect(result.ok).toBe(false);
	});
});

describe('evaluation budget', () => {
	it('stops when the clock passes the deadline', () => {
		// Arrange: a clock that moves 100 ms each time it is read
		let t = 0;
		const budget = startBudget(50, () => (t += 100));
		const tree = parsed(`1${'+1'.repeat(100)}`).tree;
		// Act
		const result = evaluateTree(tree, ENV, budget);
		// Assert
		expect(result.ok ? 'ok' : result.problem.code).toBe('too-slow');
	});

	it('stops after the step limit', () => {
		// Arrange
		const budget = startBudget();
		budget.steps = MAX_STEPS;
		// Act
		const result = evaluateTree(parsed('1+1').tree, ENV, budget);
		// Assert
		expect(result.ok ? 'ok' : result.problem.code).toBe('too-slow');
	});
});
