import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainLesson, HOSTILE_LESSONS } from '../lib/lesson/hostile-lessons';

// The teacher's trace command, run as a teacher runs it.
const tsx = join('node_modules', '.bin', 'tsx');

function traceFile(text: string): { status: number | null; stdout: string; stderr: string; file: string } {
	const file = join(mkdtempSync(join(tmpdir(), 'cadena-trace-')), 'model.json');
	writeFileSync(file, text);
	// a long chain's trace is megabytes of JSON
	const r = spawnSync(tsx, ['src/cli/trace.ts', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, file };
}

const model = (nodes: { name: string; expr: string }[], loss = 'L') =>
	JSON.stringify({ model: { inputs: { x: 1 }, params: { w: 2, b: 0.5 }, nodes, loss, learningRate: 0.1 } }, null, 2);

// each test starts the real command, a Node process that loads the engine: seconds on a busy machine
describe('npm run --silent trace -- FILE', { timeout: 60_000 }, () => {
	it('prints the worked example’s values, gradients, updates and paths as JSON', () => {
		const out = JSON.parse(execFileSync(tsx, ['src/cli/trace.ts', 'lessons/03-worked-example/lesson.json'], { encoding: 'utf8' }));
		expect(out.values.n1).toBeCloseTo(0.60109, 5);
		expect(out.loss).toBeCloseTo(0.24909, 5);
		expect(out.gradients.w5).toBeCloseTo(0.0802, 4);
		expect(out.updated.w1).toBeCloseTo(0.09934, 5);
		expect(out.paths.w1.count).toBe(2);
		expect(out.paths.w1.items[0].factors).toHaveLength(5);
		expect(out.paths.w1.items[0].factors[0]).toMatchObject({ of: 'E_total', wrt: 'yhat1', tex: '\\hat{y}_{1} - t_{1}' });
		const sum = out.paths.w1.items.reduce((s: number, p: { product: number }) => s + p.product, 0);
		expect(sum).toBeCloseTo(out.gradients.w1, 12);
	});

	it('traces a model written with parameters alone, no inputs, targets or constants', () => {
		const r = traceFile(JSON.stringify({ model: { params: { x: -2, y: 5, z: -4 }, nodes: [{ name: 'q', expr: 'x + y' }, { name: 'f', expr: 'q*z' }], loss: 'f', learningRate: 0.1 } }));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.loss).toBe(-12);
		expect(out.gradients).toEqual({ x: -4, y: -4, z: 3 });
		expect(out.paths.x.items[0].factors.map((f: { of: string }) => f.of)).toEqual(['f', 'q']);
	});

	it('traces a 10 000-node chain that check passes: one path of 10 000 factors, no stack overflow', () => {
		const r = traceFile(chainLesson(10_000));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.paths.w.count).toBe(1);
		expect(out.paths.w.items[0].factors).toHaveLength(10_000);
	});

	it('traces a model file past the lesson limit (12 000 nodes), which a lesson of the same model may not have', () => {
		const lesson = chainLesson(12_000);
		const refused = traceFile(lesson);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/the model has 12 000 nodes, more than the 10 000 a lesson may have/);
		const parsed: unknown = JSON.parse(lesson);
		if (typeof parsed !== 'object' || parsed === null || !('model' in parsed)) throw new Error('the chain lesson has no model');
		const r = traceFile(JSON.stringify({ model: parsed.model }));
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).paths.w.items[0].factors).toHaveLength(12_000);
	});

	it('refuses a 1 200-term sum by its length, quoting 40 characters of it, with no stack trace', () => {
		const sum = HOSTILE_LESSONS.find((h) => h.name === 'a 1 200-term sum (12 KB)');
		if (!sum) throw new Error('no 1 200-term sum in the corpus');
		const r = traceFile(sum.text);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/\/model\/nodes\/0\/expr  the expression "w\*x \+ b \+ 0\.001\*x.{0,30}" is 1\d \d{3} characters long, more than the 5 000 allowed/);
		expect(r.stderr).not.toMatch(/RangeError|^\s+at /m);
	});

	it.each([
		['an unknown name', model([{ name: 'z', expr: 'x*w' }, { name: 'L', expr: 'z*w9' }]), /:\d+:\d+ +\/model\/nodes\/1\/expr +unknown name "w9"/],
		['a duplicate name', model([{ name: 'w', expr: 'x' }, { name: 'L', expr: 'w' }]), /\/model\/nodes\/0\/name +duplicate name "w"/],
		['a cycle', model([{ name: 'a', expr: 'L*w' }, { name: 'L', expr: 'a + x' }]), /part of a cycle/],
		['a loss that is not a node', model([{ name: 'z', expr: 'x*w' }], 'w'), /\/model\/loss +the loss "w" is a param, not a node/],
		['a function that does not exist', model([{ name: 'L', expr: 'sigmoidd(x*w)' }]), /unknown function "sigmoidd"/],
		['a non-finite value', model([{ name: 'L', expr: 'log(x - 2)' }]), /\/model\/nodes\/0\/expr +node "L" evaluates to NaN/],
		['broken JSON', '{ "model": { "inputs": { "x": 1 } ', /:1:\d+ +\/ +JSON syntax/]
	])('refuses %s, naming the file, the place and the problem', (_what, text, message) => {
		const r = traceFile(text);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(r.file);
		expect(r.stderr).toMatch(message);
	});
});
