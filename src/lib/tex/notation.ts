/** Partial derivatives and updates in the course notes' notation. */
import { labelOf, type Graph } from '../engine';

export const partial = (graph: Graph, of: string, wrt: string): string =>
	`\\frac{\\partial ${labelOf(graph, of)}}{\\partial ${labelOf(graph, wrt)}}`;

/** w₅⁺, the parameter after the update. */
export const updatedLabel = (graph: Graph, p: string): string => `${labelOf(graph, p)}^{+}`;
