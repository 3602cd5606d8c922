/**
 * Helpers for the engine's tests and benchmarks: a seeded PRNG (never Math.random, so a failing
 * generated graph can be replayed from its seed) and small builders shared by several test files.
 */
import { expandNetwork, type Activation, type NetworkSpec } from './layered';
import { buildGraph, type Graph } from './model';
import { trace, type Trace } from './trace';
import type { ChainPath, Factor, ModelSpec, WrittenModelSpec } from './types';

/** A source of uniform numbers in [0, 1) and helpers over it. */
import { seededRng as mulberry32 } from './random';
export { mulberry32 };
export type { Rng } from './random';


/** buildGraph that throws with every issue, for tests whose model is known to be valid. */
export function mustBuild(spec: WrittenModelSpec): Graph {
	const result = buildGraph(spec);
	if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	return result.graph;
}

/** trace that throws with every issue. */
export function mustTrace(graph: Graph): Trace {
	const result = trace(graph);
	if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	return result.trace;
}

/** Rounds to `digits` decimals, the way the course prints figures (0.60108787… → 0.60109). */
export function round(value: number, digits = 5): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** An empty model to spread a test's own fields into. */
export function emptyModel(): ModelSpec {
	return { inputs: {}, targets: {}, params: {}, constants: {}, nodes: [], loss: '', learningRate: 0.1 };
}

/**
 * A dense net of `depth` layers of `width` neurons after `width` inputs, seeded weights in ±0.5
 * (small enough that sigmoid and tanh do not saturate over thousands of layers), one shared bias
 * per layer, and ½Σ(y − ŷ)² on the last layer.
 */
export function denseNetwork(depth: number, width: number, activation: Activation = 'sigmoid', seed = 1): NetworkSpec {
	const rng = mulberry32(seed);
	return {
		layers: Array.from({ length: depth + 1 }, () => width),
		activations: Array.from({ length: depth }, () => activation),
		inputs: Array.from({ length: width }, () => rng.range(-1, 1)),
		targets: Array.from({ length: width }, () => rng.range(0, 1)),
		weights: Array.from({ length: depth }, () =>
			Array.from({ length: width }, () => Array.from({ length: width }, () => rng.range(-0.5, 0.5)))
		),
		biases: Array.from({ length: depth }, () => rng.range(-0.2, 0.2)),
		loss: 'half-sse',
		learningRate: 0.1
	};
}

/** expandNetwork then buildGraph, throwing with every issue. */
export function mustBuildNetwork(spec: NetworkSpec): Graph {
	const expanded = expandNetwork(spec);
	if (!expanded.ok) throw new Error(expanded.issues.map((i) => i.message).join('\n'));
	return mustBuild(expanded.model);
}

/** A 2-2-1 sigmoid net with E = ½(t − ŷ)², named as the worked example names its 2-2-2 net. */
export function net221(): ModelSpec {
	return {
		inputs: { x1: 0, x2: 0 },
		targets: { t: 0 },
		params: { w1: 0.1, w2: 0.2, w3: 0.3, w4: 0.4, b1: 0, b2: 0, w5: 0.5, w6: 0.6, b3: 0 },
		constants: {},
		nodes: [
			{ name: 'sum_n1', expr: 'x1*w1 + x2*w3 + b1' },
			{ name: 'n1', expr: 'sigmoid(sum_n1)' },
			{ name: 'sum_n2', expr: 'x1*w2 + x2*w4 + b2' },
			{ name: 'n2', expr: 'sigmoid(sum_n2)' },
			{ name: 'sum_yhat', expr: 'n1*w5 + n2*w6 + b3' },
			{ name: 'yhat', expr: 'sigmoid(sum_yhat)' },
			{ name: 'E', expr: '0.5*(t - yhat)^2' }
		],
		loss: 'E',
		learningRate: 0.5
	};
}

/**
 * L = (w − 2)² trained from w = 0, V = (w − 1)² only watched: GD with η = 0.1 gives w_k = 2 − 2·0.8^k, so
 * V falls while w nears 1, is lowest at k = 3 (w = 0.976) and rises again, as a held-out loss does.
 */
export function trainedAndWatched(): ModelSpec {
	return {
		inputs: {},
		targets: {},
		params: { w: 0 },
		constants: {},
		nodes: [
			{ name: 'L', expr: '(w - 2)^2' },
			{ name: 'V', expr: '(w - 1)^2' }
		],
		loss: 'L',
		learningRate: 0.1
	};
}

/** Terms in one partial sum of `wideTanhModel`: an expression of 100 products stays under the length limit. */
const FAN_IN = 100;

