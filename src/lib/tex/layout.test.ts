import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../lesson/load';
import { backwardTex } from './backward';
import { breakInside, chainRows, chainTex, LINE_EM, terms, texWidth, wrapTerms } from './layout';

const partialE = '\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{1}}';

/** The rows of an aligned formula, or the formula itself when it is one line. */
function rowsOf(tex: string): string[] {
	const m = /^\\begin\{aligned\} (.*) \\end\{aligned\}$/.exec(tex);
	return m ? (m[1] ?? '').split(' \\\\ ') : [tex];
}

describe('texWidth', () => {
	it('measures a fraction by its wider part and a subscript smaller than its base', () => {
		expect(texWidth('\\frac{1}{1 + e^{-z}}')).toBeCloseTo(texWidth('1 + e^{-z}') + 0.24, 5);
		expect(texWidth('w_{1}')).toBeLessThan(texWidth('w1'));
	});

	it('grows with every term, so a longer sum never looks shorter', () => {
		expect(texWidth('0.1 + 0.2 + 0.3')).toBeGreaterThan(texWidth('0.1 + 0.2'));
	});
});

describe('terms', () => {
	it('cuts a sum and a product between their top-level terms, each keeping its operator', () => {
		expect(terms('a \\cdot b + \\left(c - d\\right) - e')).toEqual(['a', '\\cdot b', '+ \\left(c - d\\right)', '- e']);
	});

	it('never cuts inside a group, at a leading minus, or inside a figure in scientific notation', () => {
		expect(terms('-\\left(y \\cdot \\frac{1}{a + b}\\right)')).toEqual(['-\\left(y \\cdot \\frac{1}{a + b}\\right)']);
		expect(terms('1.5 \\times 10^{-7} + 2')).toEqual(['1.5 \\times 10^{-7}', '+ 2']);
	});
});

describe('breakInside', () => {
	const nested = '\\max\\left(X_{1}, \\max\\left(X_{2}, \\max\\left(X_{3}, \\max\\left(X_{4}, X_{5}\\right)\\right)\\right)\\right)';
	const balanced = (line: string): boolean => (line.match(/\\left/g) ?? []).length === (line.match(/\\right/g) ?? []).length;

	it('breaks one long function call after its commas, every line balanced and within the room', () => {
		const lines = breakInside(nested, 8);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every(balanced)).toBe(true);
		lines.slice(1).forEach((l) => expect(l.startsWith('\\left.')).toBe(true));
		// nothing is lost: the lines without their added delimiters give back the formula
		expect(lines.join(' ').replace(/ ?\\(left|right)\. ?/g, ' ').replace(/\s+/g, ' ')).toBe(nested.replace(/, /g, ', '));
	});

	it('lets wrapTerms break a side that is a single long bracket', () => {
		expect(wrapTerms(nested, 8).length).toBeGreaterThan(1);
		expect(wrapTerms(nested, 100)).toEqual([nested]);
	});

	it('never cuts inside braces, so a fraction stays whole', () => {
		expect(breakInside('\\frac{\\left(a, b\\right)}{2}', 1)).toEqual(['\\frac{\\left(a, b\\right)}{2}']);
	});
});

describe('chainTex', () => {
	it('keeps a short chain on one line', () => {
		expect(chainTex('\\frac{\\partial z}{\\partial w}', ['x', '0.5'])).toBe('\\frac{\\partial z}{\\partial w} = x = 0.5');
	});

	it('puts each relation of a long chain on its own aligned row, the value last and alone', () => {
		const tex = chainTex(partialE, ['\\hat{y}_{1} \\left(1 - \\hat{y}_{1}\\right)', '0.73493 \\left(1 - 0.73493\\right)', '0.19481']);
		expect(rowsOf(tex)).toEqual([
			`${partialE} &= \\hat{y}_{1} \\left(1 - \\hat{y}_{1}\\right)`,
			'&= 0.73493 \\left(1 - 0.73493\\right)',
			'&= 0.19481'
		]);
	});

	it('breaks a long product at its · onto continuation rows, 1 em in, so no row is wider than the column', () => {
		const factors = ['1.22479', '0.23737', '\\left(-1.2\\right)', '0.20679', '\\left(-0.9\\right)', '0.24931', '0.62392'];
		const rows = chainRows(partialE, [factors.join(' \\cdot '), '0.01010']);
		expect(rows.length).toBeGreaterThan(2);
		expect(rows.slice(1, -1).every((r) => r.startsWith('&\\kern1em \\cdot '))).toBe(true);
		expect(rows.at(-1)).toBe('&= 0.01010');
		// every factor is still there, in order
		expect(rows.join(' ').match(/-?[\d.]+(?=\\right\)| |$)/g)?.filter((n) => n !== '0.01010')).toEqual(factors.map((f) => f.replace(/\\left\(|\\right\)/g, '')));
		for (const row of rows) expect(texWidth(row)).toBeLessThanOrEqual(LINE_EM + 1);
	});

	it('breaks a long sum at its +', () => {
		const [first = '', ...rest] = wrapTerms('0.01600 + 0.01895 + \\left(-0.00492\\right) + \\left(-0.00555\\right)', 12);
		expect(first.startsWith('0.01600 + ')).toBe(true);
		expect(rest.length).toBeGreaterThan(0);
		expect(rest.every((line) => line.startsWith('+ '))).toBe(true);
	});
});

describe('the worked example laid out for a phone', () => {
	const r = loadLesson(readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8'));
	if (!r.ok) throw new Error('the worked example does not load');
	const { trace } = r.loaded;

	it('shows each of ∂E/∂w1’s two path products whole, with the product alone on the last row', () => {
		const b = backwardTex(trace, 'w1', 5);
		for (const p of b.paths) {
			const rows = rowsOf(p.product);
			expect(rows.at(-1)).toBe(`&= ${p.value < 0 ? '-' : ''}${Math.abs(p.value).toFixed(5)}`);
			// five factors, none lost to the break
			expect(rows.join(' ').split('\\cdot').length).toBe(5);
			for (const row of rows) expect(texWidth(row)).toBeLessThanOrEqual(LINE_EM + 1);
		}
		expect(rowsOf(b.sum ?? '').at(-1)).toBe(`&= ${b.gradient.toFixed(5)}`);
	});
});
