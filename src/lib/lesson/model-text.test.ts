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

	it('lets a node be called param or loss', () => {
		const read = readModelText('param w = 2\nparam = w*3\nloss = param^2\n');
		expect(read.ok && read.value.file.model.nodes.map((n) => n.name)).toEqual(['param', 'loss']);
	});
});
