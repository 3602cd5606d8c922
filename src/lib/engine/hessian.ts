/**
 * Second derivatives of the loss, for the lessons on curvature (a minimum against a saddle, Newton's
 * step). The loss is written out over the leaves (each node's expression put in place of its name),
 * differentiated with derive() along p, then again along q, and evaluated at the model's values:
 *
 *   H[p][q] = ∂²L/∂p∂q = ∂/∂q (∂L/∂p)
 *
 * Newton's step solves H·d = ∇L and moves every parameter to p − d_p; with one parameter that is
 * w ← w − f′(w)/f″(w). Writing the loss out grows with the graph's depth, so this is for the small
 * models of a lesson (the point of lesson 16 is that a network's n² entries are too many anyway).
 */
import { derive } from './derive';
import { compile, type Compiled } from './evaluate';
import { substitute } from './expr';
import type { Graph } from './model';
import { nameRecord } from './records';
import type { Expr } from './types';

/** Past this many tree nodes, the written-out loss is too large to differentiate twice. */
export const HESSIAN_TREE_LIMIT = 200_000;

/** The loss as one tree over the leaves: every node's name replaced by its own expression. */
export function inlineLoss(graph: Graph): Expr {
	const inlined = new Map<string, Expr>();
	for (const node of graph.nodes) inlined.set(node.name, substitute(node.expr, (name) => inlined.get(name)));
	const loss = inlined.get(graph.loss);
	if (!loss) throw new Error(`the loss "${graph.loss}" is not a node`);
	return loss;
}

/** How many nodes a walk of the tree visits (a shared subtree counts each time it is reached). */
function treeSize(e: Expr, memo = new Map<Expr, number>()): number {
	if (e.kind !== 'call') return 1;
	const known = memo.get(e);
	if (known !== undefined) return known;
	const size = e.args.reduce((s, a) => s + treeSize(a, memo), 1);
	memo.set(e, size);
	return size;
}

/** Compiled second derivatives of each graph, by "p/q", built the first time they are asked for. */
const cache = new WeakMap<Graph, Map<string, Compiled>>();

function compiledEntry(graph: Graph, p: string, q: string): Compiled {
	for (const name of [p, q]) if (!graph.params.includes(name)) throw new Error(`"${name}" is not a parameter`);
	let entries = cache.get(graph);
	if (!entries) {
		const size = treeSize(inlineLoss(graph));
		if (size > HESSIAN_TREE_LIMIT) throw new Error(`the loss written out over the leaves has ${size} terms, more than ${HESSIAN_TREE_LIMIT}: too large for second derivatives`);
		entries = new Map();
		cache.set(graph, entries);
	}
	const key = ordered(graph, p, q);
	let f = entries.get(key);
	if (!f) {
		f = compile(secondDerivative(graph, p, q), (name) => {
			const slot = graph.slots.get(name);
			if (slot === undefined) throw new Error(`unknown name "${name}"`);
			return slot;
		});
		entries.set(key, f);
	}
	return f;
}

/** The Hessian is symmetric, ∂²L/∂p∂q = ∂²L/∂q∂p: both orders share one key, in the parameters' order. */
function ordered(graph: Graph, p: string, q: string): string {
	return graph.params.indexOf(p) <= graph.params.indexOf(q) ? `${p}/${q}` : `${q}/${p}`;
}

/** ∂²L/∂p∂q as a tree over the leaves, simplified, for a worked solution. */
export function secondDerivative(graph: Graph, p: string, q: string): Expr {
	const [a = p, b = q] = ordered(graph, p, q).split('/');
	return derive(derive(inlineLoss(graph), a), b);
}

/** ∂²L/∂p∂q at `values` (by slot; the graph's initial values unless given). */
export function hessianEntry(graph: Graph, p: string, q: string, values: Float64Array = graph.initial): number {
	return compiledEntry(graph, p, q)(values);
}

/** The whole Hessian over the parameters, in the order of `graph.params`. */
export function hessian(graph: Graph, values: Float64Array = graph.initial): number[][] {
	return graph.params.map((p) => graph.params.map((q) => hessianEntry(graph, p, q, values)));
}

/**
 * x with A·x = b, by Gaussian elimination with partial pivoting; NaNs when A is singular (a pivot
 * below 1e-12 of A's largest entry), where Newton's step is not defined.
 */
export function solve(a: readonly (readonly number[])[], b: readonly number[]): number[] {
	const n = b.length;
	const m = a.map((row, i) => [...row, b[i] ?? NaN]);
	const scale = Math.max(...a.flat().map(Math.abs));
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
		const top = m[pivot];
		const here = m[col];
		if (!top || !here || !(Math.abs(top[col] ?? 0) > 1e-12 * scale)) return new Array<number>(n).fill(NaN);
		m[pivot] = here;
		m[col] = top;
		for (let r = col + 1; r < n; r++) {
			const row = m[r];
			if (!row) continue;
			const f = (row[col] ?? 0) / (top[col] ?? NaN);
			for (let k = col; k <= n; k++) row[k] = (row[k] ?? 0) - f * (top[k] ?? 0);
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		const row = m[r] ?? [];
		let s = row[n] ?? NaN;
		for (let k = r + 1; k < n; k++) s -= (row[k] ?? 0) * (x[k] ?? 0);
		x[r] = s / (row[r] ?? NaN);
	}
	return x;
}

/**
 * Newton's step from `values`: d = H⁻¹·∇L, and each parameter p ← p − d_p (no learning rate).
 * `gradients` are ∂L/∂p by name, as the backward pass gives them.
 */
export function newtonUpdate(graph: Graph, gradients: Readonly<Record<string, number>>, values: Float64Array = graph.initial): Record<string, number> {
	const d = solve(hessian(graph, values), graph.params.map((p) => gradients[p] ?? NaN));
	const out = nameRecord<number>();
	graph.params.forEach((p, i) => (out[p] = (values[graph.slots.get(p) ?? -1] ?? NaN) - (d[i] ?? NaN)));
	return out;
}
