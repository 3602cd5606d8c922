/**
 * The chain decomposition of ∂loss/∂p: the number of loss → p paths by dynamic programming (never
 * by listing them), and the paths themselves, listed lazily in the runner's order. The sum over
 * paths of the products of their factors is the gradient.
 */
import type { Graph } from './model';
import { liveUsers, pathCounts } from './reach';
import { own } from './records';
import { factor, type Trace } from './trace';
import type { ChainPath, Factor } from './types';

/**
 * Number of distinct paths loss → p: count(loss) = 1, count(v) = Σ over nodes u using v of count(u).
 * One reversed topological sweep gives every name's count at once (reach.ts); this reads p's.
 */
export function countPaths(graph: Graph, p: string): bigint {
	const s = graph.slots.get(p);
	return s === undefined ? 0n : (pathCounts(graph)[s] ?? 0n);
}

/**
 * The edges that lie on some loss → target path, by node slot: the positions k (ascending) of the
 * node's variables from which the target can be reached. Found by walking up from the target through
 * the users the loss reaches, so it costs the edges on those paths, not the whole graph.
 */
function towards(graph: Graph, target: number): Map<number, number[]> {
	const users = liveUsers(graph);
	const onPath = new Map<number, number[]>();
	const seen = new Set<number>([target]);
	const stack = [target];
	for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
		for (let e = users.start[v] ?? 0; e < (users.start[v + 1] ?? 0); e++) {
			const u = graph.nodes[users.node[e] ?? -1];
			if (!u) continue;
			const list = onPath.get(u.slot);
			if (list) list.push(users.position[e] ?? 0);
			else onPath.set(u.slot, [users.position[e] ?? 0]);
			if (!seen.has(u.slot)) {
				seen.add(u.slot);
				stack.push(u.slot);
			}
		}
	}
	for (const list of onPath.values()) list.sort((a, b) => a - b);
	return onPath;
}

/**
 * Paths loss → p, depth first, each node's variables in the order its expression names them. A loop
 * with a stack of its own, not recursion: a chain of 10 000 nodes is one path 10 000 factors long.
 * Only edges that lead to p are followed, so each path costs its own length.
 */
export function* paths(t: Trace, p: string): Generator<ChainPath> {
	const graph = t.graph;
	const target = graph.slots.get(p);
	if (target === undefined || countPaths(graph, p) === 0n) return;
	const path: Factor[] = [];
	const done = (): ChainPath => ({ factors: [...path], product: path.reduce((s, f) => s * f.value, 1) });
	if (target === graph.lossSlot) {
		yield done();
		return;
	}
	const onPath = towards(graph, target);
	// one frame per node on the current path: its factors, the positions leading to p, the next to follow
	const frame = (name: string, slot: number) => ({ factors: own(t.factorsOf, name) ?? [], positions: onPath.get(slot) ?? [], next: 0 });
	const frames = [frame(graph.loss, graph.lossSlot)];
	while (frames.length > 0) {
		const top = frames[frames.length - 1];
		const k = top?.positions[top.next];
		const f = k === undefined ? undefined : top?.factors[k];
		if (top === undefined || f === undefined) {
			// every edge of this node towards p is followed: step back (the loss's frame has no factor of its own)
			frames.pop();
			path.pop();
			continue;
		}
		top.next++;
		path.push(f);
		const s = graph.slots.get(f.wrt) ?? -1;
		if (s === target) {
			yield done();
			path.pop();
		} else frames.push(frame(f.wrt, s));
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
