import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantityValue } from '../lib/lesson/quantity';
import { loadLesson } from '../lib/lesson/load';
import { studentSeed } from '../lib/lesson/student';
import { csvField, fileStem, readClassList } from './class';

// the teacher's commands as a teacher runs them: a real Node process per call
const tsx = join('node_modules', '.bin', 'tsx');
const lessons = (...args: string[]) => spawnSync(tsx, ['src/cli/lessons.ts', ...args], { encoding: 'utf8' });
const trace = (...args: string[]) => spawnSync(tsx, ['src/cli/trace.ts', ...args], { encoding: 'utf8' });

const LESSON = 'lessons/02-one-neuron/lesson.json';
const text = readFileSync(LESSON, 'utf8');

/** The engine's figure for a quantity in a student's variant, as their page shows it. */
function figureFor(student: string, quantity: string): number {
	const seed = studentSeed('one-neuron', student) ?? undefined;
	const loaded = loadLesson(text, seed === undefined ? {} : { seed });
	if (!loaded.ok) throw new Error('lesson 02 does not load');
	const q = quantityValue(loaded.loaded.trace, quantity);
	if (!q.ok) throw new Error(q.message);
	return q.value;
}

type Answers = Record<string, { answer: string; verdict: string; best: number; attempts?: number }>;

/** A progress file as the site exports it (version 4), for one student's answers to lesson 02. */
function exported(student: string | undefined, seed: number | undefined, exercises: Answers, history: { seed?: number; exercises: Answers }[] = []): string {
	const records = (answers: Answers, s: number | undefined) =>
		Object.fromEntries(
			Object.entries(answers).map(([id, e]) => [
				id,
				{ answer: e.answer, verdict: e.verdict, attempts: e.attempts ?? 1, hintsShown: 0, solutionShown: false, best: e.best, ...(s === undefined ? {} : { seed: s }) }
			])
		);
	const lesson = {
		position: 6,
		...(seed === undefined ? {} : { seed }),
		exercises: records(exercises, seed),
		...(history.length > 0 ? { history: history.map((h) => ({ ...(h.seed === undefined ? {} : { seed: h.seed }), exercises: records(h.exercises, h.seed) })) } : {})
	};
	return JSON.stringify({ version: 4, lessons: { 'one-neuron': lesson }, ...(student ? { student } : {}), exported: '2026-12-01T10:00:00.000Z', app: 'cadena' });
}

describe('class lists', () => {
	it('reads one name per line, skipping blanks and # comments, and names the line of a duplicate', () => {
		const list = readClassList('# 2º B\nAna Pérez\n\nLuis\n  ana   pérez \n');
		expect(list.names.map((n) => n.name)).toEqual(['Ana Pérez', 'Luis']);
		expect(list.problems).toEqual([{ line: 5, message: expect.stringContaining('same name as line 2') }]);
	});

	it('gives each student a file name of their own', () => {
		const taken = new Set<string>();
		expect(fileStem('María José', taken)).toBe('maria-jose');
		expect(fileStem('Maria Jose', taken)).toBe('maria-jose-2');
		expect(fileStem('../../etc', taken)).toBe('etc');
		expect(fileStem('李', taken)).toBe('student');
	});

	it('writes CSV that a spreadsheet reads as text, never as a formula', () => {
		expect(csvField('0,5')).toBe('"0,5"');
		expect(csvField('-0.0813')).toBe('-0.0813');
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('-1+cmd')).toBe("'-1+cmd");
	});
});

