import type { Expr } from '../types';

/**
 * Binding strength for TeX printing: a child binding weaker than its context gets parentheses.
 * A negative binds between a sum and a product, so it is bracketed after + or − and inside a product
 * (0.00159 + \left(-0.00049\right), 0.05 - \left(-0.3\right)) but not as a sum's first term.
 */
export const PREC = { add: 1, mul: 2, neg: 1.25, pow: 4, call: 5, atom: 6 } as const;

/** Prints a child expression, adding \left( \right) when it binds weaker than `minPrec`. */
export type Printer = (e: Expr, minPrec: number) => string;

/**
 * One operation: its forward, its local derivative in the form a student is taught, and its TeX,
 * side by side (after micrograd's engine.py, with the teaching form added).
 */
export interface Op {
	name: string;
	/** Minimum and maximum number of arguments; missing optional ones take `defaults`. */
	arity: readonly [number, number];
	/** Values of optional trailing arguments, e.g. leaky_relu's a = 0.01. */
	defaults?: readonly number[];
	/** Hidden ops only appear inside derivatives; a lesson's expression may not call them. */
	hidden?: boolean;
	prec: number;
	/**
	 * The value at `x`. The compiled program (program.ts) evaluates every call of this op through it, with an
	 * argument array it reuses from call to call, so a forward reads `x` and never keeps it.
	 */
	forward(x: readonly number[]): number;
	/**
	 * ∂out/∂args[i] as a tree over the arguments and `out`, the op's own output: `out` is the node's
	 * name when this call is the whole node (so σ′ reads n₁(1 − n₁)), otherwise the call itself.
	 */
	derivative(args: readonly Expr[], i: number, out: Expr): Expr;
	tex(args: readonly Expr[], p: Printer): string;
	/** The definition spelled out, shown beside the short form in a forward step (σ(z) = 1/(1+e^{−z})). */
	definition?(args: readonly Expr[], p: Printer): string;
}

/** Wraps printed arguments of a named function in brackets. */
export function fn(name: string, args: readonly Expr[], p: Printer): string {
	return `${name}\\left(${args.map((a) => p(a, 0)).join(', ')}\\right)`;
}

export function arg(args: readonly Expr[], i: number): Expr {
	const a = args[i];
	if (a === undefined) throw new Error(`missing argument ${i + 1}`);
	return a;
}

export function at(x: readonly number[], i: number): number {
	const v = x[i];
	if (v === undefined) throw new Error(`missing argument ${i + 1}`);
	return v;
}
