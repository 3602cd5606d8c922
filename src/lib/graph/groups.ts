/**
 * Grouping for big graphs. Beside a step, a graph of 40 or 80 names laid out at a readable size is several
 * panels wide, so what the step does not need is folded into one box per kind, which the student opens
 * with a click:
 *   unused   names the loss does not depend on and the step is not about (the perceptron beside the XOR
 *            network, the soft-thresholding and label-smoothing side calculations of lesson 11)
 *   layer    the parameters of one column, when the step is about none of them (w⁽³⁾₁₁ … b⁽³⁾₃)
 * A group is placed as a leaf; an edge from a member to a name outside is drawn once, from the box.
 */
import type { Graph } from '../engine/model';
import { edgeKey, type GraphLayout, type LayoutSource } from './layout';

export interface GraphGroup {
	/** The box's name in the grouped layout. */
	id: string;
	kind: 'unused' | 'layer';
	/** The names folded into it, in the model's order. */
	members: string[];
}

/** Graphs with more names than this are grouped; smaller ones are drawn whole. */
export const GROUP_ABOVE = 30;
/** A column's parameters are folded only when there are at least this many. */
const LAYER_AT_LEAST = 3;

/** Names the loss depends on, through the engine's edges or a sum's terms, the loss included. */
export function feedingLoss(graph: Graph, terms: readonly { of: string; wrt: string }[]): Set<string> {
	const into = new Map<string, string[]>(graph.nodes.map((n) => [n.name, [...n.vars]]));
	for (const t of terms) into.set(t.of, [...(into.get(t.of) ?? []), t.wrt]);
	const seen = new Set<string>();
	const stack = [graph.loss];
	while (stack.length > 0) {
		const name = stack.pop();
		if (name === undefined || seen.has(name)) continue;
		seen.add(name);
		stack.push(...(into.get(name) ?? []));
	}
	return seen;
}

/**
 * The groups for a step: `keep` holds what the step is about (its active nodes and the ends of its active
 * edges), never folded; `full` is the whole graph's layout, whose columns the layer groups follow.
 */
export function groupsFor(graph: Graph, terms: readonly { of: string; wrt: string }[], keep: ReadonlySet<string>, full: GraphLayout): GraphGroup[] {
	if (graph.names.length <= GROUP_ABOVE) return [];
	const kindOf = (n: string) => graph.symbols.get(n)?.kind ?? 'node';
	const feeds = feedingLoss(graph, terms);
	const users = new Map<string, string[]>();
	for (const n of graph.nodes) for (const v of n.vars) users.set(v, [...(users.get(v) ?? []), n.name]);

	const unusedNodes = new Set(graph.nodes.map((n) => n.name).filter((n) => !feeds.has(n) && !keep.has(n)));
	// a leaf goes with them when they are its only users: a leaf feeding a name on show stays on show
	const unused = graph.names.filter(
		(n) => unusedNodes.has(n) || (kindOf(n) !== 'node' && !feeds.has(n) && !keep.has(n) && (users.get(n) ?? []).every((u) => unusedNodes.has(u)))
	);
	const groups: GraphGroup[] = unused.length >= 2 ? [{ id: 'group:unused', kind: 'unused', members: unused }] : [];

	const folded = new Set(unused.length >= 2 ? unused : []);
	const columnOf = new Map(full.nodes.map((n) => [n.name, n.layer]));
	const byColumn = new Map<number, string[]>();
	for (const n of graph.params) {
		if (keep.has(n) || folded.has(n)) continue;
		const c = columnOf.get(n) ?? 0;
		byColumn.set(c, [...(byColumn.get(c) ?? []), n]);
	}
	for (const [c, members] of [...byColumn].sort((a, b) => a[0] - b[0])) {
		if (members.length >= LAYER_AT_LEAST) groups.push({ id: `group:layer-${c}`, kind: 'layer', members });
	}
	return groups;
}

/** The graph with each group drawn as one box: what layoutGraph lays out. */
export function groupedSource(graph: Graph, terms: readonly { of: string; wrt: string }[], groups: readonly GraphGroup[]): LayoutSource {
	const boxOf = new Map<string, string>();
	for (const g of groups) for (const m of g.members) boxOf.set(m, g.id);
	const shown = (n: string) => boxOf.get(n) ?? n;
	const symbols = new Map<string, { kind: 'input' | 'target' | 'param' | 'constant' | 'node' | 'group' }>();
	for (const n of graph.names) if (!boxOf.has(n)) symbols.set(n, { kind: graph.symbols.get(n)?.kind ?? 'node' });
	for (const g of groups) symbols.set(g.id, { kind: 'group' });
	// groups first, as leaves are: the layout's first order is leaves, then nodes
	const names = [...groups.map((g) => g.id), ...graph.names.filter((n) => !boxOf.has(n))];
	const nodes = graph.nodes
		.filter((n) => !boxOf.has(n.name))
		.map((n) => ({ name: n.name, vars: [...new Set(n.vars.map(shown))] }));
	const seen = new Set<string>();
	const keptTerms = terms.filter((t) => !boxOf.has(t.of) && !boxOf.has(t.wrt) && !seen.has(edgeKey(t.of, t.wrt)) && seen.add(edgeKey(t.of, t.wrt)));
	return { names, symbols, nodes, terms: keptTerms };
}
