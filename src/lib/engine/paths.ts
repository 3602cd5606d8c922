/**
 * The chain decomposition of ∂loss/∂p: the number of loss → p paths by dynamic programming (never
 * by listing them), and the paths themselves, listed lazily in the runner's order. The sum over
 * paths of the products of their factors is the gradient.
 */
import type { Graph } from './model';
import { own } from './records';
import { factor, type Trace } from './trace';
import type { ChainPath, Factor } from './types';

/** For each slot, whether `target` can be reached from it by following edges down. */
function reachesTarget(graph: Graph, target: string): Uint8Array {
	const reach = new Uint8Array(graph.names.length);
	const t = graph.slots.get(target);
	if (t === undefined) return reach;
	reach[t] = 1;
	for (const node of graph.nodes) {
		for (const s of node.varSlots) {
			if (reach[s]) {
				reach[node.slot] = 1;
				break;
			}
		}
	}
	return reach;
}

/**
 * Number of distinct paths loss → p: count(loss) = 1, count(v) = Σ over nodes u using v of count(u),
 * in one reversed topological loop. Exact (BigInt): a 12-layer, 16-wide net has 16¹¹ paths to w1.
 */
export function countPaths(graph: Graph, p: string): bigint {
	const count: bigint[] = new Array<bigint>(graph.names.length).fill(0n);
	count[graph.lossSlot] = 1n;
	for (let n = graph.nodes.length - 1; n >= 0; n--) {
		const node = graph.nodes[n];
		if (!node) continue;
		const c = count[node.slot] ?? 0n;
		if (c === 0n) continue;
		for (const s of node.varSlots) count[s] = (count[s] ?? 0n) + c;
	}
	const s = graph.slots.get(p);
	return s === undefined ? 0n : (count[s] ?? 0n);
}

/**
 * Paths loss → p, depth first, each node's variables in the order its expression names them. A loop
 * with a stack of its own, not recursion: a chain of 10 000 nodes is one path 10 000 factors long.
 */
export function* paths(t: Trace, p: string): Generator<ChainPath> {
	const graph = t.graph;
	const reach = reachesTarget(graph, p);
	if (!reach[graph.lossSlot]) return;
	const path: Factor[] = [];
	const done = (): ChainPath => ({ factors: [...path], product: path.reduce((s, f) => s * f.value, 1) });
	if (graph.loss === p) {
		yield done();
		return;
	}
	const isNode = new Set(graph.nodes.map((n) => n.name));
	// one frame per node on the current path: its factors and the next one to follow
	const frames: { factors: readonly Factor[]; next: number }[] = [{ factors: own(t.factorsOf, graph.loss) ?? [], next: 0 }];
	while (frames.length > 0) {
		const top = frames[frames.length - 1];
		const f = top?.factors[top.next];
		if (top === undefined || f === undefined) {
			// every factor of this node is followed: step back (the loss's frame has no factor of its own)
			frames.pop();
			path.pop();
			continue;
		}
		top.next++;
		const s = graph.slots.get(f.wrt);
		if (s === undefined || !reach[s]) continue;
		path.push(f);
		if (f.wrt === p) {
			yield done();
			path.pop();
		} else if (isNode.has(f.wrt)) frames.push({ factors: own(t.factorsOf, f.wrt) ?? [], next: 0 });
		else path.pop();
	}
}

/** The first `limit` paths (all of them when there are fewer). */
export function listPaths(t: Trace, p: string, limit = 64): ChainPath[] {
	const out: ChainPath[] = [];
	for (const path of paths(t, p)) {
		if (out.length >= limit) break;
		out.push(path);
	}
	return out;
}

/**
 * The nodes that tell each path from the others, nearest the loss first: a node not on every path,
 * unless the node before it (towards the loss) already implies it, as a neuron's output implies its
 * own weighted sum. Lesson 13's three paths to w⁽³⁾₁₁ are then "through a⁽⁴⁾₁", "a⁽⁴⁾₂", "a⁽⁴⁾₃",
 * the worked example's two to w1 "through ŷ₁" and "through ŷ₂". A single path names no node.
 */
export function pathLandmarks(list: readonly ChainPath[]): string[][] {
	const onPath = list.map((path) => new Set(path.factors.map((f) => f.of)));
	const count = (name: string): number => onPath.filter((s) => s.has(name)).length;
	// whether every path through `before` also goes through `name`
	const implied = (before: string, name: string): boolean => onPath.every((s) => !s.has(before) || s.has(name));
	return list.map((path) => {
		const nodes = path.factors.map((f) => f.of);
		return nodes.filter((name, i) => i > 0 && count(name) < list.length && !implied(nodes[i - 1] ?? '', name));
	});
}

export { factor };
