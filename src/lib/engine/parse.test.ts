import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BRACKET_DEPTH, MAX_EXPR_DEPTH, MAX_EXPR_LENGTH } from './limits';
import { parseExpr } from './parse';

// A lesson's expression is untrusted text: the parser returns a tree or a message, and never throws.

/** Text built from what expressions are made of, so the parser gets past its first character. */
const expressionLike = fc
	.array(fc.constantFrom('w', 'x', 'b', '1', '0.5', 'e3', '+', '-', '*', '/', '^', '(', ')', ',', ' ', 'sigmoid(', 'exp(', 'max(', '[', '{', '.', '!', "'", '=', ':', 'constructor', 'toString'), { maxLength: 80 })
	.map((parts) => parts.join(''));

describe('parseExpr on any text', () => {
	it('never throws, and a refusal is one short line', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 200 }), expressionLike), (text) => {
				const r = parseExpr(text);
				if (!r.ok) {
					expect(r.message.length).toBeLessThan(300);
					expect(r.message).not.toContain('\n');
				}
			}),
			{ numRuns: 2000, seed: 20261206 }
		);
	});

	it('never throws on deep nesting of any kind, and names the limit it passed', () => {
		const deep = fc.tuple(fc.constantFrom('-', '(', 'sigmoid(', 'x^', '+'), fc.integer({ min: 1, max: 3 * MAX_EXPR_DEPTH })).map(([piece, n]) => {
			const close = piece.endsWith('(') ? ')'.repeat(n) : '';
			return `${piece.repeat(n)}x${close}`;
		});
		fc.assert(
			fc.property(deep, (text) => {
				const r = parseExpr(text);
				if (r.ok) return;
				expect(r.message).toMatch(new RegExp(`${MAX_BRACKET_DEPTH} brackets|${MAX_EXPR_DEPTH} allowed|${String(MAX_EXPR_LENGTH).slice(0, 1)} 000 allowed|cannot read`));
				expect(r.message.length).toBeLessThan(300);
			}),
			{ numRuns: 300, seed: 20261206 }
		);
	});
});

describe('parseExpr limits', () => {
	it('reads 64 nested brackets and refuses 65, before mathjs recurses into them', () => {
		expect(parseExpr(`${'('.repeat(MAX_BRACKET_DEPTH)}x${')'.repeat(MAX_BRACKET_DEPTH)}`).ok).toBe(true);
		const r = parseExpr(`${'('.repeat(MAX_BRACKET_DEPTH + 1)}x${')'.repeat(MAX_BRACKET_DEPTH + 1)}`);
		expect(r).toEqual({ ok: false, message: expect.stringMatching(/^"\({39}…" opens more than 64 brackets at once \(at character 65\)/) });
	});

	it('refuses a tree deeper than the limit, quoting at most 40 characters', () => {
		const r = parseExpr(`${'-'.repeat(MAX_EXPR_DEPTH)}x`);
		expect(r).toEqual({ ok: false, message: `"${'-'.repeat(39)}…" is nested 501 levels deep, more than the 500 allowed: split it into several nodes` });
	});

	it('refuses a text longer than the limit by its length', () => {
		const r = parseExpr(`x${'+x'.repeat(MAX_EXPR_LENGTH)}`);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/is 10 001 characters long, more than the 5 000 allowed/);
	});
});
