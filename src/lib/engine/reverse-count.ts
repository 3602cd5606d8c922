/**
 * How many local factors reverse mode evaluates: an edge OF → WRT is needed only when OF lies on the
 * way to the loss and WRT leads down to a parameter. Edges into inputs, targets and constants, and
 * edges of display nodes the loss never uses, carry no gradient anyone asks for. O(nodes + edges).
 */
import type { Graph } from './model';

export function reverseFactorCount(graph: Graph): number {
	const params = new Set(graph.params);
	// names a parameter's change reaches: the parameters, then (in topological order) every node using one
	const moved = new Set<string>(params);
	for (const node of graph.nodes) if (node.vars.some((v) => moved.has(v))) moved.add(node.name);
	// nodes the loss uses, directly or not: walk from the loss down, in reverse topological order
	const used = new Set<string>([graph.loss]);
	let count = 0;
	for (let i = graph.nodes.length - 1; i >= 0; i--) {
		const node = graph.nodes[i];
		if (!node || !used.has(node.name)) continue;
		for (const v of node.vars) {
			used.add(v);
			if (moved.has(v)) count++;
		}
	}
	return count;
}
