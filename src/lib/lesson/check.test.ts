import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonText } from './check';
import type { Problem } from './source';

const ONE_NEURON = readFileSync(new URL('../../../lessons/02-one-neuron/lesson.json', import.meta.url), 'utf8');

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The one-neuron lesson as plain JSON, to break one thing at a time. */
function lesson(): Record<string, unknown> {
	const parsed: unknown = JSON.parse(ONE_NEURON);
	if (!isRecord(parsed)) throw new Error('not an object');
	return parsed;
}

function at(value: unknown, ...path: (string | number)[]): Record<string, unknown> {
	let x: unknown = value;
	for (const key of path) {
		if (typeof x !== 'object' || x === null) throw new Error(`no ${String(key)}`);
		x = Object.entries(x).find(([k]) => k === String(key))?.[1];
	}
	if (!isRecord(x)) throw new Error(`no object at ${path.join('/')}`);
	return x;
}

function list(value: unknown, ...path: (string | number)[]): unknown[] {
	const parent = at(value, ...path.slice(0, -1));
	const x = parent[String(path[path.length - 1])];
	if (!Array.isArray(x)) throw new Error(`no array at ${path.join('/')}`);
	return x;
}

const text = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** 1-based line of the last occurrence of `needle` (tests come last in a lesson). */
function lineOf(source: string, needle: string): number {
	const i = source.lastIndexOf(needle);
	if (i < 0) throw new Error(`${needle} not found`);
	return source.slice(0, i).split('\n').length;
}

const pointers = (problems: Problem[]): string[] => problems.map((p) => p.pointer);

describe('checkLessonText', () => {
	it('passes the one-neuron lesson', () => {
		expect(checkLessonText(ONE_NEURON)).toEqual([]);
	});

	it('passes a lesson whose model leaves out inputs, targets and constants, its figures and tests unchanged', () => {
		// Arrange: lesson 1's f = (x + y)·z has parameters only; its file still lists "inputs": {}
		const first: unknown = JSON.parse(readFileSync(new URL('../../../lessons/01-computational-graph/lesson.json', import.meta.url), 'utf8'));
		const model = at(first, 'model');
		for (const group of ['inputs', 'targets', 'constants']) delete model[group];

		// Act
		const problems = checkLessonText(text(first));

		// Assert: every figure the lesson's tests pin (value:f = −12, grad:x = −4, …) is re-derived and holds
		expect(at(first, 'model')).not.toHaveProperty('inputs');
		expect(list(first, 'tests').length).toBeGreaterThan(10);
		expect(problems).toEqual([]);
	});

	it('reports a JSON syntax error at its line', () => {
		// Arrange: drop the comma after "id"
		const broken = ONE_NEURON.replace('"id": "one-neuron",', '"id": "one-neuron"');

		// Act
		const problems = checkLessonText(broken);

		// Assert: the parser notices at the next property
		expect(problems).toHaveLength(1);
		const titleLine = ONE_NEURON.split('\n').findIndex((line) => line.includes('"title"')) + 1;
		expect(problems[0]).toMatchObject({ pointer: '', line: titleLine, column: 3, message: 'JSON syntax: a comma "," is expected' });
	});

	it('reports an unknown field where it is written', () => {
		const l = lesson();
		at(l, 'steps', 1).colour = 'red';
		const source = text(l);

		const problems = checkLessonText(source);

		expect(problems).toEqual([{ pointer: '/steps/1/colour', line: lineOf(source, '"colour"'), column: 7, message: 'unknown field "colour"' }]);
	});

	it('reports a missing language', () => {
		const l = lesson();
		delete at(l, 'steps', 2, 'title').en;

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => p.message)).toEqual(['missing field "en"']);
		expect(problems[0]?.pointer).toBe('/steps/2/title/en');
	});

	it('reports an unknown quantity in prose and in an exercise', () => {
		const l = lesson();
		at(l, 'steps', 2, 'body').en = 'The gradient is {{grad:q}}.';
		at(l, 'steps', 3, 'exercises', 0).quantity = 'grad:q';

		const problems = checkLessonText(text(l));

		expect(problems).toContainEqual(expect.objectContaining({ pointer: '/steps/2/body/en', message: '{{grad:q}}: "q" is not a parameter' }));
		expect(problems).toContainEqual(expect.objectContaining({ pointer: '/steps/3/exercises/0/quantity', message: '"q" is not a parameter' }));
	});

	it('reports a remote image at its address in the file, and passes one the site ships', () => {
		// Arrange: an exercise's hint fetches a picture from another server; the prose shows one of the site's own
		const l = lesson();
		at(l, 'steps', 0, 'body').en = 'The neuron: ![a neuron](/images/neuron.png)';
		list(l, 'steps', 3, 'exercises', 0, 'hints').push({ es: 'Mira ![](https://tracker.example/p.png?id=1)', en: 'See the picture.' });
		const source = text(l);

		// Act
		const problems = checkLessonText(source);

		// Assert: one problem, where the address is written
		const line = lineOf(source, 'https://tracker.example/p.png?id=1');
		const column = (source.split('\n')[line - 1] ?? '').indexOf('https://tracker.example') + 1;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ pointer: expect.stringMatching(/^\/steps\/3\/exercises\/0\/hints\/\d+\/es$/), line, column });
		expect(problems[0]?.message).toMatch(/^image https:\/\/tracker\.example\/p\.png\?id=1 is on another server/);
	});

	it('reports a quantity that is not a quantity key, with the forms it may take', () => {
		const l = lesson();
		at(l, 'steps', 3, 'exercises', 0).quantity = 'dL/da';

		const problems = checkLessonText(text(l));

		expect(problems.find((p) => p.pointer === '/steps/3/exercises/0/quantity')?.message).toMatch(/^"dL\/da" is not a quantity \(use value:NODE, local:OF\/WRT/);
	});

	it('keeps checking prose, exercises and tests after a step names an unknown node', () => {
		const l = lesson();
		list(l, 'steps', 1, 'nodes')[1] = 'act';
		at(l, 'steps', 2, 'body').es = 'El costo es {{value:LL}}.';
		list(l, 'tests').push({ quantity: 'grad:w', value: 0.5 });

		const problems = checkLessonText(text(l));

		expect(pointers(problems)).toEqual(['/steps/1/nodes/1', '/steps/2/body/es', `/tests/${list(l, 'tests').length - 1}`]);
	});

	it('checks prose against the model even when the schema refuses a step', () => {
		const l = lesson();
		delete at(l, 'steps', 2, 'title').en;
		at(l, 'steps', 2, 'body').es = 'El costo es {{value:LL}}.';

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => p.message)).toEqual(['missing field "en"', '{{value:LL}}: "LL" is not a name of the model (did you mean L?)']);
	});

	it('lists problems in file order', () => {
		const l = lesson();
		list(l, 'tests').push({ quantity: 'grad:w', value: 0.5 });
		at(l, 'steps', 0, 'body').en = '$\\frac{1}{$';

		const lines = checkLessonText(text(l)).map((p) => p.line);

		expect(lines).toHaveLength(2);
		expect(lines).toEqual([...lines].sort((a, b) => a - b));
	});
});

