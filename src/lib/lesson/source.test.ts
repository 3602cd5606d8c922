import { describe, expect, it } from 'vitest';
import { EXCERPT_WIDTH, escapesIn, formatProblem, readJson, sourceExcerpt, type Problem } from './source';

/** The problems of text that is not JSON. */
function syntax(text: string): Problem[] {
	const r = readJson(text);
	if (r.ok) throw new Error('the text parsed');
	return r.problems;
}

/** 1-based line and column of the first `needle` in text. */
function where(text: string, needle: string): { line: number; column: number } {
	const i = text.indexOf(needle);
	if (i < 0) throw new Error(`${needle} not found`);
	const before = text.slice(0, i).split('\n');
	return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('readJson: a trailing comma', () => {
	it('is one problem at the comma before "}", not two at the brace', () => {
		const text = '{\n  "model": {\n    "loss": "L",\n    "learningRate": 0.1,\n  }\n}\n';

		const problems = syntax(text);

		expect(problems).toEqual([
			{ pointer: '/model', ...where(text, ',\n  }'), message: 'JSON syntax: trailing comma before "}": JSON allows no comma after the last item' }
		]);
	});

	it('is one problem at the comma before "]", one per comma', () => {
		const text = '{ "a": [1, 2,], "b": { "c": 3, }, }';

		const problems = syntax(text);

		expect(problems.map((p) => [p.column, p.message])).toEqual([
			[13, 'JSON syntax: trailing comma before "]": JSON allows no comma after the last item'],
			[30, 'JSON syntax: trailing comma before "}": JSON allows no comma after the last item'],
			[33, 'JSON syntax: trailing comma before "}": JSON allows no comma after the last item']
		]);
	});

	it('is not seen in a comma inside a string', () => {
		expect(readJson('{ "a": "1, }" }').ok).toBe(true);
	});
});

describe('readJson: an escape JSON refuses', () => {
	it('names the TeX command at its backslash: \\partial', () => {
		const text = '{\n  "body": { "en": "$\\partial L$" }\n}\n';

		const problems = syntax(text);

		expect(problems).toEqual([{ pointer: '/body/en', ...where(text, '\\partial'), message: 'write \\\\partial: in JSON a TeX command needs two backslashes' }]);
	});

	it('names every one in a string, \\upsilon (a \\u without hex digits) and \\, among them', () => {
		const text = '{ "tex": "\\sigma\\,\\upsilon" }';

		const problems = syntax(text);

		expect(problems.map((p) => [p.column, p.message])).toEqual([
			[11, 'write \\\\sigma: in JSON a TeX command needs two backslashes'],
			[17, 'write \\\\,: in JSON a TeX command needs two backslashes'],
			[19, 'write \\\\upsilon: in JSON a TeX command needs two backslashes']
		]);
	});

	it('leaves two backslashes and real escapes alone', () => {
		expect(readJson('{ "a": "$\\\\partial$ \\u00e9 \\" \\\\ \\/" }').ok).toBe(true);
	});
});

describe('escapesIn', () => {
	it('reads \\\\ as one escape, so \\\\theta is no tab', () => {
		expect(escapesIn('"\\\\theta \\theta"')).toEqual([
			{ index: 1, char: '\\', valid: true, letters: 'theta' },
			{ index: 9, char: 't', valid: true, letters: 'heta' }
		]);
	});
});

describe('sourceExcerpt and formatProblem', () => {
	const text = '{\n    "loss": "LL",\n}\n';

	it('prints the line under FILE:LINE:COL, indentation dropped, a caret under the column', () => {
		const p: Problem = { pointer: '/loss', ...where(text, 'LL'), message: 'the loss "LL" is not a node' };

		expect(formatProblem('x.json', p, text).split('\n')).toEqual([
			'x.json:2:14  /loss  the loss "LL" is not a node',
			'    "loss": "LL",',
			'             ^'
		]);
	});

	it('keeps the first line alone when no text is given (the Open page and the site list those)', () => {
		expect(formatProblem('x.json', { pointer: '', line: 1, column: 1, message: 'm' })).toBe('x.json:1:1  /  m');
	});

	it('cuts a long line around the column, the caret still under the character', () => {
		const prose = `  "es": "${'palabra '.repeat(30)}$\\theta$ ${'fin '.repeat(30)}"`;
		const column = prose.indexOf('\\theta') + 1;

		const [shown = '', caret = ''] = sourceExcerpt(prose, 1, column);

		expect(shown.length).toBeLessThanOrEqual(4 + EXCERPT_WIDTH + 2);
		expect(shown).toMatch(/^ {4}….*…$/);
		expect(shown.slice(caret.indexOf('^'), caret.indexOf('^') + 6)).toBe('\\theta');
		expect(caret.trim()).toBe('^');
	});

	it('puts the caret past the end for a problem at the end of the line', () => {
		expect(sourceExcerpt('{ "a": 1', 1, 9)).toEqual(['    { "a": 1', '            ^']);
	});
});
