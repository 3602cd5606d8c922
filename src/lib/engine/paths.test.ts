/**
 * The chain decomposition: path counts by dynamic programming against brute-force enumeration on
 * small seeded random DAGs, the sum over paths of their products against the gradient, and the
 * count on a net far too large to enumerate.
 */
import { describe, expect, it } from 'vitest';
import { countPaths, listPaths, pathLandmarks, paths } from './paths';
import { denseNetwork, mulberry32, mustBuild, mustBuildNetwork, mustTrace } from './testing';
import type { ModelSpec } from './types';

interface Dag {
	model: ModelSpec;
	/** Distinct names each node uses, written down by the generator (not read back from the engine). */
	uses: Map<string, string[]>;
}

/** A random DAG: 1 input, 3 parameters, 3–7 nodes, each a smooth function of 1–3 earlier names. */
function randomDag(seed: number): Dag {
	const rng = mulberry32(seed);
	const params = ['p1', 'p2', 'p3'];
	const names = ['x1', ...params];
	const uses = new Map<string, string[]>();
	const model: ModelSpec = {
		inputs: { x1: 0.5 },
		targets: {},
		params: { p1: rng.range(-1, 1), p2: rng.range(-1, 1), p3: rng.range(-1, 1) },
		constants: {},
		nodes: [],
		loss: 'L',
		learningRate: 0.1
	};
	const distinct = (n: number, pool: readonly string[]): string[] => {
		const out = new Set<string>();
		while (out.size < Math.min(n, pool.length)) out.add(rng.pick(pool));
		return [...out];
	};
	const count = rng.int(3, 7);
	for (let i = 1; i <= count; i++) {
		const name = `n${i}`;
		const vars = distinct(rng.int(1, 3), names);
		const [a = 'x1', b, c] = vars;
		const sum = [b ? `${a}*${b}` : a, c].filter((s) => s !== undefined).join(' + ');
		model.nodes.push({ name, expr: rng.pick([`tanh(${sum})`, `sigmoid(${sum})`, sum, `0.5*(${sum})^2`]) });
		uses.set(name, vars);
		names.push(name);
	}
	const nodes = names.slice(4);
	const last = nodes[nodes.length - 1] ?? 'n1';
	const sinks = distinct(rng.int(1, nodes.length), nodes).filter((n) => n !== last);
	model.nodes.push({ name: 'L', expr: [last, ...sinks].join(' + ') });
	uses.set('L', [last, ...sinks]);
	return { model, uses };
}

/** Every path from `from` down to `to`, as lists of names, by plain recursion. */
function enumerate(uses: ReadonlyMap<string, string[]>, from: string, to: string): string[][] {
	if (from === to) return [[to]];
	return (uses.get(from) ?? []).flatMap((v) => enumerate(uses, v, to).map((rest) => [from, ...rest]));
}

const SEEDS = Array.from({ length: 100 }, (_, i) => 7000 + i);

describe('countPaths against brute-force enumeration', () => {
	it.each(SEEDS)('seed %i', (seed) => {
		// Arrange
		const { model, uses } = randomDag(seed);
		const graph = mustBuild(model);
		const targets = ['x1', 'p1', 'p2', 'p3', ...model.nodes.map((n) => n.name)];

		// Act
		const counted = targets.map((p) => countPaths(graph, p));
		const enumerated = targets.map((p) => BigInt(enumerate(uses, 'L', p).length));

		// Assert
		expect(counted).toEqual(enumerated);
	});
});

