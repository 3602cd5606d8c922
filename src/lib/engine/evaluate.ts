/**
 * One tree compiled to a closure over a Float64Array of values: evaluateExpr for one-off values (plots of
 * an activation, tests), and the reference the graph's compiled program (program.ts) is tested against,
 * value for value. The passes over a whole graph run that program, not these closures.
 */
import { OPS } from './ops';
import { own } from './records';
import type { Expr } from './types';

export type Compiled = (v: Float64Array) => number;

export function compile(e: Expr, slot: (name: string) => number): Compiled {
	if (e.kind === 'num') {
		const c = e.value;
		return () => c;
	}
	if (e.kind === 'sym') {
		const i = slot(e.name);
		return (v) => v[i] ?? NaN;
	}
	const args = e.args.map((a) => compile(a, slot));
	const [a0, a1] = args;
	switch (e.op) {
		case 'add':
			if (args.length === 2 && a0 && a1) return (v) => a0(v) + a1(v);
			return (v) => args.reduce((s, f) => s + f(v), 0);
		case 'sub':
			if (a0 && a1) return (v) => a0(v) - a1(v);
			break;
		case 'mul':
			if (args.length === 2 && a0 && a1) return (v) => a0(v) * a1(v);
			return (v) => args.reduce((s, f) => s * f(v), 1);
		case 'div':
			if (a0 && a1) return (v) => a0(v) / a1(v);
			break;
		case 'neg':
			if (a0) return (v) => -a0(v);
			break;
	}
	const op = OPS.get(e.op);
	if (!op) throw new Error(`unknown operation ${e.op}`);
	const forward = op.forward;
	if (args.length === 1 && a0) return (v) => forward([a0(v)]);
	return (v) => forward(args.map((f) => f(v)));
}

/** Evaluates a tree once against named values (for tests and one-off checks). */
export function evaluateExpr(e: Expr, values: Readonly<Record<string, number>>): number {
	const names: string[] = [];
	const f = compile(e, (name) => {
		const i = names.indexOf(name);
		if (i >= 0) return i;
		names.push(name);
		return names.length - 1;
	});
	// a name missing from `values` is NaN, even one every object has (constructor, toString…)
	return f(Float64Array.from(names, (n) => own(values, n) ?? NaN));
}
