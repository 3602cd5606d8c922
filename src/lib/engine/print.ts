/**
 * Expression trees to TeX. Each op prints itself (ops/*.ts); this file decides brackets and
 * how symbols and numbers look, so the same tree prints as a formula or with numbers substituted.
 */
import { OPS } from './ops';
import { PREC } from './ops/op';
import type { Expr } from './types';

export interface PrintOptions {
	/** TeX for a symbol: its label, or its value when substituting. */
	symbol(name: string): string;
	/** Whether a symbol prints as a negative number (it then needs brackets inside products). */
	negative?(name: string): boolean;
	/** TeX for a numeric constant written in the expression. */
	number?(value: number): string;
}

/** Plain TeX for a constant: 0.5, −1, 1.5 \times 10^{-7}. */
export function texNumber(v: number): string {
	if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
	const s = String(v);
	const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
	return m ? `${m[1]} \\times 10^{${Number(m[2])}}` : s;
}

function precOf(e: Expr, o: PrintOptions): number {
	if (e.kind === 'num') return e.value < 0 ? PREC.neg : PREC.atom;
	if (e.kind === 'sym') return o.negative?.(e.name) ? PREC.neg : PREC.atom;
	return OPS.get(e.op)?.prec ?? PREC.call;
}

export function printTex(e: Expr, o: PrintOptions): string {
	const p = (x: Expr, minPrec: number): string => {
		const s = printTex(x, o);
		return precOf(x, o) < minPrec ? `\\left(${s}\\right)` : s;
	};
	if (e.kind === 'num') return (o.number ?? texNumber)(e.value);
	if (e.kind === 'sym') return o.symbol(e.name);
	const op = OPS.get(e.op);
	if (!op) return `\\operatorname{${e.op}}`;
	return op.tex(e.args, p);
}

/** The op's definition spelled out (σ(z) = 1/(1 + e^{−z})), when it has one and is the whole expression. */
export function printDefinition(e: Expr, o: PrintOptions): string | undefined {
	if (e.kind !== 'call') return undefined;
	const op = OPS.get(e.op);
	if (!op?.definition) return undefined;
	const p = (x: Expr, minPrec: number): string => {
		const s = printTex(x, o);
		return precOf(x, o) < minPrec ? `\\left(${s}\\right)` : s;
	};
	return op.definition(e.args, p);
}
