/**
 * Helpers to build and inspect expression trees. Building goes through these so that
 * derivative rules read like the formulas they implement.
 */
import type { Expr } from './types';

export const num = (value: number): Expr => ({ kind: 'num', value });
export const sym = (name: string): Expr => ({ kind: 'sym', name });
export const call = (op: string, ...args: Expr[]): Expr => ({ kind: 'call', op, args });

export const add = (...args: Expr[]): Expr => call('add', ...args);
export const sub = (a: Expr, b: Expr): Expr => call('sub', a, b);
export const mul = (...args: Expr[]): Expr => call('mul', ...args);
export const div = (a: Expr, b: Expr): Expr => call('div', a, b);
export const pow = (a: Expr, b: Expr): Expr => call('pow', a, b);
export const neg = (a: Expr): Expr => call('neg', a);

export const ZERO = num(0);
export const ONE = num(1);

/** Whether `e` is the constant `value` (or any constant when no value is given). */
export function isNum(e: Expr, value?: number): boolean {
	return e.kind === 'num' && (value === undefined || e.value === value);
}

/** Distinct symbol names of an expression, in order of first appearance (left to right). */
export function symbolsOf(e: Expr, out: string[] = []): string[] {
	if (e.kind === 'sym') {
		if (!out.includes(e.name)) out.push(e.name);
	} else if (e.kind === 'call') {
		for (const a of e.args) symbolsOf(a, out);
	}
	return out;
}

/** Structural equality of two trees. */
export function sameExpr(a: Expr, b: Expr): boolean {
	if (a.kind === 'num') return b.kind === 'num' && a.value === b.value;
	if (a.kind === 'sym') return b.kind === 'sym' && a.name === b.name;
	if (b.kind !== 'call' || a.op !== b.op || a.args.length !== b.args.length) return false;
	return a.args.every((x, i) => {
		const y = b.args[i];
		return y !== undefined && sameExpr(x, y);
	});
}

/** Replace symbols by trees (used to substitute values or rename). */
export function substitute(e: Expr, f: (name: string) => Expr | undefined): Expr {
	if (e.kind === 'num') return e;
	if (e.kind === 'sym') return f(e.name) ?? e;
	return { kind: 'call', op: e.op, args: e.args.map((a) => substitute(a, f)) };
}
