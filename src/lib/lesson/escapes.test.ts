import { describe, expect, it } from 'vitest';
import { singleBackslashProblems } from './escapes';
import { readJson, type Problem } from './source';

/** The one-backslash problems of a JSON text that parses. */
function traps(text: string): Problem[] {
	const r = readJson(text);
	if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
	return singleBackslashProblems(r.source);
}

const message = (command: string): string => `write \\\\${command}: in JSON a TeX command needs two backslashes`;

describe('a TeX command written with one backslash that JSON reads as a control character', () => {
	it.each([
		['\\theta', 'theta'],
		['\\nabla f', 'nabla'],
		['\\beta', 'beta'],
		['\\frac{1}{2}', 'frac'],
		['\\rho', 'rho'],
		['x \\right)', 'right'],
		['\\tau', 'tau']
	])('$%s$ in prose is named at its backslash', (tex, command) => {
		const text = `{\n  "body": {\n    "en": "Let $${tex}$ be given."\n  }\n}\n`;

		const problems = traps(text);

		const line = text.split('\n')[2] ?? '';
		expect(problems).toEqual([{ pointer: '/body/en', line: 3, column: line.lastIndexOf('\\' + command[0]) + 1, message: message(command) }]);
	});

	it('is named in a node\'s tex and in a label, with no $ around it', () => {
		const text = '{ "model": { "nodes": [{ "name": "t", "tex": "\\theta" }], "labels": { "n": "\\nu" } } }';

		expect(traps(text).map((p) => [p.pointer, p.message])).toEqual([
			['/model/nodes/0/tex', message('theta')],
			['/model/labels/n', message('nu')]
		]);
	});

	it('is named in every string the lesson shows: a hint, a prompt, a title, the summary', () => {
		// one backslash in these JavaScript strings: JSON.stringify writes the tab as \t, the form feed as \f…
		const text = JSON.stringify({
			title: { es: 'La $\theta$' },
			summary: { en: '$$\frac{a}{b}$$' },
			steps: [{ exercises: [{ prompt: { es: '¿$\beta$?' }, hints: [{ en: 'Use $\nabla L$.' }] }] }]
		});

		expect(traps(text).map((p) => p.pointer)).toEqual(['/title/es', '/summary/en', '/steps/0/exercises/0/prompt/es', '/steps/0/exercises/0/hints/0/en']);
	});

	it('is named outside $ signs when the letters spell a command KaTeX knows (\\nabla, \\neq)', () => {
		expect(traps('{ "en": "The gradient\\nabla and\\neq" }').map((p) => p.message)).toEqual([message('nabla'), message('neq')]);
	});
});

describe('a newline or tab the author meant stays clean', () => {
	it.each([
		['a line break before a word that is no command', 'Primera línea.\\nSegunda línea.'],
		['a paragraph break and a list', 'Dos cosas:\\n\\n- una;\\n- otra.'],
		['a newline at the end', 'Fin.\\n'],
		['a newline before a space', 'Fin.\\n Otra.'],
		['a line that starts with a short word that is also a command', 'Una cosa\\nu otra; eso\\ne todo'],
		['a tab before a word', 'a\\tTabla'],
		['two backslashes, as JSON wants them', 'Sea $\\\\theta = 1$ y $\\\\nabla L$.\\nFin.']
	])('%s', (_, prose) => {
		expect(traps(`{ "body": { "es": "${prose}" } }`)).toEqual([]);
	});

	it('flags a newline before letters inside $…$, where no line break is ever meant', () => {
		expect(traps('{ "es": "Sea $a\\nb$ y $$\\nx$$, fin\\nx" }').map((p) => p.message)).toEqual([message('nb'), message('nx')]);
	});
});