describe('npm run lessons -- worksheet', { timeout: 240_000 }, () => {
	it('writes a worksheet and a key per student, with the figures trace gives for that student', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-class-'));
		writeFileSync(join(dir, 'names.txt'), 'Ana Pérez\nLuis\n');
		const out = join(dir, 'out');
		const r = lessons('worksheet', LESSON, '--students', join(dir, 'names.txt'), '--out', out, '--lang', 'es');
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('2 worksheets and keys written');
		expect(readdirSync(out).sort()).toEqual(['ana-perez.html', 'ana-perez.key.html', 'katex', 'luis.html', 'luis.key.html']);
		expect(readdirSync(join(out, 'katex'))).toContain('katex.min.css');

		for (const [student, stem] of [['Ana Pérez', 'ana-perez'], ['Luis', 'luis']] as const) {
			const t = JSON.parse(trace(LESSON, '--student', student).stdout);
			const key = readFileSync(join(out, `${stem}.key.html`), 'utf8');
			const sheet = readFileSync(join(out, `${stem}.html`), 'utf8');
			expect(sheet).toContain(student);
			// the key's answers are trace's figures for this student's numbers
			expect(Number(/data-exercise="dL-db"[\s\S]*?data-expected="([^"]+)"/.exec(key)?.[1])).toBe(t.gradients.b);
			expect(Number(/data-exercise="dL-dw"[\s\S]*?data-expected="([^"]+)"/.exec(key)?.[1])).toBe(t.gradients.w);
			expect(Number(/data-exercise="w-new"[\s\S]*?data-expected="([^"]+)"/.exec(key)?.[1])).toBe(t.updated.w);
			// the worksheet asks, the key answers: no expected figure on the student's paper
			expect(sheet).not.toContain('data-expected');
			expect(sheet).toContain('ws-blank');
		}
		// two students, two sets of numbers
		expect(JSON.parse(trace(LESSON, '--student', 'Ana Pérez').stdout).values.w).not.toBe(JSON.parse(trace(LESSON, '--student', 'Luis').stdout).values.w);
	});

	it('names the line of a bad class list and writes nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-class-'));
		writeFileSync(join(dir, 'names.txt'), 'Ana\nana\n');
		const r = lessons('worksheet', LESSON, '--students', join(dir, 'names.txt'), '--out', join(dir, 'out'));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/names\.txt:2 {2}"ana" is the same name as line 1/);
	});
});

