/**
 * Just enough algebra to turn a mechanically derived factor into the form a student writes:
 * 0.5·2·(t₁ − ŷ₁)·(−1) becomes ŷ₁ − t₁, and x₁·1 + w₁·0 becomes x₁. Never used to decide equality.
 */
import { isNum, num } from './expr';
import type { Expr } from './types';
import { OPS } from './ops';

export function simplify(e: Expr): Expr {
	if (e.kind !== 'call') return e;
	const args = e.args.map(simplify);
	switch (e.op) {
		case 'add':
			return simplifyAdd(args);
		case 'mul':
			return simplifyMul(args);
		case 'sub': {
			const [a, b] = pair(args);
			if (isNum(b, 0)) return a;
			if (isNum(a, 0)) return simplify({ kind: 'call', op: 'neg', args: [b] });
			if (a.kind === 'num' && b.kind === 'num') return num(a.value - b.value);
			// a − (−b) = a + b
			if (b.kind === 'call' && b.op === 'neg' && b.args[0]) return simplifyAdd([a, b.args[0]]);
			return { kind: 'call', op: 'sub', args: [a, b] };
		}
		case 'neg': {
			const [a] = args;
			if (a === undefined) return e;
			if (a.kind === 'num') return num(-a.value);
			if (a.kind === 'call' && a.op === 'neg' && a.args[0]) return a.args[0];
			// −(a − b) = b − a: the error's derivative reads ŷ − t, not −(t − ŷ)
			if (a.kind === 'call' && a.op === 'sub' && a.args[0] && a.args[1]) {
				return { kind: 'call', op: 'sub', args: [a.args[1], a.args[0]] };
			}
			return { kind: 'call', op: 'neg', args: [a] };
		}
		case 'div': {
			const [a, b] = pair(args);
			if (isNum(b, 1)) return a;
			if (isNum(a, 0)) return num(0);
			if (a.kind === 'num' && b.kind === 'num' && Number.isInteger(a.value / b.value)) return num(a.value / b.value);
			return { kind: 'call', op: 'div', args: [a, b] };
		}
		case 'pow': {
			const [a, b] = pair(args);
			if (isNum(b, 1)) return a;
			if (isNum(b, 0)) return num(1);
			if (a.kind === 'num' && b.kind === 'num') return num(Math.pow(a.value, b.value));
			return { kind: 'call', op: 'pow', args: [a, b] };
		}
		default: {
			// a function of constants only is folded, except where the symbol teaches (σ(0) stays)
			const op = OPS.get(e.op);
			if (op?.hidden && args.every((a) => a.kind === 'num')) {
				return num(op.forward(args.map((a) => (a.kind === 'num' ? a.value : NaN))));
			}
			return { kind: 'call', op: e.op, args };
		}
	}
}

function pair(args: Expr[]): [Expr, Expr] {
	const [a, b] = args;
	if (a === undefined || b === undefined) throw new Error('binary operation with missing operand');
	return [a, b];
}

function simplifyAdd(args: Expr[]): Expr {
	const flat: Expr[] = [];
	let constant = 0;
	for (const a of args) {
		if (a.kind === 'call' && a.op === 'add') flat.push(...a.args);
		else flat.push(a);
	}
	const terms: Expr[] = [];
	for (const a of flat) {
		if (a.kind === 'num') constant += a.value;
		else terms.push(a);
	}
	if (constant !== 0) terms.push(num(constant));
	if (terms.length === 0) return num(0);
	if (terms.length === 1 && terms[0]) return terms[0];
	return { kind: 'call', op: 'add', args: terms };
}

function simplifyMul(args: Expr[]): Expr {
	const flat: Expr[] = [];
	for (const a of args) {
		if (a.kind === 'call' && a.op === 'mul') flat.push(...a.args);
		else flat.push(a);
	}
	let constant = 1;
	const factors: Expr[] = [];
	for (const a of flat) {
		if (a.kind === 'num') constant *= a.value;
		else if (a.kind === 'call' && a.op === 'neg' && a.args[0]) {
			// pull signs out: a·(−b) = −(a·b)
			constant = -constant;
			const inner = a.args[0];
			if (inner.kind === 'num') constant *= inner.value;
			else factors.push(inner);
		} else factors.push(a);
	}
	if (constant === 0) return num(0);
	if (factors.length === 0) return num(constant);
	const product: Expr = factors.length === 1 && factors[0] ? factors[0] : { kind: 'call', op: 'mul', args: factors };
	if (constant === 1) return product;
	if (constant === -1) return simplify({ kind: 'call', op: 'neg', args: [product] });
	return { kind: 'call', op: 'mul', args: [num(constant), ...factors] };
}