describe('lesson tests in the file', () => {
	it('shows both numbers when the engine does not reproduce a figure', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { quantity: 'grad:w', value: -0.1581 });
		const source = text(l);

		const problems = checkLessonText(source);

		expect(problems).toEqual([
			{
				pointer: '/tests/0',
				line: lineOf(source, '"quantity": "grad:w"') - 1,
				column: 5,
				message: 'grad:w: the lesson expects -0.1581 but the engine computes -0.15181 (tolerance 0.0001)'
			}
		]);
	});

	it('shows more digits when the lesson\'s decimals would hide the difference', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { quantity: 'grad:w', value: -0.15181, tol: 1e-9 });

		const problems = checkLessonText(text(l));

		expect(problems[0]?.message).toBe('grad:w: the lesson expects -0.15181 but the engine computes -0.151813 (tolerance 1e-9)');
	});

	it('passes a figure within the default tolerance of 1e-4', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { quantity: 'grad:w', value: -0.1519 });

		expect(checkLessonText(text(l))).toEqual([]);
	});

	it('refuses an expect that is neither a verdict nor a misconception code', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { exercise: 'dL-da', answer: '0.79303', expect: 'sing-flip' });

		const problems = checkLessonText(text(l));

		expect(problems).toHaveLength(1);
		expect(problems[0]?.pointer).toBe('/tests/0/expect');
		expect(problems[0]?.message).toMatch(/^"sing-flip" is neither a verdict nor a misconception code \(did you mean "sign-flip"\?\); use correct, incorrect, invalid, carried, too-few-figures, sign-flip, /);
	});

	it('accepts the author\'s own misconception codes in expect', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { exercise: 'dL-dw', answer: '-0.18977', expect: 'forgot-input' });

		expect(checkLessonText(text(l))).toEqual([]);
	});

	it('reports a verdict other than the expected one, in each language it happens', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { exercise: 'dL-da', answer: '0.79303', expect: 'correct' }, { exercise: 'dL-db', answer: '-0,18977', expect: 'correct' });

		const messages = checkLessonText(text(l)).map((p) => `${p.pointer}  ${p.message}`);

		expect(messages).toEqual([
			'/tests/0  dL-da (es, en): "0.79303" is graded incorrect (sign-flip), the test expects correct',
			expect.stringMatching(/^\/tests\/1 {2}dL-db \(en\): "-0,18977" is graded invalid \(.+\), the test expects correct$/)
		]);
	});

	it('grades expression exercises by evaluation at points consistent with the model', () => {
		const l = lesson();
		list(l, 'tests').splice(
			0,
			Infinity,
			{ exercise: 'da-dz', answer: 'sigmoid(z)*(1 - sigmoid(z))', expect: 'correct' },
			{ exercise: 'da-dz', answer: 'a - a^2', expect: 'correct' },
			{ exercise: 'da-dz', answer: 'a', expect: 'wrong-activation-derivative' },
			{ exercise: 'da-dz', answer: 'a*(1-', expect: 'invalid' }
		);

		expect(checkLessonText(text(l))).toEqual([]);
	});

	it('reports a test naming an exercise that does not exist', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { exercise: 'dz-da', answer: '1', expect: 'correct' });

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toEqual(['/tests/0/exercise  there is no exercise "dz-da" (did you mean "dL-da"?)']);
	});

	it('refuses a test that mixes a figure test and an answer test', () => {
		const l = lesson();
		list(l, 'tests').splice(0, Infinity, { quantity: 'grad:w', value: -0.15181, expect: 'correct' });

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toEqual([
			'/tests/0  a test is either {"quantity", "value", "tol"?} or {"exercise", "answer", "expect", "lang"?}'
		]);
	});
});

