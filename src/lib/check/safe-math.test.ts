import { create, parseDependencies } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
	checkTree,
	evaluateTree,
	FUNCTIONS,
	listSymbols,
	MAX_BRACKET_DEPTH,
	MAX_LENGTH,
	MAX_STEPS,
	parseSafe,
	prepareInput,
	startBudget,
	type Parsed
} from './safe-math';
import type { InvalidCode, Lang } from './messages';
import { OPS } from '../engine/ops';

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

function codeOf(text: string, symbols: string[] = SYMBOLS, lang: Lang = 'en'): InvalidCode | 'ok' {
	const result = parseSafe(text, { symbols, lang });
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
		['log(2, 3)', 'wrong-arity'],
		['log(w5, w6)', 'wrong-arity'],
		['max(w5)', 'wrong-arity'],
		['max()', 'wrong-arity'],
		['max(w5, w6, 1)', 'wrong-arity'],
		['leaky_relu(w5, 0.1, 2)', 'wrong-arity'],
		['max', 'missing-argument'],
		['max(w5 w6)', 'wrong-arity'],
		['(1, 2)', 'syntax'],
		['2*(w5, w6)', 'syntax'],
		['max((w5, w6))', 'syntax'],
		['max(w5,)', 'syntax'],
		['max(1,5)', 'ambiguous-separator'],
		['max(1.5,2)', 'ambiguous-separator'],
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

describe('functions of several arguments, and the engine activations', () => {
	/** The engine op's own forward, its optional arguments filled in as a lesson's expression would. */
	function engine(name: string, x: number[]): number {
		const op = OPS.get(name);
		if (!op) throw new Error(`no engine op ${name}`);
		return op.forward([...x, ...(op.defaults ?? []).slice(x.length - op.arity[0])]);
	}
	const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
	// Φ(x) from tables (Abramowitz & Stegun 26.2), independent of the engine's erf
	const PHI = new Map([
		[-1, 0.15865525393145707],
		[0.5, 0.6914624612740131],
		[1, 0.8413447460685429],
		[2, 0.9772498680518208]
	]);

	it.each<[string, string, number[], number]>([
		// text, engine op, its arguments, an independent oracle
		['leaky_relu(-2)', 'leaky_relu', [-2], -2 * 0.01],
		['leaky_relu(-2, 0.1)', 'leaky_relu', [-2, 0.1], -2 * 0.1],
		['leaky_relu(3)', 'leaky_relu', [3], 3],
		['leaky_relu(3, 0.1)', 'leaky_relu', [3, 0.1], 3],
		['leaky_relu(0)', 'leaky_relu', [0], 0],
		['elu(-1)', 'elu', [-1], Math.exp(-1) - 1],
		['elu(-1, 2)', 'elu', [-1, 2], 2 * (Math.exp(-1) - 1)],
		['elu(1.5)', 'elu', [1.5], 1.5],
		['gelu(-1)', 'gelu', [-1], -1 * (PHI.get(-1) ?? Number.NaN)],
		['gelu(0.5)', 'gelu', [0.5], 0.5 * (PHI.get(0.5) ?? Number.NaN)],
		['gelu(1)', 'gelu', [1], PHI.get(1) ?? Number.NaN],
		['gelu(2)', 'gelu', [2], 2 * (PHI.get(2) ?? Number.NaN)],
		['gelu(0)', 'gelu', [0], 0],
		...[-2, -0.3, 0, 0.7, 3].map((x): [string, string, number[], number] => [
			`gelu_tanh(${x})`,
			'gelu_tanh',
			[x],
			0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))
		]),
		...[-4, -0.5, 0, 1, 6].map((x): [string, string, number[], number] => [
			`swish(${x})`,
			'swish',
			[x],
			x * sigmoid(x)
		]),
		['sign(-3)', 'sign', [-3], -1],
		['sign(0)', 'sign', [0], 0],
		['sign(0.2)', 'sign', [0.2], 1],
		['max(1, 2)', 'max', [1, 2], Math.max(1, 2)],
		['max(-1, -2)', 'max', [-1, -2], Math.max(-1, -2)],
		['max(3, 3)', 'max', [3, 3], 3],
		['min(1, 2)', 'min', [1, 2], Math.min(1, 2)],
		['min(-1, -2)', 'min', [-1, -2], Math.min(-1, -2)],
		['max(0,-2)', 'max', [0, -2], 0],
		['min(2 , 0.5)', 'min', [2, 0.5], 0.5]
	])('%s is the engine op %s, and agrees with an independent formula', (text, name, x, oracle) => {
		// Act
		const value = valueOf(text);
		// Assert
		expect(value).toBe(engine(name, x));
		expect(value).toBeCloseTo(oracle, 12);
	});

	it.each<[string, number]>([
		['max(w5, w6)', 0.45],
		['max(w5,w6)', 0.45],
		['min(w5,0)', 0],
		['max(0,w5)', 0.4],
		['max(1e-3, w5)', 0.4],
		['max(w5, 1.5e0)', 1.5],
		['min(max(w5, w6), yhat1)', 0.45],
		['max(w5, w6) - min(w5, w6)', 0.05],
		['leaky_relu(w5 - 1)', -0.006],
		['leaky_relu(w5 - 1, w6)', -0.6 * 0.45],
		['elu(-w5, 0.5)', 0.5 * Math.expm1(-0.4)],
		['swish(sum_yhat1)', 1.1 * sigmoid(1.1)],
		['abs(w5) * sign(w5)', 0.4],
		['max (w5, w6)', 0.45]
	])('%s = %d with the lesson symbols', (text, expected) => {
		// Act & Assert
		expect(valueOf(text)).toBeCloseTo(expected, 12);
	});

	it.each<[string, number]>([
		// a comma with a space after it separates arguments; between two digits it is decimal
		['max(1, 5)', 5],
		['max(1 ,5)', 5],
		['leaky_relu(-1, 0,5)', -0.5],
		['leaky_relu(w5 - 1, 0,1)', -0.06],
		['max(0,5, 0,25)', 0.5],
		['max(w5,0,5)', 0.5],
		['min(0,5,w5)', 0.4]
	])('in Spanish, %s = %d', (text, expected) => {
		// Act
		const result = parseSafe(text, { symbols: SYMBOLS, lang: 'es' });
		if (!result.ok) throw new Error(result.problem.message.es);
		const value = evaluateTree(result.value.tree, ENV, startBudget());
		// Assert
		expect(value.ok ? value.value : Number.NaN).toBeCloseTo(expected, 12);
	});

	it('reads max(1,5) in Spanish as the one number 1,5 and says how to write two', () => {
		// Act
		const result = parseSafe('max(1,5)', { lang: 'es' });
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.code).toBe('wrong-arity');
		expect(result.problem.message.es).toBe(
			'«max(…)» lleva 2 argumentos, no 1; escribe max(…, …), con una coma y un espacio entre los argumentos (una coma entre dos cifras, como en 1,5, es decimal)'
		);
	});

	it('refuses max(1,5) in English, where a comma is never decimal, and says how to write two', () => {
		// Act
		const result = parseSafe('max(1,5)', { lang: 'en' });
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.code).toBe('ambiguous-separator');
		expect(result.problem.message.en).toBe(
			"“1,5”: use a point for decimals (1.5); numbers take no commas; to separate a function's arguments, put a space after the comma (1, 5)"
		);
	});

	it.each<[string, string, string]>([
		// text, English, Spanish
		[
			'max(1)',
			'“max(…)” takes 2 arguments, not 1; write max(…, …), with a comma between the arguments',
			'«max(…)» lleva 2 argumentos, no 1; escribe max(…, …), con una coma y un espacio entre los argumentos (una coma entre dos cifras, como en 1,5, es decimal)'
		],
		[
			'min()',
			'“min(…)” takes 2 arguments, not 0; write min(…, …), with a comma between the arguments',
			'«min(…)» lleva 2 argumentos, no 0; escribe min(…, …), con una coma y un espacio entre los argumentos (una coma entre dos cifras, como en 1,5, es decimal)'
		],
		['max(1, 2, 3)', '“max(…)” takes 2 arguments, not 3', '«max(…)» lleva 2 argumentos, no 3'],
		['leaky_relu(1, 2, 3)', '“leaky_relu(…)” takes 1 or 2 arguments, not 3', '«leaky_relu(…)» lleva 1 o 2 argumentos, no 3'],
		['elu()', '“elu(…)” takes 1 or 2 arguments, not 0', '«elu(…)» lleva 1 o 2 argumentos, no 0'],
		['exp(1, 2)', '“exp(…)” takes 1 argument, not 2', '«exp(…)» lleva 1 argumento, no 2'],
		['gelu(1, 2)', '“gelu(…)” takes 1 argument, not 2', '«gelu(…)» lleva 1 argumento, no 2'],
		['sigmoid()', '“sigmoid(…)” takes 1 argument, not 0', '«sigmoid(…)» lleva 1 argumento, no 0']
	])('%s: says how many arguments the function takes, in both languages', (text, en, es) => {
		// Act
		const result = parseSafe(text, { lang: 'en' });
		// Assert
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem.code).toBe('wrong-arity');
		expect(result.problem.message).toEqual({ en, es });
	});

	it('names the arguments a bare function name is missing', () => {
		// Act
		const max = parseSafe('max', { lang: 'en' });
		const relu = parseSafe('leaky_relu', { lang: 'es' });
		// Assert
		expect(max.ok ? '' : max.problem.message.en).toBe(
			'“max” is a function: write max(…, …) with its 2 arguments in parentheses'
		);
		expect(max.ok ? '' : max.problem.message.es).toBe(
			'«max» es una función: escribe max(…, …) con sus 2 argumentos entre paréntesis'
		);
		expect(relu.ok ? '' : relu.problem.message.es).toBe(
			'«leaky_relu» es una función: escribe leaky_relu(…) con su argumento entre paréntesis'
		);
	});

	it.each([
		['silu(1)', ['swish']],
		['sgn(1)', ['sign']],
		['heaviside(1)', ['step']],
		['LeakyReLU(1)', ['leaky_relu']],
		['leakyrelu(1)', ['leaky_relu']],
		['leaky_rlu(1)', ['leaky_relu']],
		['maxx(1, 2)', ['max']],
		['Max(1, 2)', ['max']],
		['GELU(1)', ['gelu']]
	])('suggests the function meant by %s', (text, expected) => {
		// Act
		const result = parseSafe(text, { lang: 'en' });
		// Assert
		expect(result.ok ? [] : result.problem.suggestions).toEqual(expected);
	});

	it('lists every function when none is close', () => {
		// Act
		const result = parseSafe('cos(1)', { lang: 'en' });
		// Assert
		expect(result.ok ? '' : result.problem.message.en).toBe(
			'“cos” is not a known function. The functions are: exp, log, ln, sqrt, abs, sign, sigmoid, tanh, relu, leaky_relu, elu, gelu, gelu_tanh, swish, softplus, step, max, min, floor'
		);
	});

	it('lists the symbols of every argument', () => {
		// Act
		const result = parsed('max(w6, leaky_relu(yhat1, w5)) + min(1, 2)');
		// Assert
		expect(result.symbols).toEqual(['w5', 'w6', 'yhat1']);
		expect(listSymbols(result.tree)).toEqual(['w5', 'w6', 'yhat1']);
		expect(result.tree).toMatchObject({ kind: 'binary', left: { kind: 'call', fn: 'max' } });
	});

	it('keeps the arguments as typed; a left-out one takes its default only when evaluated', () => {
		// Act
		const result = parsed('leaky_relu(w5)');
		// Assert
		expect(result.tree).toEqual({ kind: 'call', fn: 'leaky_relu', args: [{ kind: 'sym', name: 'w5' }] });
	});

	it('gives NaN, not an exception, for a hand-built call with the wrong number of arguments', () => {
		// Act
		const none = evaluateTree({ kind: 'call', fn: 'max', args: [] }, ENV, startBudget());
		const three = evaluateTree(
			{ kind: 'call', fn: 'exp', args: [{ kind: 'num', value: 1 }, { kind: 'num', value: 2 }] },
			ENV,
			startBudget()
		);
		// Assert
		expect(none.ok && Number.isNaN(none.value)).toBe(true);
		expect(three.ok && Number.isNaN(three.value)).toBe(true);
	});

	it('computes every function with the engine op of the same name (ln is log)', () => {
		for (const [name, f] of FUNCTIONS) {
			// Arrange
			const op = OPS.get(name === 'ln' ? 'log' : name);
			// Assert
			expect(op, name).toBeDefined();
			expect(f.forward, name).toBe(op?.forward);
			expect(f.arity, name).toEqual(op?.arity);
			// every optional argument has a default, so the forward never sees undefined
			expect(f.defaults.length, name).toBe(f.arity[1] - f.arity[0]);
		}
	});

	it('counts a long argument list before walking it', () => {
		// Arrange: 95 arguments, each of which would be refused on its own
		const text = `max(${'nope,'.repeat(94)}nope)`;
		// Act & Assert
		expect(text.length).toBeLessThanOrEqual(MAX_LENGTH);
		expect(codeOf(text)).toBe('wrong-arity');
	});

	it('accepts max nested as deep as the brackets allow, and no deeper', () => {
		// Arrange
		const nested = (n: number): string => `${'max(w5, '.repeat(n)}1${')'.repeat(n)}`;
		// Act & Assert
		expect(valueOf(nested(MAX_BRACKET_DEPTH))).toBe(1);
		expect(codeOf(nested(MAX_BRACKET_DEPTH + 1))).toBe('too-deep');
	});

	it('spends a step on every argument', () => {
		// Arrange: max(1, 2) is three steps, the call and its two arguments
		const tree = parsed('max(1, 2)').tree;
		const enough = startBudget();
		enough.steps = MAX_STEPS - 3;
		const short = startBudget();
		short.steps = MAX_STEPS - 2;
		// Act & Assert
		expect(evaluateTree(tree, ENV, enough)).toEqual({ ok: true, value: 2 });
		expect(evaluateTree(tree, ENV, short).ok).toBe(false);
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
