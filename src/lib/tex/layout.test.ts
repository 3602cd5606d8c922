import { readdirSync, readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../lesson/load';
import { backwardTex } from './backward';
import { breakInside, chainRows, chainTex, displayTex, LINE_EM, opened, terms, texWidth, wrapTerms } from './layout';
import { KATEX_LIMITS } from './render';
import { draftStep, type DraftBlock } from './steps';

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

	it('cuts a sum in brackets between its terms before it cuts inside one of them', () => {
		const lines = breakInside('\\left[\\left(a - b\\right)^{2} + \\left(c - d\\right)^{2} + \\left(e - f\\right)^{2}\\right]', 9);
		expect(lines.length).toBeGreaterThan(1);
		lines.slice(1).forEach((l) => expect(l).toMatch(/^\\left\. \+ \\left\(/));
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

describe('opened', () => {
	it('writes a lone fraction over a sum as 1/n times a bracket, and a root of one as a power ½', () => {
		expect(opened('\\frac{a + b}{4}')).toBe('\\frac{1}{4} \\left[a + b\\right]');
		expect(opened('\\sqrt{\\frac{a + b}{8}}')).toBe('\\left(\\frac{1}{8} \\left[a + b\\right]\\right)^{1/2}');
	});

	it('leaves a fraction that is not alone or not over a sum as it is', () => {
		expect(opened('\\frac{a}{4}')).toBe('\\frac{a}{4}');
		expect(opened('\\frac{a + b}{4} + c')).toBe('\\frac{a + b}{4} + c');
	});

	it('lets a chain whose value is a mean of many squares fit the column, its value last', () => {
		const squares = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `\\left(X_{${k}} - \\mu\\right)^{2}`).join(' + ');
		const rows = rowsOf(chainTex('\\sigma', [`\\sqrt{\\frac{${squares}}{8}}`, '2']));
		for (const row of rows) expect(texWidth(row)).toBeLessThanOrEqual(LINE_EM + 1);
		expect(rows.at(-1)).toBe('&= 2');
		expect(rows.join(' ').match(/X_\{\d\}/g)).toHaveLength(8);
	});
});

describe('displayTex: a display written in a lesson', () => {
	it('leaves a formula that fits as written', () => {
		expect(displayTex('a = b + c')).toBe('a = b + c');
	});

	it('sets a list of equations on one line as rows, each keeping its comma', () => {
		const list = '\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\qquad \\sigma\'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)';
		expect(displayTex(list)).toBe(
			'\\begin{gathered} \\sigma(z) = \\frac{1}{1 + e^{-z}}, \\\\ \\sigma\'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr) \\end{gathered}'
		);
	});

	it('breaks a long chain at its relations, whatever they are', () => {
		const chain = '\\operatorname{softmax}(z + c)_k = \\frac{e^{z_k + c}}{\\sum_j e^{z_j + c}} = \\frac{e^{c}\\, e^{z_k}}{e^{c} \\sum_j e^{z_j}} \\approx \\operatorname{softmax}(z)_k';
		expect(rowsOf(displayTex(chain))).toEqual([
			'\\operatorname{softmax}(z + c)_k &= \\frac{e^{z_k + c}}{\\sum_j e^{z_j + c}}',
			'&= \\frac{e^{c}\\, e^{z_k}}{e^{c} \\sum_j e^{z_j}}',
			'&\\approx \\operatorname{softmax}(z)_k'
		]);
	});

	it('sets an aligned block’s side-by-side equations one under the other, and a left side that is a chain on rows', () => {
		const tex = '\\begin{aligned} x &= \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}, & W &= \\begin{bmatrix} 0.5 & -0.3 & 0.1 \\\\ 0.4 & 0.5 & 0.1 \\end{bmatrix}, & b &= \\begin{bmatrix} 0.1 \\\\ -0.2 \\end{bmatrix} \\\\ h = \\sigma(a) &= 0.5 \\end{aligned}';
		expect(displayTex(tex)).toBe(
			'\\begin{aligned} x &= \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}, \\\\ W &= \\begin{bmatrix} 0.5 & -0.3 & 0.1 \\\\ 0.4 & 0.5 & 0.1 \\end{bmatrix}, \\\\ ' +
				'b &= \\begin{bmatrix} 0.1 \\\\ -0.2 \\end{bmatrix} \\\\ h &= \\sigma(a) \\\\ &= 0.5 \\end{aligned}'
		);
	});

	it('keeps an aligned block whose columns are the author’s own design', () => {
		const rows = ['C = \\tfrac{1}{4}\\Big[ &(\\hat{y}(0,0) - y(0,0))^2', '&+ (\\hat{y}(0,1) - y(0,1))^2', '&+ (\\hat{y}(1,0) - y(1,0))^2 \\Big]'];
		const tex = `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
		expect(texWidth(tex)).toBeGreaterThan(8);
		expect(displayTex(tex, 8)).toBe(tex);
		const threeColumns = '\\begin{aligned} C &= \\tfrac{1}{4}\\Big[ &(a - b)^2 + (c - d)^2 + (e - f)^2 \\\\ && + (g - h)^2 + (i - j)^2 + (k - l)^2 \\Big] \\end{aligned}';
		expect(displayTex(threeColumns, 8)).toBe(threeColumns);
	});
});

/** Every $$…$$ of every lesson, in both languages, with its figures filled in as a page shows it. */
function lessonDisplays(): { where: string; tex: string }[] {
	const root = new URL('../../../lessons/', import.meta.url);
	const out: { where: string; tex: string }[] = [];
	const texts = (b: DraftBlock): string[] =>
		b.type === 'prose' || b.type === 'careful'
			? [b.markdown]
			: b.type === 'exercise'
				? [b.exercise.prompt, ...b.exercise.hints, ...b.exercise.solution.flatMap(texts)]
				: [];
	for (const dir of readdirSync(root).filter((d) => /^\d+-/.test(d))) {
		const r = loadLesson(readFileSync(new URL(`${dir}/lesson.json`, root), 'utf8'));
		if (!r.ok) throw new Error(`${dir} does not load`);
		const { lesson, trace } = r.loaded;
		for (const lang of ['es', 'en'] as const) {
			lesson.steps.forEach((step, i) => {
				for (const text of draftStep(step, trace, lang, lesson.precision, new Map()).blocks.flatMap(texts)) {
					for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$/g)) out.push({ where: `${dir} ${lang} step ${i + 1}`, tex: m[1] ?? '' });
				}
			});
		}
	}
	return out;
}

describe('every display in the lessons, laid out for a phone', () => {
	const displays = lessonDisplays();
	// what a layout may add or take away: rows, alignment, continuation indents, closing and reopening brackets, list gaps
	const bare = (tex: string): string =>
		tex.replace(/\\(begin|end)\{(aligned|gathered)\}|\\kern1em|\\left\.|\\right\.|\\\\|&|\\qquad|\\quad|\s/g, '');

	it('finds the course’s displays', () => {
		expect(displays.length).toBeGreaterThan(100);
	});

	it('renders each one with the site’s KaTeX settings', () => {
		const broken = displays.filter((d) => {
			try {
				katex.renderToString(displayTex(d.tex), { ...KATEX_LIMITS, displayMode: true, throwOnError: true });
				return false;
			} catch {
				return true;
			}
		});
		expect(broken.map((d) => d.where)).toEqual([]);
	});

	it('loses nothing and adds nothing but rows and alignment', () => {
		const changed = displays.filter((d) => displayTex(d.tex) !== d.tex && !displayTex(d.tex).includes('\\frac{1}'));
		expect(changed.length).toBeGreaterThan(20);
		for (const d of changed) expect(bare(displayTex(d.tex)), d.where).toBe(bare(d.tex));
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