/**
 * One input, `hidden` tanh units side by side (z_j = w_j·x + b_j, h_j = tanh(z_j): two nodes each), their
 * weighted sum gathered by a tree of partial sums of at most 100 terms, and L = ½(t − y)². Every weight and
 * bias has one path to the loss, so every parameter's path is listed: about 2·hidden nodes, 3·hidden + 1
 * parameters.
 */
export function wideTanhModel(hidden: number, seed = 1): ModelSpec {
	const rng = mulberry32(seed);
	const model: ModelSpec = { inputs: { x: 0.5 }, targets: { t: 0.25 }, params: {}, constants: {}, nodes: [], loss: 'L', learningRate: 0.1 };
	let terms: string[] = [];
	for (let j = 1; j <= hidden; j++) {
		model.params[`w${j}`] = rng.range(-1, 1);
		model.params[`b${j}`] = rng.range(-0.2, 0.2);
		model.params[`v${j}`] = rng.range(-1, 1) / Math.sqrt(hidden);
		model.nodes.push({ name: `z${j}`, expr: `w${j}*x + b${j}` }, { name: `h${j}`, expr: `tanh(z${j})` });
		terms.push(`v${j}*h${j}`);
	}
	model.params['c'] = 0;
	for (let level = 1; terms.length > FAN_IN; level++) {
		const sums: string[] = [];
		for (let k = 0; k * FAN_IN < terms.length; k++) {
			const name = `s${level}_${k + 1}`;
			model.nodes.push({ name, expr: terms.slice(k * FAN_IN, (k + 1) * FAN_IN).join(' + ') });
			sums.push(name);
		}
		terms = sums;
	}
	model.nodes.push({ name: 'y', expr: [...terms, 'c'].join(' + ') }, { name: 'L', expr: '0.5*(t - y)^2' });
	return model;
}

/**
 * The per-parameter count the one sweep (reach.ts) replaced, kept as the tests' reference and the
 * bench's baseline: one dynamic programme over the whole graph for `p` alone, count(loss) = 1,
 * count(v) = Σ over nodes u using v of count(u).
 */
export function countPathsAlone(graph: Graph, p: string): bigint {
	const count = new Array<bigint>(graph.names.length).fill(0n);
	count[graph.lossSlot] = 1n;
	for (let n = graph.nodes.length - 1; n >= 0; n--) {
		const node = graph.nodes[n];
		const c = node ? (count[node.slot] ?? 0n) : 0n;
		if (!node || c === 0n) continue;
		for (const s of node.varSlots) count[s] = (count[s] ?? 0n) + c;
	}
	const s = graph.slots.get(p);
	return s === undefined ? 0n : (count[s] ?? 0n);
}

/**
 * Every loss → p path by walking every factor of every node from the loss, depth first in the order
 * each node names its variables: the reference for `paths`, and like it before it knew which edges
 * lead to p, a walk of the whole graph per parameter.
 */
export function pathsByWalk(t: Trace, p: string): ChainPath[] {
	const out: ChainPath[] = [];
	const path: Factor[] = [];
	const walk = (name: string) => {
		if (name === p) {
			out.push({ factors: [...path], product: path.reduce((s, f) => s * f.value, 1) });
			return;
		}
		for (const f of t.factorsOf[name] ?? []) {
			path.push(f);
			walk(f.wrt);
			path.pop();
		}
	};
	walk(t.graph.loss);
	return out;
}

/** One number of a lesson file as the lesson shows it first: a variant's authored value (a range's `value`, else its midpoint; a choice's first). */
function authoredNumber(x: unknown): number {
	if (typeof x === 'number') return x;
	if (typeof x !== 'object' || x === null) return NaN;
	if ('value' in x && typeof x.value === 'number') return x.value;
	if ('choose' in x && Array.isArray(x.choose)) return Number(x.choose[0]);
	if ('uniform' in x && Array.isArray(x.uniform)) return (Number(x.uniform[0]) + Number(x.uniform[1])) / 2;
	return NaN;
}

/** A lesson file's network read as JSON, its variants at their authored numbers, for tests that expand it without the lesson loader. */
export function authoredNetwork(net: NetworkSpec): NetworkSpec {
	return {
		...net,
		inputs: net.inputs.map(authoredNumber),
		targets: net.targets.map(authoredNumber),
		weights: net.weights.map((layer) => layer.map((row) => row.map(authoredNumber))),
		biases: net.biases.map((b) => (Array.isArray(b) ? b.map(authoredNumber) : authoredNumber(b)))
	};
}