describe('listed paths', () => {
	it.each(SEEDS)('seed %i: are the enumerated ones, and their products sum to the gradient', (seed) => {
		// Arrange
		const { model, uses } = randomDag(seed);
		const t = mustTrace(mustBuild(model));

		for (const p of ['p1', 'p2', 'p3']) {
			// Act
			const listed = listPaths(t, p, Infinity);
			const sum = listed.reduce((s, path) => s + path.product, 0);

			// Assert
			const asNames = listed.map((path) => [...path.factors.map((f) => f.of), p].join(' → ')).sort();
			const expected = enumerate(uses, 'L', p).map((names) => names.join(' → ')).sort();
			expect(asNames).toEqual(expected);
			for (const path of listed) {
				path.factors.forEach((f, i) => expect(f.wrt).toBe(path.factors[i + 1]?.of ?? p));
				expect(path.product).toBe(path.factors.reduce((s, f) => s * f.value, 1));
			}
			const gradient = t.gradients[p] ?? NaN;
			expect(Math.abs(sum - gradient)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(gradient)));
		}
	});

	it('stops at the limit and yields nothing for a name the loss does not use', () => {
		// Arrange
		const model: ModelSpec = {
			inputs: { x1: 1 },
			targets: {},
			params: { p: 0.5, unused: 1 },
			constants: {},
			nodes: [
				{ name: 'a', expr: 'p*x1' },
				{ name: 'b', expr: 'p + a' },
				{ name: 'c', expr: 'a*b + p' },
				{ name: 'L', expr: 'a + b + c' }
			],
			loss: 'L',
			learningRate: 0.1
		};
		const graph = mustBuild(model);
		const t = mustTrace(graph);

		// Act
		const all = [...paths(t, 'p')];
		const two = listPaths(t, 'p', 2);

		// Assert
		// L→a→p, L→b→p, L→b→a→p, L→c→a→p, L→c→b→p, L→c→b→a→p, L→c→p
		expect(countPaths(graph, 'p')).toBe(7n);
		expect(all).toHaveLength(7);
		expect(two).toEqual(all.slice(0, 2));
		expect(countPaths(graph, 'unused')).toBe(0n);
		expect(listPaths(t, 'unused')).toEqual([]);
		expect(countPaths(graph, 'L')).toBe(1n);
	});
});

describe('a 12-layer, 16-wide dense net', () => {
	it('has 16¹¹ paths to a first-layer weight', () => {
		// Arrange
		// 16 inputs, then 12 layers of 16 neurons. w1_1_1 feeds only z1_1 → a1_1; from each layer to the
		// next a path picks one of 16 neurons (layer 1 → 2, …, 11 → 12: 11 choices of 16), and each of
		// the 16 outputs enters L through one edge: 16¹¹ = 17 592 186 044 416 paths.
		const graph = mustBuildNetwork(denseNetwork(12, 16, 'tanh'));

		// Act
		const first = countPaths(graph, 'w1_1_1');
		const last = countPaths(graph, 'w12_1_1');
		const bias = countPaths(graph, 'b1');

		// Assert
		expect(first).toBe(16n ** 11n);
		expect(first).toBe(17_592_186_044_416n);
		// a last-layer weight: w12_1_1 → z12_1 → yhat1 → L
		expect(last).toBe(1n);
		// the shared first-layer bias enters all 16 neurons of layer 1
		expect(bias).toBe(16n ** 12n);
	});
});

describe('pathLandmarks', () => {
	it('names each path by the neurons only it passes through, one node per neuron', () => {
		// Arrange: 2-2-2-2 sigmoid net; w1_1_1 → z1_1 → a1_1, then one of 2 neurons in layer 2, one of 2 outputs
		const t = mustTrace(mustBuildNetwork(denseNetwork(3, 2)));

		// Act
		const names = pathLandmarks(listPaths(t, 'w1_1_1'));

		// Assert: a neuron's output implies its weighted sum, and a1_1 is on every path, so neither is named
		expect(names).toEqual([
			['yhat1', 'a2_1'],
			['yhat1', 'a2_2'],
			['yhat2', 'a2_1'],
			['yhat2', 'a2_2']
		]);
	});

	it('names no node when there is one path', () => {
		const t = mustTrace(mustBuildNetwork(denseNetwork(3, 2)));
		expect(pathLandmarks(listPaths(t, 'w3_1_1'))).toEqual([[]]);
	});
});
