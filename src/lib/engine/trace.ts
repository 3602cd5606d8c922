/**
 * The engine's public record of one iteration: every value, every chain-rule factor with its
 * teaching form, every gradient, the update w⁺ = w − η·∂E/∂w (all gradients taken at the original
 * values, as in the course notes and Mazur's example) and the loss after the update.
 */
import type { Graph, GraphNode } from './model';
import { forward, run } from './pass';
import { printTex } from './print';
import { liveUsers } from './reach';
import { nameRecord, own } from './records';
import type { Factor, SymbolInfo } from './types';

/** Every record below is keyed by the model's names and has no prototype (records.ts). */
export interface Trace {
	graph: Graph;
	/** Value of every leaf and node. */
	values: Record<string, number>;
	loss: number;
	/** Chain-rule factors of each node, one per distinct variable of its expression. */
	factorsOf: Record<string, Factor[]>;
	/** ∂loss/∂name for every name (δ of a node; the gradient of a parameter). */
	adjoints: Record<string, number>;
	/** ∂loss/∂param for every parameter. */
	gradients: Record<string, number>;
	/** param − η·∂loss/∂param for every parameter. */
	updated: Record<string, number>;
	/** Values of every name after the update (a second forward pass). */
	updatedValues: Record<string, number>;
	/** The loss after the update. */
	newLoss: number;
}

export interface TraceIssue {
	path: string;
	message: string;
}

export type TraceResult = { ok: true; trace: Trace } | { ok: false; issues: TraceIssue[] };

export function labelOf(graph: Graph, name: string): string {
	return graph.symbols.get(name)?.tex ?? name;
}

/** TeX of a tree with each symbol printed as its label. */
export function labelled(graph: Graph): { symbol: (name: string) => string } {
	return { symbol: (name) => labelOf(graph, name) };
}

function factorsOfNode(graph: Graph, node: GraphNode, factors: Float64Array): Factor[] {
	const o = labelled(graph);
	return node.vars.map((wrt, k) => {
		const derivative = node.derivatives[k] ?? { kind: 'num', value: NaN };
		return { of: node.name, wrt, value: factors[node.edgeStart + k] ?? NaN, derivative, tex: printTex(derivative, o) };
	});
}

function record(graph: Graph, values: Float64Array): Record<string, number> {
	const out = nameRecord<number>();
	graph.names.forEach((n, i) => (out[n] = values[i] ?? NaN));
	return out;
}

function describe(info: SymbolInfo | undefined): string {
	return info ? `${info.kind} "${info.name}"` : 'a value';
}

export function trace(graph: Graph, at = 'model'): TraceResult {
	const pass = run(graph);
	const issues: TraceIssue[] = [];
	for (const node of graph.nodes) {
		const v = pass.values[node.slot] ?? NaN;
		if (!Number.isFinite(v)) {
			issues.push({
				path: `${at}.nodes[${node.specIndex}].expr`,
				message: `${describe(graph.symbols.get(node.name))} evaluates to ${v}: check its inputs (e.g. a log of a non-positive number or an overflowing exp)`
			});
		}
	}
	if (issues.length > 0) return { ok: false, issues };
	for (const node of graph.nodes) {
		node.vars.forEach((wrt, k) => {
			const f = pass.factors[node.edgeStart + k] ?? NaN;
			if (!Number.isFinite(f)) {
				issues.push({ path: `${at}.nodes[${node.specIndex}].expr`, message: `∂${node.name}/∂${wrt} evaluates to ${f}` });
			}
		});
	}
	if (issues.length > 0) return { ok: false, issues };

	const values = record(graph, pass.values);
	const adjoints = record(graph, pass.adjoints);
	const factorsOf = nameRecord<Factor[]>();
	for (const node of graph.nodes) factorsOf[node.name] = factorsOfNode(graph, node, pass.factors);

	const gradients = nameRecord<number>();
	const updated = nameRecord<number>();
	const next = graph.initial.slice();
	for (const p of graph.params) {
		const s = graph.slots.get(p) ?? -1;
		const g = pass.adjoints[s] ?? 0;
		gradients[p] = g;
		// w⁺ = w − η·∂E/∂w, with every gradient taken before any weight changes
		updated[p] = (pass.values[s] ?? NaN) - graph.learningRate * g;
		next[s] = updated[p];
	}
	const after = forward(graph, next);
	const newLoss = after[graph.lossSlot] ?? NaN;
	if (!Number.isFinite(newLoss)) {
		return { ok: false, issues: [{ path: `${at}.learningRate`, message: `after the update the loss is ${newLoss}: the learning rate ${graph.learningRate} overshoots` }] };
	}
	return {
		ok: true,
		trace: {
			graph,
			values,
			loss: values[graph.loss] ?? NaN,
			factorsOf,
			adjoints,
			gradients,
			updated,
			updatedValues: record(graph, after),
			newLoss
		}
	};
}

/** The factor ∂of/∂wrt, if `of` is a node that uses `wrt`. */
export function factor(t: Trace, of: string, wrt: string): Factor | undefined {
	return own(t.factorsOf, of)?.find((f) => f.wrt === wrt);
}

/**
 * The cached view the course notes stress: ∂loss/∂name gathered once from the nodes that use it,
 * δ(name) = Σ over users u of δ(u)·∂u/∂name, then reused for every weight below it. Only users the
 * loss depends on count (a watched node beside the loss does not), in topological order.
 */
export function contributions(t: Trace, name: string): { user: string; upstream: number; factor: Factor }[] {
	const graph = t.graph;
	const s = graph.slots.get(name);
	if (s === undefined) return [];
	const users = liveUsers(graph);
	const out: { user: string; upstream: number; factor: Factor }[] = [];
	for (let e = users.start[s] ?? 0; e < (users.start[s + 1] ?? 0); e++) {
		const node = graph.nodes[users.node[e] ?? -1];
		const f = node && own(t.factorsOf, node.name)?.[users.position[e] ?? -1];
		if (node && f) out.push({ user: node.name, upstream: t.adjoints[node.name] ?? 0, factor: f });
	}
	return out;
}
