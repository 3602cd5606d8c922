/**
 * The numeric passes. Forward: every node in topological order. Backward: reverse-mode accumulation
 * in one reversed loop (micrograd's backward()), cost O(nodes + edges).
 */
import type { Graph } from './model';

export interface Pass {
	/** Value of every name, by slot. */
	values: Float64Array;
	/** ∂loss/∂name for every name, by slot: the adjoint, δ in the course notes. */
	adjoints: Float64Array;
	/** ∂node/∂var for every edge (node → var), at `node.edgeStart + k`. */
	factors: Float64Array;
}

/** Values of every name; `values` holds the leaves (e.g. the graph's initial values, or updated params). */
export function forward(graph: Graph, values: Float64Array = graph.initial.slice()): Float64Array {
	for (const node of graph.nodes) values[node.slot] = node.forward(values);
	return values;
}

export function backward(graph: Graph, values: Float64Array): Pass {
	const adjoints = new Float64Array(values.length);
	const factors = new Float64Array(graph.edgeCount);
	adjoints[graph.lossSlot] = 1;
	const nodes = graph.nodes;
	for (let n = nodes.length - 1; n >= 0; n--) {
		const node = nodes[n];
		if (node === undefined) continue;
		const upstream = adjoints[node.slot] ?? 0;
		const slots = node.varSlots;
		for (let k = 0; k < slots.length; k++) {
			const local = node.localDerivatives[k];
			const f = local ? local(values) : NaN;
			factors[node.edgeStart + k] = f;
			const s = slots[k] ?? 0;
			// chain rule: ∂loss/∂var += ∂loss/∂node · ∂node/∂var
			adjoints[s] = (adjoints[s] ?? 0) + upstream * f;
		}
	}
	return { values, adjoints, factors };
}

/** One forward and one backward pass from the graph's initial values. */
export function run(graph: Graph, values?: Float64Array): Pass {
	return backward(graph, forward(graph, values));
}
