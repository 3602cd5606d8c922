/**
 * A forward step as three TeX strings per node: the formula, the formula with numbers substituted,
 * and the result, e.g. n₁ = σ(sum_{n₁}) = 1/(1+e^{−sum_{n₁}}) · = 1/(1+e^{−0.41}) · = 0.60109.
 */
import { labelOf, printDefinition, printTex, type Trace } from '../engine';
import { texOf } from './format';
import { aligned, chainRows, LINE_EM, texWidth } from './layout';

export interface ForwardTex {
	node: string;
	formula: string;
	substituted: string;
	result: string;
}

export function forwardTex(t: Trace, name: string, decimals: number): ForwardTex {
	const graph = t.graph;
	const node = graph.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`"${name}" is not a node`);
	const lhs = labelOf(graph, name);
	const symbolic = { symbol: (s: string) => labelOf(graph, s) };
	const numeric = {
		symbol: (s: string) => texOf(t.values[s] ?? NaN, decimals),
		negative: (s: string) => (t.values[s] ?? 0) < 0
	};
	const short = printTex(node.expr, symbolic);
	const defined = printDefinition(node.expr, symbolic);
	const substituted = printDefinition(node.expr, numeric) ?? printTex(node.expr, numeric);
	return {
		node: name,
		formula: `${lhs} = ${short}${defined ? ` = ${defined}` : ''}`,
		substituted: `${lhs} = ${substituted}`,
		result: `${lhs} = ${texOf(t.values[name] ?? NaN, decimals)}`
	};
}

/**
 * The three lines aligned on their equals signs, as one display formula; a formula with a definition
 * (σ(z) = 1/(1 + e^{−z})) takes two lines when one would not fit, and a long line breaks at its terms.
 */
export function forwardAligned(f: ForwardTex): string {
	const lhs = f.formula.slice(0, f.formula.indexOf(' = '));
	const rest = (s: string): string => s.slice(s.indexOf(' = ') + 3);
	const formula = texWidth(f.formula) <= LINE_EM ? [rest(f.formula)] : rest(f.formula).split(' = ');
	return aligned(chainRows(lhs, [...formula, rest(f.substituted), rest(f.result)]));
}
