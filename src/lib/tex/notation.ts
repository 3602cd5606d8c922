/** Partial derivatives and updates in the course notes' notation. */
import { labelOf, type Graph } from '../engine';

export const partial = (graph: Graph, of: string, wrt: string): string =>
	`\\frac{\\partial ${labelOf(graph, of)}}{\\partial ${labelOf(graph, wrt)}}`;

/** w₅⁺, the parameter after the update; a label with its own superscript (a network's w^{(1)}_{11}) is braced first, or KaTeX sees a double superscript. */
export const updatedLabel = (graph: Graph, p: string): string => {
	const label = labelOf(graph, p);
	return label.includes('^') ? `{${label}}^{+}` : `${label}^{+}`;
};
