/**
 * Helpers for the engine's tests and benchmarks: a seeded PRNG (never Math.random, so a failing
 * generated graph can be replayed from its seed) and small builders shared by several test files.
 */
import { expandNetwork, type Activation, type NetworkSpec } from './layered';
import { buildGraph, type Graph } from './model';
import { trace, type Trace } from './trace';
import type { ModelSpec } from './types';

/** A source of uniform numbers in [0, 1) and helpers over it. */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [lo, hi). */
	range(lo: number, hi: number): number;
	/** Integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** Uniform in ±[lo, hi): a magnitude in [lo, hi) with a random sign, never near 0. */
	awayFromZero(lo: number, hi: number): number;
}

/** mulberry32 (Tommy Ettinger): a 32-bit state, good enough for test data, and replayable. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const range = (lo: number, hi: number): number => lo + (hi - lo) * next();
	return {
		next,
		range,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		pick<T>(items: readonly T[]): T {
			const item = items[Math.floor(next() * items.length)];
			if (item === undefined) throw new Error('pick from an empty list');
			return item;
		},
		awayFromZero: (lo, hi) => (next() < 0.5 ? -1 : 1) * range(lo, hi)
	};
}

/** buildGraph that throws with every issue, for tests whose model is known to be valid. */
export function mustBuild(spec: ModelSpec): Graph {
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
