/**
 * What the loss reaches, computed once per graph and kept beside it: the number of loss → v paths for
 * every name v in one reversed sweep, and for every name the edges that use it from nodes the loss
 * reaches. Everything per parameter (its count, its paths, the nodes it feeds) reads these instead of
 * walking the whole graph again, so tracing every parameter of a graph costs O(nodes + edges) plus
 * what is listed.
 */
import type { Graph, GraphNode } from './model';

/**
 * Edges by the name they use, as flat arrays: the edges into slot s are indices start[s] … start[s+1] − 1
 * of `node` (index in graph.nodes of the user) and `position` (k in that node's vars). Only users the
 * loss reaches are kept, in topological order.
 */
export interface LiveUsers {
	start: Int32Array;
	node: Int32Array;
	position: Int32Array;
}

interface Reach {
	/** count[s] = number of distinct loss → names[s] paths: 1 for the loss, 0 for a name it does not use. */
	counts: readonly bigint[];
	users: LiveUsers;
}

// a Graph is never changed once built, so its sweep can be kept as long as the graph lives
const cache = new WeakMap<Graph, Reach>();

/**
 * count(loss) = 1, count(v) = Σ over nodes u using v of count(u): one reversed topological loop gives
 * every slot's number of loss → v paths. Exact (BigInt): a 12-layer, 16-wide net has 16¹¹ paths to
 * w1_1_1. Not kept: `pathCounts` is the kept one.
 */
export function countAllPaths(graph: Graph): bigint[] {
	const counts = new Array<bigint>(graph.names.length).fill(0n);
	counts[graph.lossSlot] = 1n;
	for (let n = graph.nodes.length - 1; n >= 0; n--) {
		const node = graph.nodes[n];
		if (!node) continue;
		const c = counts[node.slot] ?? 0n;
		if (c === 0n) continue;
		for (const s of node.varSlots) counts[s] = (counts[s] ?? 0n) + c;
	}
	return counts;
}

function sweep(graph: Graph): Reach {
	const slots = graph.names.length;
	const counts = countAllPaths(graph);

	// counting sort of the live edges by the slot they use: sizes, offsets, then fill in node order
	const live = (node: GraphNode): boolean => (counts[node.slot] ?? 0n) > 0n;
	const start = new Int32Array(slots + 1);
	for (const node of graph.nodes) if (live(node)) for (const s of node.varSlots) start[s + 1] = (start[s + 1] ?? 0) + 1;
	for (let s = 0; s < slots; s++) start[s + 1] = (start[s + 1] ?? 0) + (start[s] ?? 0);
	const filled = start.slice(0, slots);
	const total = start[slots] ?? 0;
	const users: LiveUsers = { start, node: new Int32Array(total), position: new Int32Array(total) };
	graph.nodes.forEach((node, n) => {
		if (!live(node)) return;
		node.varSlots.forEach((s, k) => {
			const at = filled[s] ?? 0;
			users.node[at] = n;
			users.position[at] = k;
			filled[s] = at + 1;
		});
	});
	return { counts, users };
}

function reach(graph: Graph): Reach {
	let r = cache.get(graph);
	if (!r) {
		r = sweep(graph);
		cache.set(graph, r);
	}
	return r;
}

/** Number of loss → v paths for every slot v, from one reversed sweep (computed once per graph). */
export function pathCounts(graph: Graph): readonly bigint[] {
	return reach(graph).counts;
}

/** The edges that use each slot, from nodes the loss reaches. */
export function liveUsers(graph: Graph): LiveUsers {
	return reach(graph).users;
}

/**
 * The fewest edges from the loss down to each slot (0 for the loss, -1 for a name it does not use), in the
 * same reversed topological loop: a node's distance is final before any name it uses is reached.
 */
export function stepsFromLoss(graph: Graph): Int32Array {
	const steps = new Int32Array(graph.names.length).fill(-1);
	steps[graph.lossSlot] = 0;
	for (let n = graph.nodes.length - 1; n >= 0; n--) {
		const node = graph.nodes[n];
		const d = node ? (steps[node.slot] ?? -1) : -1;
		if (!node || d < 0) continue;
		for (const s of node.varSlots) {
			const was = steps[s] ?? -1;
			if (was < 0 || d + 1 < was) steps[s] = d + 1;
		}
	}
	return steps;
}

/**
 * The parameters in the order backpropagation reaches them: nearest the loss first, so the output layer
 * comes before the first (the worked example takes w5 before w1, and w1's step reuses the δ the output
 * layer cached); the model's order among equals, and parameters the loss does not use last.
 */
export function backpropOrder(graph: Graph): string[] {
	const steps = stepsFromLoss(graph);
	const far = (name: string): number => {
		const d = steps[graph.slots.get(name) ?? -1] ?? -1;
		return d < 0 ? Number.POSITIVE_INFINITY : d;
	};
	// Array.prototype.sort is stable, so equals keep the model's order
	return [...graph.params].sort((a, b) => far(a) - far(b));
}
