/**
 * The answer box is hostile input. Every answer here must end invalid or incorrect (how quickly: npm run bench),
 * without an exception, and leave every prototype as it found it.
 */

import { HOSTILE } from './hostile-corpus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoExpression, echoNumber } from './echo';
import { gradeExpression, gradeNumber, type Env, type ExpressionSymbol, type Verdict } from './grade';
import * as safeMath from './safe-math';


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
		it.each(runs(text))('%s ends invalid or incorrect', (_api, run, allowed) => {
			// Act
			const result = run();
			// Assert (how quickly is measured by npm run bench; the 250 ms budget itself is tested in safe-math.test.ts)
			expect(allowed).toContain(result.type);
		});
	});

	it.each<[string, string]>([
		// a valid number, just not the answer
		['fifty nested max', 'incorrect'],
		['max without arguments', 'wrong-arity'],
		['max with three arguments', 'wrong-arity'],
		// refused by counting, before any of the 95 is read
		['95 arguments', 'wrong-arity'],
		['overflow inside max', 'too-large'],
		['missing argument between commas', 'syntax']
	])('ends %s as expected in both languages', (name, outcome) => {
		// Arrange
		const text = HOSTILE.find(([n]) => n === name)?.[1] ?? '';
		for (const lang of ['en', 'es'] as const) {
			// Act: a roomy clock, so a slow test machine cannot turn the outcome into too-slow
			const result = gradeNumber(text, { expected: 0.082167041, lang, budget: safeMath.startBudget(10_000) });
			// Assert
			expect(result.type === 'invalid' ? result.code : result.type, lang).toBe(outcome);
		}
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
