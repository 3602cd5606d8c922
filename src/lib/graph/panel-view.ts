/**
 * The graph beside a lesson step as page data: what graph/panel.ts builds at build time and
 * GraphPanel.svelte draws. Types only, so the page's data (lesson/view.ts) can name it without a cycle.
 */
import type { GraphGroup } from './groups';
import type { GraphLayout } from './layout';

/** One factor ∂of/∂wrt of a path, as the path control shows it. */
export interface PanelFactor {
	/** The edge's key, OF/WRT. */
	key: string;
	/** ∂of/∂wrt in plain text, e.g. ∂ŷ₁/∂sum_ŷ₁. */
	name: string;
	/** Its value, formatted. */
	value: string;
}

/** One path from the loss down to the parameter. */
export interface PanelPath {
	/** Plain-text labels of the nodes that tell this path from the others (ŷ₁), nearest the loss first. */
	through: string[];
	/** Factors from the loss down to the parameter. */
	factors: PanelFactor[];
	/** Names on the path: the loss, then each factor's wrt. */
	nodes: string[];
	/** Product of the first k + 1 factors, formatted, for each k: the last one is the path's product. */
	running: string[];
}

/** A backward step's chain of factors for its parameter. */
export interface PanelChain {
	param: string;
	/** ∂loss/∂param in plain text, e.g. ∂E_total/∂w₁. */
	gradientName: string;
	/** The paths one by one; empty when there are too many to list (see pathCount). */
	paths: PanelPath[];
	/** How many paths there are, as text (it may exceed any number type). */
	pathCount: string;
	/** ∂loss/∂param, the sum over every path, formatted. */
	gradient: string;
}

export interface GraphPanel {
	/** The drawing: the whole graph, or the graph with its groups folded into boxes. */
	layout: GraphLayout;
	/** The whole graph, when `layout` folds groups: what opening them shows. */
	full?: GraphLayout;
	/** What each box of `layout` folds (none on a small graph). */
	groups: GraphGroup[];
	/** Plain-text label of every name (ŷ₁ for yhat1), for the table, tooltips and the path control. */
	labels: Record<string, string>;
	/** Every name's label typeset by KaTeX (HTML), for the boxes of the drawing. */
	labelsHtml: Record<string, string>;
	/** The loss's plain-text label, as gradients are written: ∂E_total/∂w₅. */
	lossLabel: string;
	/** Formatted values the lesson has reached by this step. */
	values: Record<string, string>;
	/** Formatted ∂loss/∂name the lesson has reached by this step. */
	gradients: Record<string, string>;
	/** What this step is about. */
	active: { nodes: string[]; edges: string[] };
	/** Where the view opens when nothing is active: a training step's parameters, the first one first. */
	focus: string[];
	/** A graph step that lights nothing is a picture of the whole network: its view opens on all of it. */
	whole?: boolean;
	/** On a backward step: the paths for its parameter. */
	chain?: PanelChain;
}