describe('exercises', () => {
	it('proves the engine\'s own answer is graded correct', () => {
		// Arrange: an author's tolerance of none at all, so 6 significant digits can no longer be right
		const l = lesson();
		const ex = at(l, 'steps', 4, 'exercises', 0);
		ex.rtol = 0;
		ex.atol = 0;
		l.tests = [];

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toEqual([
			'/steps/4/exercises/0  exercise dL-db (es): the engine\'s own answer "-0,189766" is graded incorrect (Not yet: the sign, the order of magnitude and the first 6 significant figures are right; the next one is not.)',
			'/steps/4/exercises/0  exercise dL-db (en): the engine\'s own answer "-0.189766" is graded incorrect (Not yet: the sign, the order of magnitude and the first 6 significant figures are right; the next one is not.)'
		]);
	});

	it('reports a duplicate exercise id', () => {
		const l = lesson();
		at(l, 'steps', 4, 'exercises', 0).id = 'dL-da';

		const problems = checkLessonText(text(l));

		expect(problems).toContainEqual(expect.objectContaining({ pointer: '/steps/4/exercises/0/id', message: expect.stringMatching(/^duplicate exercise id "dL-da"/) }));
	});

	it('reports an author misconception that is graded correct', () => {
		const l = lesson();
		const m = list(l, 'steps', 6, 'exercises', 0, 'misconceptions')[0];
		if (typeof m !== 'object' || m === null) throw new Error('no misconception');
		Object.assign(m, { answer: -0.15181 });

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => p.pointer)).toContain('/steps/6/exercises/0/misconceptions/0/answer');
		expect(problems.find((p) => p.pointer.endsWith('/answer'))?.message).toMatch(/^"forgot-input": -0.15181 is graded correct/);
	});

	it('reports a formula misconception that comes to the right answer, or that uses names the lesson lacks', () => {
		const l = lesson();
		const m = list(l, 'steps', 6, 'exercises', 0, 'misconceptions')[0];
		if (typeof m !== 'object' || m === null) throw new Error('no misconception');
		// ∂L/∂w itself, written as a formula: it can never be named as a mistake
		Object.assign(m, { answer: '2*(a - y)*a*(1 - a)*a_prev' });
		const right = checkLessonText(text(l)).find((p) => p.pointer === '/steps/6/exercises/0/misconceptions/0/answer');
		Object.assign(m, { answer: '2*(a - yy)' });
		const unknown = checkLessonText(text(l)).find((p) => p.pointer === '/steps/6/exercises/0/misconceptions/0/answer');

		expect(right?.message).toMatch(/^"forgot-input": "2\*\(a - y\)\*a\*\(1 - a\)\*a_prev" comes to -0\.151\d+, which is graded correct/);
		expect(unknown?.message).toBe('"forgot-input": a number exercise\'s wrong answer is a number, or a formula over the lesson\'s names such as "2*(a - y)"');
	});

	it('reports an expression whose formula students cannot type', () => {
		const l = lesson();
		at(l, 'model', 'nodes', 1).expr = 'gelu(z)';
		// the figures and answers of the sigmoid lesson no longer hold: keep only the exercise
		l.tests = [];
		for (const s of list(l, 'steps')) if (typeof s === 'object' && s !== null && 'body' in s) Object.assign(s, { body: { es: 'x', en: 'x' } });
		Object.assign(at(l, 'summary'), { es: 'x', en: 'x' });

		const problems = checkLessonText(text(l));

		expect(problems).toContainEqual(
			expect.objectContaining({ pointer: '/steps/3/exercises/1/answer', message: expect.stringMatching(/^the engine's formula for local:a\/z uses \w+\(…\), which students cannot type/) })
		);
	});
});

describe('authoring traps', () => {
	it('names a TeX command written with one backslash, and only that, where its string is', () => {
		// Arrange: "$\frac…$" with one backslash is a form feed and "rac" (JSON.stringify writes \f)
		const l = lesson();
		at(l, 'steps', 0, 'body').en = 'The cost is $\frac{1}{2}(a - y)^2$.';
		const source = text(l);

		// Act
		const problems = checkLessonText(source);

		// Assert: at the backslash, and no second message about the same string
		const line = lineOf(source, 'The cost is $\\frac');
		const column = (source.split('\n')[line - 1] ?? '').indexOf('The cost is $\\frac') + 'The cost is $'.length + 1;
		expect(problems).toEqual([{ pointer: '/steps/0/body/en', line, column, message: 'write \\\\frac: in JSON a TeX command needs two backslashes' }]);
	});

	it('passes \\\\theta written with two backslashes and a newline the author meant', () => {
		const l = lesson();
		at(l, 'steps', 0, 'body').en = 'Let $\\theta = {{value:w}}$.\nA new line.\n\nA new paragraph.';

		expect(checkLessonText(text(l))).toEqual([]);
	});

	it('suggests the step field meant, and does not also say the real one is missing', () => {
		const l = lesson();
		const step = at(l, 'steps', 0);
		step.boddy = step.body;
		delete step.body;

		const problems = checkLessonText(text(l));

		expect(problems.map((p) => [p.pointer, p.message])).toEqual([['/steps/0/boddy', 'unknown field "boddy" (did you mean body?)']]);
	});

	it('suggests the quantity meant, in a template at the template and in an exercise', () => {
		const l = lesson();
		at(l, 'steps', 2, 'body').en = 'The output is $a = {{grda:w}}$ and {{value:aa}}.';
		at(l, 'steps', 3, 'exercises', 0).quantity = 'grad:ww';
		const source = text(l);

		const problems = checkLessonText(source);

		const line = lineOf(source, '{{grda:w}}');
		expect(problems).toContainEqual({
			pointer: '/steps/2/body/en',
			line,
			column: (source.split('\n')[line - 1] ?? '').indexOf('{{grda:w}}') + 1,
			message: expect.stringMatching(/^\{\{grda:w\}\}: "grda:w" is not a quantity \(did you mean grad:w\?\) \(use value:NODE/)
		});
		expect(problems).toContainEqual(expect.objectContaining({ pointer: '/steps/2/body/en', message: '{{value:aa}}: "aa" is not a name of the model (did you mean a?)' }));
		expect(problems).toContainEqual(expect.objectContaining({ pointer: '/steps/3/exercises/0/quantity', message: '"ww" is not a parameter (did you mean w?)' }));
	});

	it('suggests the function meant, at its name in the expression', () => {
		const l = lesson();
		at(l, 'model', 'nodes', 1).expr = 'sigmoud(z)';
		const source = text(l);

		const problems = checkLessonText(source);

		const line = lineOf(source, 'sigmoud(z)');
		expect(problems).toEqual([
			{
				pointer: '/model/nodes/1/expr',
				line,
				column: (source.split('\n')[line - 1] ?? '').indexOf('sigmoud') + 1,
				message: expect.stringMatching(/^unknown function "sigmoud": did you mean sigmoid\? \(known: /)
			}
		]);
	});
});
