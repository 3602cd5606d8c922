/**
 * The one-sweep path counts against the per-parameter dynamic programme they replace (kept in
 * testing.ts as the reference), and the paths, contributions and users read from that sweep against straightforward walks
 * of the whole graph, on seeded random graphs with dead ends, watched nodes and shared variables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from './model';
import { listPaths } from './paths';
import { backpropOrder, pathCounts, stepsFromLoss } from './reach';
import { countPathsAlone, denseNetwork, mustBuild, mustBuildNetwork, mustTrace, pathsByWalk, wideTanhModel } from './testing';
import { contributions, factor } from './trace';
import type { ModelSpec } from './types';

/** Reference: the users of `name` whose value the loss depends on, found by searching up from each. */
function usersReachingLoss(graph: Graph, name: string): string[] {
	const dependsOn = (from: string): boolean => from === graph.loss || graph.nodes.some((n) => n.vars.includes(from) && dependsOn(n.name));
	return graph.nodes.filter((n) => n.vars.includes(name) && dependsOn(n.name)).map((n) => n.name);
}

/**
 * A random DAG: 1–3 inputs, 1–4 parameters, then nodes each using 1–3 earlier names through a smooth
 * expression. The loss is one of the nodes, not always the last, so some nodes lie past it or beside it.
 */
const dagModel = fc
	.record({
		inputs: fc.integer({ min: 1, max: 3 }),
		params: fc.integer({ min: 1, max: 4 }),
		nodes: fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom('sum', 'product', 'tanh', 'square')), { minLength: 1, maxLength: 14 }),
		loss: fc.nat()
	})
	.map(({ inputs, params, nodes, loss }): ModelSpec => {
		const model: ModelSpec = { inputs: {}, targets: {}, params: {}, constants: {}, nodes: [], loss: '', learningRate: 0.1 };
		const names: string[] = [];
		for (let i = 1; i <= inputs; i++) (model.inputs[`x${i}`] = 0.1 * i, names.push(`x${i}`));
		for (let i = 1; i <= params; i++) (model.params[`p${i}`] = 0.3 - 0.1 * i, names.push(`p${i}`));
		nodes.forEach(([picks, shape], i) => {
			const vars = [...new Set(picks.map((k) => names[k % names.length] ?? 'x1'))];
			const sum = vars.join(' + ');
			const expr = shape === 'sum' ? sum : shape === 'product' ? vars.join('*') : shape === 'tanh' ? `tanh(${sum})` : `0.5*(${sum})^2`;
			model.nodes.push({ name: `n${i + 1}`, expr });
			names.push(`n${i + 1}`);
		});
		model.loss = `n${(loss % nodes.length) + 1}`;
		return model;
	});

describe('pathCounts: one reversed sweep', () => {
	it('gives every name the count the per-parameter DP gives it', () => {
		fc.assert(
			fc.property(dagModel, (model) => {
				const graph = mustBuild(model);
				const counts = pathCounts(graph);
				graph.names.forEach((name, s) => expect(counts[s], name).toBe(countPathsAlone(graph, name)));
			}),
			{ numRuns: 300, seed: 20261206 }
		);
	});

	it('is 16¹¹ for every first-layer weight of the 12-layer, 16-wide net, as the per-parameter DP says', () => {
		// Arrange: the 12-layer, 16-wide tanh net of paths.test.ts, which says why 16¹¹
		const graph = mustBuildNetwork(denseNetwork(12, 16, 'tanh'));

		// Act
		const counts = pathCounts(graph);
		const firstLayer = graph.params.filter((p) => p.startsWith('w1_'));

		// Assert
		expect(firstLayer).toHaveLength(16 * 16);
		for (const p of firstLayer) expect(counts[graph.slots.get(p) ?? -1]).toBe(16n ** 11n);
		for (const p of ['w1_1_1', 'w6_3_2', 'w12_16_16']) expect(counts[graph.slots.get(p) ?? -1]).toBe(countPathsAlone(graph, p));
	});
});

