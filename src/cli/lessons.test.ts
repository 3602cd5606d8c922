import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_LESSONS } from '../lib/lesson/hostile-lessons';

// `npm run lessons -- check [FILE…]`, as a teacher runs it: one line per problem, non-zero exit.
const tsx = join('node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['src/cli/lessons.ts', ...args], { encoding: 'utf8' });

// each test starts the real command (a Node process that loads the engine); checking all the lessons
// takes a few seconds, more on a busy machine
describe('npm run lessons -- check', { timeout: 60_000 }, () => {
	// every lesson with variants is checked on 50 of them: about 20 s of CPU for the course, minutes when
	// the machine is shared
	it('passes every lesson in lessons/', { timeout: 300_000 }, () => {
		const r = run('check');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^\d+ lessons checked: no problems$/m);
	});

	it('prints FILE:LINE:COL  /pointer  message for each problem and exits non-zero', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cadena-check-')), 'lesson.json');
		const text = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8').replace('"param": "b"', '"param": "bb"');
		writeFileSync(file, text);
		const r = run('check', file);
		expect(r.status).toBe(1);
		const shown = relative(process.cwd(), file);
		expect(r.stdout).toMatch(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+  /steps/\\d+/param  "bb" is not a parameter`, 'm'));
		expect(r.stdout).toMatch(/^1 problem in 1 lesson$/m);
	});

	it('prints the source line and a caret under the column of each problem, indented under its line', () => {
		// Arrange: "$\theta$" with one backslash, which JSON reads as a tab and "heta"
		const file = join(mkdtempSync(join(tmpdir(), 'cadena-check-')), 'lesson.json');
		// in the file's text, two backslashes are the right form and one the trap
		const text = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8').replace('$\\\\eta = {{eta}}$', '$\\\\eta = {{eta}}$, $\\\\theta$ y $\\theta$');
		expect(text).toContain('y $\\theta$');
		writeFileSync(file, text);

		// Act
		const r = run('check', file);

		// Assert
		expect(r.status).toBe(1);
		const lines = r.stdout.split('\n');
		const at = lines.findIndex((l) => l.includes('write \\\\theta: in JSON a TeX command needs two backslashes'));
		expect(lines[at]).toMatch(/^\S+:\d+:\d+  \/steps\/0\/body\/es  write/);
		const [, line = '0', column = '0'] = /:(\d+):(\d+)  /.exec(lines[at] ?? '') ?? [];
		const source = text.split('\n')[Number(line) - 1] ?? '';
		const shown = lines[at + 1] ?? '';
		const caret = lines[at + 2] ?? '';
		expect(shown.startsWith('    ')).toBe(true);
		expect(caret).toMatch(/^ {4} *\^$/);
		// the caret stands under the backslash of \theta, which is the column the first line names
		expect(shown.slice(caret.indexOf('^'), caret.indexOf('^') + 6)).toBe('\\theta');
		expect(source[Number(column) - 1]).toBe('\\');
		expect(source.slice(Number(column) - 1, Number(column) + 5)).toBe('\\theta');
		expect(r.stdout).toMatch(/^1 problem in 1 lesson$/m);
	});

	it.each(['a 1 200-term sum (12 KB)', '600 unary minuses', '"toString" as a parameter, in a backward step, an update and templates'])(
		'on the hostile lesson "%s": a verdict in one line per problem, never a stack trace',
		(name) => {
			const hostile = HOSTILE_LESSONS.find((h) => h.name === name);
			if (!hostile) throw new Error(`no hostile lesson "${name}"`);
			const file = join(mkdtempSync(join(tmpdir(), 'cadena-check-')), 'lesson.json');
			writeFileSync(file, hostile.text);
			const r = run('check', file);
			expect(r.stderr).toBe('');
			expect(r.stdout).not.toMatch(/RangeError|Maximum call stack|^\s+at /m);
			if (hostile.refused) {
				expect(r.status).toBe(1);
				expect(r.stdout).toMatch(new RegExp(`:\\d+:\\d+  ${hostile.refused.pointer}  `));
				for (const line of r.stdout.trim().split('\n')) expect(line.length).toBeLessThan(400);
			} else {
				expect(r.stdout).toMatch(/^1 lesson checked: no problems$/m);
				expect(r.status).toBe(0);
			}
		}
	);

	it('says how to use it when the command is unknown', () => {
		const r = run('chek');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('usage: npm run lessons -- check');
	});
});
