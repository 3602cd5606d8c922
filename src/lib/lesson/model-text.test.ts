import { describe, expect, it } from 'vitest';
import { generateLesson } from './generate';
import { lineOf, readModelText, writeModelText } from './model-text';

const GRAPH = `# the course's first graph
param x = -2, y = 5, z = -4
q = x + y
f = q*z
loss f
rate 0.1
`;

describe('the text form of a model', () => {
	it('reads names, nodes, the loss and η into the lesson format\'s model', () => {
		const read = readModelText(GRAPH);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.value.file.model).toMatchObject({ params: { x: -2, y: 5, z: -4 }, nodes: [{ name: 'q', expr: 'x + y' }, { name: 'f', expr: 'q*z' }], loss: 'f', learningRate: 0.1 });
		expect(read.value.lines.get('/model/nodes/1')).toBe(4);
	});

	it('takes the last node as the loss and η = 0.1 when they are not written', () => {
		const read = readModelText('input x1 = 1\ntarget t = 0\nparam w = 0.5\nL = 0.5*(t - w*x1)^2\n');
		if (!read.ok) throw new Error('does not read');
		expect(read.value.file.model.loss).toBe('L');
		expect(read.value.file.model.learningRate).toBe(0.1);
		expect(read.value.file.model.inputs).toEqual({ x1: 1 });
	});

	it('says on which line a value is not a number, and what a line should be', () => {
		const read = readModelText('param x = two\nq x + 1\n');
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problems).toEqual([
			{ line: 1, message: expect.stringContaining('"two" is not a number') },
			{ line: 2, message: expect.stringContaining('a line is a node') }
		]);
	});

	it('places the checker\'s problem on the line the student wrote', () => {
		const read = readModelText('param a = 1\nh = a*b\nL = h^2\n');
		if (!read.ok) throw new Error('does not read');
		const result = generateLesson(JSON.stringify(read.value.file));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const problem = result.problems[0];
		expect(problem?.pointer).toBe('/model/nodes/0/expr');
		expect(lineOf(read.value.lines, problem?.pointer ?? '')).toBe(2);
	});

	it('writes a model back in the same form, and keeps JSON for what the form cannot say', () => {
		const read = readModelText(GRAPH);
		if (!read.ok) throw new Error('does not read');
		const again = writeModelText(read.value.file.model);
		expect(again).toBeDefined();
		const reread = readModelText(again ?? '');
		expect(reread.ok && reread.value.file).toEqual(read.value.file);
		expect(writeModelText({ ...read.value.file.model, params: { x: { uniform: [0, 1] } } })).toBeUndefined();
	});

	it('reads the decimals shown from a precision line, beside the model, and writes them back', () => {
		const read = readModelText(`${GRAPH}precision 3\n`);
		if (!read.ok) throw new Error(JSON.stringify(read.problems));

		expect(read.value.file).toMatchObject({ precision: 3, model: { loss: 'f' } });
		expect(read.value.lines.get('/precision')).toBe(7);
		const again = writeModelText(read.value.file.model, read.value.file.precision);
		expect(again).toMatch(/^precision 3$/m);
		const reread = readModelText(again ?? '');
		expect(reread.ok && reread.value.file).toEqual(read.value.file);
		const result = generateLesson(JSON.stringify(read.value.file));
		expect(result.ok && result.lesson.precision).toBe(3);
	});

	it('has no precision when no line says one, and writes none', () => {
		const read = readModelText(GRAPH);
		if (!read.ok) throw new Error('does not read');

		expect(read.value.file).not.toHaveProperty('precision');
		expect(writeModelText(read.value.file.model)).not.toMatch(/precision/);
	});

	it.each([
		['precision 2.5', '"2.5" is not a whole number: write precision N, the decimals shown, from 0 to 12'],
		['precision three', '"three" is not a whole number'],
		['precision', 'write precision N, the decimals shown, from 0 to 12, e.g. precision 3'],
		['precision 13', 'precision 13: the decimals shown go from 0 to 12'],
		['precision -1', 'precision -1: the decimals shown go from 0 to 12']
	])('says on its line what is wrong with "%s"', (line, message) => {
		const read = readModelText(`param x = 1\n${line}\nf = x^2\n`);

		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems).toEqual([{ line: 2, message: expect.stringContaining(message) }]);
	});

	it('takes 0 and 12 decimals, and lets a node be called precision', () => {
		for (const n of [0, 12]) {
			const read = readModelText(`param x = 1\nf = x^2\nprecision ${n}\n`);
			expect(read.ok && read.value.file.precision).toBe(n);
		}
		const node = readModelText('param x = 1\nprecision = x*3\n');
		expect(node.ok && node.value.file).toMatchObject({ model: { nodes: [{ name: 'precision' }] } });
		expect(node.ok && node.value.file).not.toHaveProperty('precision');
	});

	it('lets a node be called param or loss', () => {
		const read = readModelText('param w = 2\nparam = w*3\nloss = param^2\n');
		expect(read.ok && read.value.file.model.nodes.map((n) => n.name)).toEqual(['param', 'loss']);
	});
});