describe('paths and contributions read from the sweep', () => {
	it('list the same paths in the same order as walking every factor from the loss', () => {
		fc.assert(
			fc.property(dagModel, (model) => {
				const t = mustTrace(mustBuild(model));
				for (const p of [...t.graph.params, ...Object.keys(model.inputs)]) {
					expect(listPaths(t, p, Infinity)).toEqual(pathsByWalk(t, p));
					expect(listPaths(t, p, 2)).toEqual(pathsByWalk(t, p).slice(0, 2));
				}
			}),
			{ numRuns: 200, seed: 20261207 }
		);
	});

	it('gather each name’s users the loss depends on, with their factors, in order', () => {
		fc.assert(
			fc.property(dagModel, (model) => {
				const t = mustTrace(mustBuild(model));
				for (const name of t.graph.names) {
					const got = contributions(t, name);
					expect(got.map((c) => c.user)).toEqual(usersReachingLoss(t.graph, name));
					for (const c of got) {
						expect(c.factor).toBe(factor(t, c.user, name));
						expect(c.upstream).toBe(t.adjoints[c.user]);
					}
				}
			}),
			{ numRuns: 200, seed: 20261208 }
		);
	});

	it('list one path per parameter of a wide model, each through its own unit', () => {
		// Arrange: 250 tanh units under a tree of partial sums
		const t = mustTrace(mustBuild(wideTanhModel(250)));

		// Act
		const [path, ...rest] = listPaths(t, 'w137');

		// Assert: L → y → s1_2 → h137 → z137 → w137
		expect(rest).toEqual([]);
		expect(path?.factors.map((f) => f.of)).toEqual(['L', 'y', 's1_2', 'h137', 'z137']);
		expect(path?.product).toBeCloseTo(t.gradients['w137'] ?? NaN, 12);
	});
});

/** Reference: breadth-first from the loss down the names each node uses, by name, one level at a time. */
function levelsByBfs(graph: Graph): Map<string, number> {
	const level = new Map<string, number>([[graph.loss, 0]]);
	let frontier = [graph.loss];
	for (let d = 1; frontier.length > 0; d++) {
		const next: string[] = [];
		for (const name of frontier) {
			for (const v of graph.nodes.find((n) => n.name === name)?.vars ?? []) {
				if (level.has(v)) continue;
				level.set(v, d);
				next.push(v);
			}
		}
		frontier = next;
	}
	return level;
}

describe('backpropagation order', () => {
	it('gives every name its fewest edges from the loss, as a breadth-first search does', () => {
		fc.assert(
			fc.property(dagModel, (model) => {
				const graph = mustBuild(model);
				const steps = stepsFromLoss(graph);
				const bfs = levelsByBfs(graph);
				graph.names.forEach((name, s) => expect(steps[s], name).toBe(bfs.get(name) ?? -1));
			}),
			{ numRuns: 300, seed: 20261209 }
		);
	});

	it('lists every parameter once, nearest the loss first, the model order kept among equals', () => {
		fc.assert(
			fc.property(dagModel, (model) => {
				const graph = mustBuild(model);
				const order = backpropOrder(graph);
				const bfs = levelsByBfs(graph);
				const far = (p: string): number => bfs.get(p) ?? Number.POSITIVE_INFINITY;
				expect([...order].sort()).toEqual([...graph.params].sort());
				for (let i = 1; i < order.length; i++) {
					const [a = '', b = ''] = [order[i - 1], order[i]];
					expect(far(a) <= far(b), `${a} before ${b}`).toBe(true);
					if (far(a) === far(b)) expect(graph.params.indexOf(a) < graph.params.indexOf(b), `${a} before ${b}`).toBe(true);
				}
			}),
			{ numRuns: 300, seed: 20261210 }
		);
	});

	it("takes a 2-8-8-1 net's output layer first and its first layer last, as the worked example takes w5 before w1", () => {
		// Arrange
		const layers = [2, 8, 8, 1];
		const weights = layers.slice(1).map((n, l) => Array.from({ length: n }, (_, j) => Array.from({ length: layers[l] ?? 0 }, (_, k) => 0.1 * (j - k))));
		const biases = layers.slice(1).map((n) => Array.from({ length: n }, () => 0.1));
		const graph = mustBuildNetwork({ layers, activations: ['tanh', 'tanh', 'sigmoid'], loss: 'bce', inputs: [0.5, -0.2], targets: [1], weights, biases, learningRate: 0.1 });

		// Act
		const order = backpropOrder(graph);

		// Assert
		expect(order.slice(0, 9)).toEqual([...Array.from({ length: 8 }, (_, k) => `w3_1_${k + 1}`), 'b3_1']);
		expect(order.slice(9, 9 + 72).every((p) => /^[wb]2_/.test(p))).toBe(true);
		expect(order.slice(81).every((p) => /^[wb]1_/.test(p))).toBe(true);
		expect(order).toHaveLength(105);
	});
});
