/**
 * The compiled program (program.ts) against the evaluator it replaced: closures over the same trees
 * (evaluate.ts compile), run by the forward loop and the reversed loop written out below as pass.ts had
 * them. Every value, factor and adjoint must be bit for bit the same, on every lesson's model, on dense
 * nets of every activation, and on seeded random graphs that call every op.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './evaluate';
import { ACTIVATIONS, expandNetwork, type NetworkSpec } from './layered';
import type { Graph } from './model';
import { FUNCTION_NAMES, OPS } from './ops';
import { backward, forward, run, type Pass } from './pass';
import { authoredNetwork, denseNetwork, mulberry32, mustBuild, mustBuildNetwork, type Rng } from './testing';
import type { Expr, ModelSpec, NodeSpec } from './types';

/** pass.ts as it was before the program: a closure per node and per factor, both loops over graph.nodes. */
function referencePass(graph: Graph, values: Float64Array = graph.initial.slice()): Pass {
	const slot = (name: string): number => {
		const s = graph.slots.get(name);
		if (s === undefined) throw new Error(`no slot for ${name}`);
		return s;
	};
	for (const node of graph.nodes) values[node.slot] = compile(node.expr, slot)(values);
	const adjoints = new Float64Array(values.length);
	const factors = new Float64Array(graph.edgeCount);
	adjoints[graph.lossSlot] = 1;
	for (let n = graph.nodes.length - 1; n >= 0; n--) {
		const node = graph.nodes[n];
		if (node === undefined) continue;
		const upstream = adjoints[node.slot] ?? 0;
		node.derivatives.forEach((d, k) => {
			const f = compile(d, slot)(values);
			factors[node.edgeStart + k] = f;
			const s = node.varSlots[k] ?? 0;
			adjoints[s] = (adjoints[s] ?? 0) + upstream * f;
		});
	}
	return { values, adjoints, factors };
}

/** The first place two arrays differ (Object.is, so NaN equals NaN and 0 differs from −0), or undefined. */
function firstDifference(a: Float64Array, b: Float64Array, label: (i: number) => string): string | undefined {
	if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `${label(i)}: ${a[i]} vs ${b[i]}`;
	return undefined;
}

function expectSamePass(graph: Graph, values?: Float64Array): void {
	const compiled = run(graph, values?.slice());
	const reference = referencePass(graph, values?.slice());
	const edge = (e: number): string => {
		const node = graph.nodes.find((n) => e >= n.edgeStart && e < n.edgeStart + n.vars.length);
		return `∂${node?.name}/∂${node?.vars[e - (node?.edgeStart ?? 0)]}`;
	};
	const name = (i: number): string => graph.names[i] ?? `slot ${i}`;
	expect(firstDifference(compiled.values, reference.values, name), 'values').toBeUndefined();
	expect(firstDifference(compiled.factors, reference.factors, edge), 'factors').toBeUndefined();
	expect(firstDifference(compiled.adjoints, reference.adjoints, (i) => `∂L/∂${name(i)}`), 'adjoints').toBeUndefined();
}

/** Every lesson's model (a leaf drawn for a variant takes a fixed number: the trees are what is compared). */
function lessonModels(): [string, ModelSpec][] {
	const dir = new URL('../../../lessons/', import.meta.url);
	const numeric = (record: Record<string, unknown> = {}): Record<string, number> =>
		Object.fromEntries(Object.entries(record).map(([k, v], i) => [k, typeof v === 'number' ? v : 0.3 + 0.1 * i]));
	return readdirSync(dir)
		.filter((d) => /^\d+-/.test(d))
		.sort()
		.map((folder): [string, ModelSpec] => {
			const lesson: { model?: ModelSpec; network?: NetworkSpec } = JSON.parse(readFileSync(new URL(`${folder}/lesson.json`, dir), 'utf8'));
			if (lesson.network) {
				const expanded = expandNetwork(authoredNetwork(lesson.network));
				if (!expanded.ok) throw new Error(`${folder}: ${expanded.issues[0]?.message}`);
				return [folder, expanded.model];
			}
			const m = lesson.model;
			if (!m) throw new Error(`${folder} has no model`);
			return [folder, { ...m, inputs: numeric(m.inputs), targets: numeric(m.targets), params: numeric(m.params), constants: numeric(m.constants) }];
		});
}

/**
 * A random graph over every function a lesson may call and + − · / ^ and negation: nodes that are one
 * activation of a sum (so factors use the node's own output), sums of products (the program's DOT),
 * and nested mixtures. Values may leave an op's domain: NaN must then be NaN in both.
 */
