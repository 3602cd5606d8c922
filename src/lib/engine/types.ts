/**
 * The engine's public types. Pure data: no DOM, no Svelte.
 *
 * A model is a list of named scalar nodes, each a mathjs expression over leaves (inputs, targets,
 * params, constants) and other nodes. The engine records, for every edge node → variable, the
 * chain-rule factor ∂node/∂variable with its value and its teaching form in TeX.
 */

/** The explicit model, as a teacher writes it in a lesson's `model` field. */
export interface ModelSpec {
	inputs: Record<string, number>;
	targets: Record<string, number>;
	params: Record<string, number>;
	constants: Record<string, number>;
	nodes: NodeSpec[];
	/** Name of the node whose value is the loss (E_total in the worked example). */
	loss: string;
	/** η in w⁺ = w − η·∂E/∂w. */
	learningRate: number;
	/** Optional TeX labels for leaves (and nodes without their own `tex`). */
	labels?: Record<string, string>;
}

/**
 * A model as it may be written: a leaf group left out (`inputs`, `targets`, `constants`) has no names,
 * so a model of parameters alone need not list empty groups. buildGraph fills them in.
 */
export type WrittenModelSpec = Omit<ModelSpec, 'inputs' | 'targets' | 'constants'> & Partial<Pick<ModelSpec, 'inputs' | 'targets' | 'constants'>>;

export interface NodeSpec {
	name: string;
	expr: string;
	tex?: string;
}

export type LeafKind = 'input' | 'target' | 'param' | 'constant';
export type SymbolKind = LeafKind | 'node';

/** An expression tree, the engine's own form of a parsed mathjs expression. */
export type Expr =
	| { kind: 'num'; value: number }
	| { kind: 'sym'; name: string }
	| { kind: 'call'; op: string; args: Expr[] };

/** One name of the model: a leaf or a node. */
export interface SymbolInfo {
	name: string;
	kind: SymbolKind;
	/** TeX label, e.g. `\hat{y}_{1}` for yhat1. */
	tex: string;
}

/** One chain-rule factor: the local derivative ∂of/∂wrt, the edge of the graph from `of` down to `wrt`. */
export interface Factor {
	of: string;
	wrt: string;
	/** Value of ∂of/∂wrt at the current point. */
	value: number;
	/** Teaching form of ∂of/∂wrt as an expression tree (σ′ of a sigmoid node written n₁(1 − n₁)). */
	derivative: Expr;
	/** TeX of the teaching form, e.g. `n_{1}\left(1 - n_{1}\right)`. */
	tex: string;
}

/** One path from the loss down to a parameter: factors ordered from the loss to the parameter. */
export interface ChainPath {
	factors: Factor[];
	/** Product of the factors' values along this path. */
	product: number;
}
