/**
 * The numeric passes, both run by the graph's compiled program (program.ts). Forward: every node in
 * topological order. Backward: every factor, then reverse-mode accumulation in one reversed loop
 * (micrograd's backward()), cost O(nodes + edges).
 */
import type { Graph } from './model';
import { runBackward, runForward } from './program';

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
	runForward(graph.program, values);
	return values;
}

/**
 * Adjoints and factors at `values` (a forward pass's). A caller running many passes (training) may hand
 * in its own `buffers` to be overwritten, so no pass allocates.
 */
export function backward(graph: Graph, values: Float64Array, buffers?: { adjoints: Float64Array; factors: Float64Array }): Pass {
	const adjoints = buffers ? buffers.adjoints.fill(0) : new Float64Array(values.length);
	const factors = buffers?.factors ?? new Float64Array(graph.edgeCount);
	runBackward(graph.program, values, graph.lossSlot, adjoints, factors);
	return { values, adjoints, factors };
}

/** One forward and one backward pass from the graph's initial values. */
export function run(graph: Graph, values?: Float64Array): Pass {
	return backward(graph, forward(graph, values));
}