function randomModel(rng: Rng): ModelSpec {
	const model: ModelSpec = { inputs: {}, targets: {}, params: {}, constants: {}, nodes: [], loss: '', learningRate: 0.1 };
	const names: string[] = [];
	for (let i = 1; i <= 3; i++) model.inputs[`x${i}`] = rng.range(-2, 2);
	for (let i = 1; i <= 5; i++) model.params[`p${i}`] = rng.range(-2, 2);
	model.constants['c'] = rng.range(-1, 1);
	names.push(...Object.keys(model.inputs), ...Object.keys(model.params), 'c');
	const num = (): string => rng.pick(['2', '0.5', '1', '3', '0.044715', '1e-3', `${Math.round(rng.range(-30, 30)) / 10}`]);
	const leaf = (): string => (rng.next() < 0.8 ? rng.pick(names) : num());
	const expr = (depth: number): string => {
		if (depth === 0) return leaf();
		const r = rng.next();
		if (r < 0.45) {
			const f = rng.pick(FUNCTION_NAMES);
			const op = OPS.get(f);
			const [min, max] = op?.arity ?? [1, 1];
			const n = rng.int(min, Math.min(max, min + 1));
			return `${f}(${Array.from({ length: n }, () => expr(depth - 1)).join(', ')})`;
		}
		if (r < 0.9) return `(${expr(depth - 1)} ${rng.pick(['+', '-', '*', '/', '^'])} ${expr(depth - 1)})`;
		return `-${expr(depth - 1)}`;
	};
	const nodes: NodeSpec[] = [];
	for (let i = 1; i <= 12; i++) {
		const shape = rng.int(0, 2);
		const text =
			shape === 0
				? `${rng.pick(UNARY)}(${rng.pick(names)}*${rng.pick(names)} + ${rng.pick(names)})`
				: shape === 1
					? Array.from({ length: rng.int(2, 5) }, () => (rng.next() < 0.7 ? `${rng.pick(names)}*${rng.pick(names)}` : rng.pick(names))).join(' + ')
					: expr(rng.int(1, 3));
		nodes.push({ name: `n${i}`, expr: text });
		names.push(`n${i}`);
	}
	nodes.push({ name: 'L', expr: names.slice(-6).join(' + ') });
	// the default arguments (leaky_relu's slope) are filled in by the parser, so every arity is valid
	model.nodes = nodes;
	model.loss = 'L';
	return model;
}

/** Functions that take one argument (more may be optional). */
const UNARY = FUNCTION_NAMES.filter((f) => OPS.get(f)?.arity[0] === 1);

/** The ops of a tree, recursively. */
function opsOf(e: Expr, out: Set<string>): Set<string> {
	if (e.kind === 'call') {
		out.add(e.op);
		for (const a of e.args) opsOf(a, out);
	}
	return out;
}

const SEEDS = Array.from({ length: 150 }, (_, i) => 7000 + i);

describe('the compiled program gives, bit for bit, what the closures it replaced gave', () => {
	it.each(lessonModels())('on the model of %s', (_folder, model) => {
		// Arrange
		const graph = mustBuild(model);

		// Act, Assert
		expectSamePass(graph);
	});

	it.each(ACTIVATIONS.filter((a) => a !== 'softmax'))('on a dense %s net', (activation) => {
		// Arrange
		const graph = mustBuildNetwork(denseNetwork(3, 5, activation, 11));

		// Act, Assert
		expectSamePass(graph);
	});

	it.each(SEEDS)('on random graph %i, at its values and at values drawn anew', (seed) => {
		// Arrange
		const rng = mulberry32(seed);
		const graph = mustBuild(randomModel(rng));
		const elsewhere = graph.initial.slice();
		for (let i = 0; i < elsewhere.length; i++) if (!Number.isNaN(elsewhere[i] ?? NaN)) elsewhere[i] = rng.range(-2, 2);

		// Act, Assert
		expectSamePass(graph);
		expectSamePass(graph, elsewhere);
	});

	it('meets every op the engine has on those graphs, hidden ones through the factors', () => {
		// Arrange
		const met = new Set<string>();

		// Act
		for (const seed of SEEDS) {
			for (const node of mustBuild(randomModel(mulberry32(seed))).nodes) {
				opsOf(node.expr, met);
				for (const d of node.derivatives) opsOf(d, met);
			}
		}

		// Assert: elu_grad2 is only ever the derivative of a derivative, which no graph holds
		expect([...OPS.keys()].filter((op) => !met.has(op))).toEqual(['elu_grad2']);
	});

	it('runs forward and backward separately as run does, and reuses buffers it is given', () => {
		// Arrange
		const graph = mustBuild(randomModel(mulberry32(99)));
		const buffers = { adjoints: new Float64Array(graph.names.length).fill(7), factors: new Float64Array(graph.edgeCount).fill(7) };

		// Act
		const values = forward(graph);
		const pass = backward(graph, values, buffers);

		// Assert
		const reference = referencePass(graph);
		expect(pass.adjoints).toBe(buffers.adjoints);
		expect(pass.factors).toBe(buffers.factors);
		expect(firstDifference(pass.adjoints, reference.adjoints, String)).toBeUndefined();
		expect(firstDifference(pass.factors, reference.factors, String)).toBeUndefined();
	});
});
