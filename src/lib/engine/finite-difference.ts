/**
 * "Check it": the slope of the loss along one name estimated without the chain rule, by central
 * differences, ∂E/∂p ≈ (E(p + h) − E(p − h)) / 2h, the independent check a student can redo on a
 * calculator. Its error is O(h²) from the curvature plus about ε·E/h from rounding, so h = 1e-5 gives
 * about 10 correct digits on the worked example.
 */
import type { Graph } from './model';
import { forward } from './pass';

export interface CentralDifference {
	h: number;
	/** E(p + h), every other leaf unchanged. */
	plus: number;
	/** E(p − h). */
	minus: number;
	/** (E(p + h) − E(p − h)) / 2h ≈ ∂E/∂p. */
	estimate: number;
}

/**
 * Central difference of the loss along `param` (usually a parameter; any leaf works) at `values`,
 * the graph's own initial values unless given. Throws on a name that is not a leaf of the graph.
 */
export function centralDifference(graph: Graph, param: string, h = 1e-5, values: Float64Array = graph.initial): CentralDifference {
	const slot = graph.slots.get(param);
	const kind = graph.symbols.get(param)?.kind;
	if (slot === undefined || kind === undefined) throw new Error(`the model has no name "${param}"`);
	if (kind === 'node') throw new Error(`"${param}" is a node, computed from others: nudge a leaf (a parameter, input, target or constant)`);
	if (!(Number.isFinite(h) && h > 0)) throw new RangeError(`h must be a small positive number, not ${h}`);
	const at = (delta: number): number => {
		const copy = values.slice();
		copy[slot] = (values[slot] ?? NaN) + delta;
		return forward(graph, copy)[graph.lossSlot] ?? NaN;
	};
	const plus = at(h);
	const minus = at(-h);
	return { h, plus, minus, estimate: (plus - minus) / (2 * h) };
}

/** The central difference along every parameter, by name. */
export function centralDifferences(graph: Graph, h = 1e-5, values: Float64Array = graph.initial): Record<string, CentralDifference> {
	return Object.fromEntries(graph.params.map((p) => [p, centralDifference(graph, p, h, values)]));
}
