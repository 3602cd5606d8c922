/**
 * The answer box is hostile input. Every answer here must end invalid or incorrect, quickly,
 * without an exception, and leave every prototype as it found it.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoExpression, echoNumber } from './echo';
import { gradeExpression, gradeNumber, type Env, type ExpressionSymbol, type Verdict } from './grade';
import * as safeMath from './safe-math';

const HOSTILE: [string, string][] = [
	['constructor', 'constructor'],
	['__proto__', '__proto__'],
	['property access', 'a.constructor'],
	['constructor chain', '[].constructor.constructor("x")()'],
	['proto assignment', '__proto__.polluted = 1'],
	['prototype assignment', 'constructor.prototype.polluted = 1'],
	['toString', 'toString'],
	['valueOf call', 'valueOf()'],
	['hasOwnProperty call', 'hasOwnProperty("x")'],
	['import', 'import({})'],
	['import by name', 'import'],
	['createUnit', 'createUnit("x")'],
	['evaluate', 'evaluate("1")'],
	['parse', 'parse("1")'],
	['simplify', 'simplify("x")'],
	['derivative', 'derivative("x","x")'],
	['resolve', 'resolve(x)'],
	['reviver', 'reviver'],
	['compile', 'compile("1")'],
	['config', 'config({number:"BigNumber"})'],
	['JS eval', 'eval("1")'],
	['Function constructor', 'Function("return 1")()'],
	['require', 'require("fs")'],
	['process', 'process.exit(1)'],
	['globalThis', 'globalThis'],
	['this', 'this'],
	['template literal', '`${1}`'],
	['script tag', '<script>alert(1)</script>'],
	['tower of powers', '9^9^9^9'],
	['10 000 open parentheses', '('.repeat(10_000)],
	['10 000 nested parentheses', `${'('.repeat(10_000)}1${')'.repeat(10_000)}`],
	['51 nested parentheses', `${'('.repeat(51)}1${')'.repeat(51)}`],
	['299 unary minuses', `${'-'.repeat(299)}1`],
	['long chain of sums', `1${'+1'.repeat(249)}`],
	['huge literal', '1e400'],
	['huge negative literal', '-1e400'],
	['overflow by product', '1e308*10'],
	['overflow by power', '2^1024'],
	['division by zero', '1/0'],
	['zero over zero', '0/0'],
	['Infinity', 'Infinity'],
	['NaN', 'NaN'],
	['e^1000', 'e^1000'],
	['nested exp', 'exp(exp(exp(10)))'],
	['root of a negative', 'sqrt(-1)'],
	['complex unit', 'i'],
	['assignment', 'x=1'],
	['function assignment', 'f(x)=x'],
	['string', '"string"'],
	['single-quoted string', "'string'"],
	['matrix', '[1,2]'],
	['object', '{a:1}'],
	['unit conversion', '1 to cm'],
	['unit', '5 cm'],
	['conditional', 'a ? b : c'],
	['range', '1:10'],
	['equality', 'w5 == w5'],
	['comparison chain', 'w5 < w6 < 1'],
	['modulo', 'w5 mod 2'],
	['logical', '1 and 0'],
	['not', 'not 1'],
	['bitwise', '1 & 2'],
	['factorial', '5!'],
	['transpose', "w5'"],
	['hexadecimal', '0x1F'],
	['true', 'true'],
	['null', 'null'],
	['undefined', 'undefined'],
	['statement separator', '1;2'],
	['newline only', '\n'],
	['newline inside', '0.18\n+1'],
	['line separator', '0.18\u2028+1'],
	['full-width digits', '\uff10.\uff15'],
	['Cyrillic look-alike', '\u0443hat1*(1-\u0443hat1)'],
	['Greek pi', '2\u03c0'],
	['script e', '\u212f^2'],
	['superscript two', 'yhat1\u00b2'],
	['zero-width space', '0.1\u200b8'],
	['RTL override', '\u202e0.18'],
	['emoji', '\u{1f600}'],
	['NUL byte', '0.18\u0000'],
	['NUL only', '\u0000'],
	['501 characters', '1'.repeat(501)],
	['500-letter name', 'x'.repeat(500)],
	['empty', ''],
	['spaces only', '     '],
	['tabs and newlines only', '\t\n\t'],
	['space inside number', '1 2'],
	['thousands separator', '16,000'],
	['both separators', '1.234,5'],
	['cosine', 'cos(0)'],
	['unknown function', 'sigma(w5)'],
	['symbol called as a function', 'yhat1(1-yhat1)'],
	['function without argument', 'exp'],
	['two arguments', 'log(2, 3)'],
	['fifty nested sigmoids', `${'sigmoid('.repeat(50)}1${')'.repeat(50)}`],
	['Python power', '2**3'],
	['backslash', '\\frac{1}{2}'],
	['dollar', '$x'],
	['percent', '50%']
];

const SYMBOLS: ExpressionSymbol[] = [
	{ name: 'yhat1', domain: [0, 1], value: 0.75136507 },
	{ name: 'w5', domain: [-1, 1], value: 0.4 },
	{ name: 'w6', domain: [-1, 1], value: 0.45 }
];
const y = (env: Env): number => env.yhat1 ?? Number.NaN;

type Run = () => Verdict | { type: 'ok' | 'invalid' };

function runs(text: string): [string, Run, readonly string[]][] {
	return [
		['gradeNumber en', () => gradeNumber(text, { expected: 0.082167041, lang: 'en' }), ['invalid', 'incorrect']],
		['gradeNumber es', () => gradeNumber(text, { expected: 0.082167041, lang: 'es' }), ['invalid', 'incorrect']],
		[
			'gradeExpression',
			() =>
				gradeExpression(text, {
					symbols: SYMBOLS,
					expected: (env) => y(env) * (1 - y(env)),
					misconceptions: [{ code: 'dropped-one-minus', expected: y }],
					lang: 'en'
				}),
			['invalid', 'incorrect']
		],
		// the echo may show a harmless reading (a huge but finite chain of sums); it never throws
		['echoNumber', () => echoNumber(text, 'es'), ['invalid', 'ok']],
		[
			'echoExpression',
			() => echoExpression(text, { symbols: SYMBOLS.map((s) => s.name), lang: 'en', point: { yhat1: 0.75 } }),
			['invalid', 'ok']
		]
	];
}

function timed(run: Run): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

function ownKeys(target: object): string[] {
	return Reflect.ownKeys(target)
		.map((k) => String(k))
		.sort();
}

const PROTOTYPES: [string, object][] = [
	['Object.prototype', Object.prototype],
	['Function.prototype', Function.prototype],
	['Array.prototype', Array.prototype],
	['String.prototype', String.prototype],
	['Number.prototype', Number.prototype]
];
const before = new Map<string, string[]>();

beforeAll(() => {
	for (const [name, proto] of PROTOTYPES) before.set(name, ownKeys(proto));
});

describe('hostile answers', () => {
	it('has a corpus of at least 50', () => {
		expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
	});

	describe.each(HOSTILE)('%s', (_name, text) => {
		it.each(runs(text))('%s ends invalid or incorrect, quickly', (_api, run, allowed) => {
			// Act
			const result = run();
			// best of three: a blow-up is slow every time, a GC pause or a busy CI core only once
			const elapsed = Math.min(...[0, 1, 2].map(() => timed(run)));
			// Assert
			expect(allowed).toContain(result.type);
			expect(elapsed).toBeLessThan(50);
		});
	});

	it('gives every invalid answer a message in both languages', () => {
		for (const [, text] of HOSTILE) {
			// Act
			const result = gradeNumber(text, { expected: 0.082167041, lang: 'en' });
			// Assert
			if (result.type === 'invalid') {
				expect(result.message.es.length).toBeGreaterThan(0);
				expect(result.message.en.length).toBeGreaterThan(0);
				expect(result.message.en.length).toBeLessThan(300);
			}
		}
	});

	it('keeps the whole mathjs instance out of reach: only our own functions are exported', () => {
		// Act
		const exported = Object.keys(safeMath);
		// Assert
		const reachable = ['parse', 'evaluate', 'compile', 'import', 'createUnit', 'simplify', 'derivative', 'resolve'];
		for (const name of [...reachable, 'reviver', 'create', 'config']) expect(exported).not.toContain(name);
	});
});

afterAll(() => {
	for (const [name, proto] of PROTOTYPES) expect(ownKeys(proto), name).toEqual(before.get(name));
	expect(Reflect.get({}, 'polluted')).toBeUndefined();
	expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined();
	expect(Reflect.get(Function.prototype, 'polluted')).toBeUndefined();
});