describe('npm run lessons -- grade', { timeout: 240_000 }, () => {
	it('re-grades every answer for the student’s own numbers, whatever verdict the file claims', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-grade-'));
		const seed = studentSeed('one-neuron', 'Ana Pérez') ?? undefined;
		const right = figureFor('Ana Pérez', 'grad:b').toFixed(5);
		const wrong = (2 * figureFor('Ana Pérez', 'grad:w')).toFixed(5);
		// the student edited the wrong answer's verdict and score to "correct", 1 point
		writeFileSync(
			join(dir, 'export.json'),
			exported('Ana Pérez', seed, {
				'dL-db': { answer: right, verdict: 'incorrect', best: 0 },
				'dL-dw': { answer: wrong, verdict: 'correct', best: 1 },
				'da-dz': { answer: 'a*(1-a)', verdict: 'incorrect', best: 0, attempts: 2 }
			})
		);
		writeFileSync(join(dir, 'broken.json'), '{"version": 4, "lessons": ');
		writeFileSync(join(dir, 'other.json'), JSON.stringify({ app: 'another-app', lessons: {} }));
		const r = lessons('grade', join(dir, 'export.json'), join(dir, 'broken.json'), join(dir, 'other.json'));
		expect(r.status).toBe(0);
		const rows = r.stdout.trim().split('\n');
		expect(rows[0]).toBe('student,lesson,variant,exercise,answer,verdict,attempts,points');
		expect(rows).toContain(`Ana Pérez,one-neuron,${seed},dL-db,${right},correct,1,1`);
		expect(rows).toContain(`Ana Pérez,one-neuron,${seed},dL-dw,${wrong},incorrect,1,0`);
		expect(rows).toContain(`Ana Pérez,one-neuron,${seed},da-dz,a*(1-a),correct,2,0.9`);
		expect(rows.find((row) => row.startsWith('Ana Pérez,one-neuron,,total,'))).toMatch(/,1\.9 \/ \d+$/);
		// a malformed or foreign file is named and skipped, never fatal
		expect(r.stderr).toMatch(/broken\.json: skipped: not JSON/);
		expect(r.stderr).toMatch(/other\.json: skipped: not a progress file/);
		expect(r.stderr).not.toMatch(/other numbers than their own/);
	});

	it('grades each variant’s answers against that variant’s numbers, and says when they are not the student’s own', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-grade-'));
		const loaded = loadLesson(text);
		if (!loaded.ok) throw new Error('lesson 02 does not load');
		const q = quantityValue(loaded.loaded.trace, 'grad:b');
		if (!q.ok) throw new Error(q.message);
		const authored = q.value.toFixed(4).replace('.', ',');
		// first on the lesson's own numbers (a Spanish decimal comma), then on Luis's own
		const own = studentSeed('one-neuron', 'Luis') ?? undefined;
		writeFileSync(
			join(dir, 'luis.json'),
			exported('Luis', own, { 'dL-db': { answer: figureFor('Luis', 'grad:b').toPrecision(6), verdict: 'correct', best: 1 } }, [
				{ exercises: { 'dL-db': { answer: authored, verdict: 'incorrect', best: 0 } } }
			])
		);
		const r = lessons('grade', join(dir, 'luis.json'));
		expect(r.stdout).toContain(`Luis,one-neuron,0,dL-db,"${authored}",correct,1,1`);
		expect(r.stdout).toContain(`Luis,one-neuron,${own},dL-db,`);
		expect(r.stderr).toContain(`Luis's answers to "one-neuron" in variant 0 are for other numbers than their own (variant ${own})`);
	});

	it('reads a progress file saved by the previous release (version 3), its answers graded for its seed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-grade-'));
		const seed = 12345;
		const loaded = loadLesson(text, { seed });
		if (!loaded.ok) throw new Error('lesson 02 does not load');
		const q = quantityValue(loaded.loaded.trace, 'grad:b');
		if (!q.ok) throw new Error(q.message);
		const v3 = { version: 3, lessons: { 'one-neuron': { position: 5, seed, exercises: { 'dL-db': { answer: q.value.toFixed(5), verdict: 'correct', attempts: 1, hintsShown: 0, solutionShown: false, best: 1 } } } }, app: 'cadena' };
		writeFileSync(join(dir, 'old.json'), JSON.stringify(v3));
		const r = lessons('grade', join(dir, 'old.json'));
		expect(r.stdout).toContain(`old,one-neuron,${seed},dL-db,${q.value.toFixed(5)},correct,1,1`);
	});

	it('says how to use it without files', () => {
		const r = lessons('grade');
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('npm run lessons -- grade PROGRESS.json');
	});
});

describe('the authoring guide’s "Teaching a class"', { timeout: 240_000 }, () => {
	const guide = readFileSync('docs/authoring.md', 'utf8');
	const section = guide.slice(guide.indexOf('### Teaching a class'), guide.indexOf('## Part 2: Reference'));

	it('shows the worksheet command’s real output', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-guide-'));
		const list = join(dir, 'class-2B.txt');
		writeFileSync(list, '# 2º B, backpropagation\nAna Pérez\nLuis Gómez\nMaría José Ruiz\n');
		const r = lessons('worksheet', LESSON, '--students', list, '--out', join(dir, 'worksheets/2B'), '--lang', 'es');
		expect(r.status).toBe(0);
		expect(section).toContain(r.stdout.split(dir + '/').join('').trim());
	});

	it('shows the grade command’s real output', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cadena-guide-'));
		const seed = studentSeed('one-neuron', 'Ana Pérez') ?? 0;
		writeFileSync(
			join(dir, 'ana.json'),
			exported('Ana Pérez', seed, { 'dL-db': { answer: '-0.1664', verdict: 'correct', best: 1 }, 'dL-dw': { answer: '-0.2662', verdict: 'correct', best: 1 } })
		);
		const r = lessons('grade', join(dir, 'ana.json'));
		expect(section).toContain(r.stdout.trim());
	});
});
