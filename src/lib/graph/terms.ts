/**
 * Sums of named terms. A model may write a sum out in full and also name its terms, as the worked example
 * does: E₁ = ½(t₁ − ŷ₁)², E₂ = ½(t₂ − ŷ₂)², E_total = ½(t₁ − ŷ₁)² + ½(t₂ − ŷ₂)². The engine then sees no
 * edge from E₁ to E_total (its factors run from ŷ₁ and t₁), and a drawing of its edges alone leaves E₁ and
 * E₂ as dead ends. These are the edges that say E_total = E₁ + E₂.
 */
import type { Expr } from '../engine';
import type { Graph } from '../engine/model';

/** The operands of a chain of additions: a + (b + c) → a, b, c. */
function addends(e: Expr): Expr[] {
	return e.kind === 'call' && e.op === 'add' ? e.args.flatMap(addends) : [e];
}

/** An edge term → sum for every addend of a node that is, exactly, an earlier node's whole expression. */
export function termEdges(graph: Graph): { of: string; wrt: string }[] {
	const earlier = new Map<string, string>();
	const out: { of: string; wrt: string }[] = [];
	for (const node of graph.nodes) {
		const terms = addends(node.expr);
		if (terms.length > 1) {
			const named = new Set(terms.flatMap((t) => earlier.get(JSON.stringify(t)) ?? []));
			for (const wrt of named) out.push({ of: node.name, wrt });
		}
		earlier.set(JSON.stringify(node.expr), node.name);
	}
	return out;
}
