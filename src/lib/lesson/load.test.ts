import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson, loadModelFile } from './load';

// The loader reads untrusted files: any JSON, or a real lesson with any value put anywhere, ends in
// a lesson or a list of problems, each at a line and column of the file. It never throws.

const lesson: unknown = JSON.parse(readFileSync(new URL('../../../lessons/02-one-neuron/lesson.json', import.meta.url), 'utf8'));

/** `value` with `replacement` put at the place `choice` picks among its fields, at any depth. */
function replaceSomewhere(value: unknown, choice: number[], replacement: unknown): unknown {
	const [pick, ...rest] = choice;
	if (pick === undefined || typeof value !== 'object' || value === null) return replacement;
	if (Array.isArray(value)) {
		if (value.length === 0) return replacement;
		const i = pick % value.length;
		return value.map((x, k) => (k === i ? replaceSomewhere(x, rest, replacement) : x));
	}
	const entries = Object.entries(value);
	if (entries.length === 0) return replacement;
	const i = pick % entries.length;
	return Object.fromEntries(entries.map(([k, x], n) => [k, n === i ? replaceSomewhere(x, rest, replacement) : x]));
}

function expectProblemsOrLesson(text: string): void {
	for (const r of [loadLesson(text), loadModelFile(text)]) {
		if (r.ok) continue;
		expect(r.problems.length).toBeGreaterThan(0);
		for (const p of r.problems) {
			expect(p.line).toBeGreaterThanOrEqual(1);
			expect(p.column).toBeGreaterThanOrEqual(1);
			expect(p.message).not.toMatch(/is not a function|Maximum call stack|undefined \(reading/);
		}
	}
}

describe('loading any file', () => {
	it('any JSON value: a lesson or problems, never a throw', () => {
		fc.assert(
			fc.property(fc.json({ maxDepth: 4 }), (text) => expectProblemsOrLesson(text)),
			{ numRuns: 300, seed: 20261206 }
		);
	});

	it('a real lesson with any value (prototype names among the keys) put anywhere', () => {
		const key = fc.oneof(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), fc.string({ maxLength: 8 }));
		const hostileValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(key, fc.oneof(fc.double(), fc.string({ maxLength: 12 })), { maxKeys: 3 }));
		fc.assert(
			fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 5 }), hostileValue, (choice, value) => {
				expectProblemsOrLesson(JSON.stringify(replaceSomewhere(lesson, choice, value)));
			}),
			{ numRuns: 150, seed: 20261206 }
		);
	});
});
