/**
 * Symbolic differentiation over the engine's trees, rule by rule from each op's own derivative,
 * then simplified to the teaching form. The chain rule inside one node: d f(u) = f′(u)·du.
 */
import { add, isNum, mul, ZERO, ONE } from './expr';
import { OPS } from './ops';
import { simplify } from './simplify';
import type { Expr } from './types';

/**
 * ∂e/∂name. `self` names the node that `e` defines, so a sigmoid at the root of a node is
 * differentiated as self(1 − self), in terms of the node's own output.
 */
export function derive(e: Expr, name: string, self?: string): Expr {
	return simplify(d(e, name, self === undefined ? undefined : { kind: 'sym', name: self }));
}

function d(e: Expr, name: string, out?: Expr): Expr {
	if (e.kind === 'num') return ZERO;
	if (e.kind === 'sym') return e.name === name ? ONE : ZERO;
	const op = OPS.get(e.op);
	if (!op) throw new Error(`unknown operation ${e.op}`);
	const terms: Expr[] = [];
	e.args.forEach((a, i) => {
		const inner = d(a, name);
		if (isNum(inner, 0)) return;
		const local = op.derivative(e.args, i, out ?? e);
		terms.push(isNum(inner, 1) ? local : mul(local, inner));
	});
	if (terms.length === 0) return ZERO;
	if (terms.length === 1 && terms[0]) return terms[0];
	return add(...terms);
}
