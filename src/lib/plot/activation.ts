/**
 * An activation and its derivative sampled for a chart, both from the engine: f is the op's forward,
 * f′ the engine's own symbolic derivative of f(z), so the curve a student sees is the factor the
 * backward steps multiply. Optional arguments (leaky_relu's a, elu's a) take the engine's defaults.
 */
import { derive } from '../engine/derive';
import { evaluateExpr } from '../engine/evaluate';
import { call, num, sym } from '../engine/expr';
import { OPS } from '../engine/ops';
import { printDefinition, printTex } from '../engine/print';
import type { Expr } from '../engine/types';
import type { ActivationPlotView, PlotActivation } from './types';

/** Samples on each side of 0 at this spacing, so z = 0 (where relu and step turn) is a sample. */
const SPACING = 0.05;
const HALF_WIDTH = 6;

/** f(z) as a tree, optional arguments filled with the op's defaults. */
function activationExpr(activation: PlotActivation): Expr {
	const op = OPS.get(activation);
	if (!op) throw new Error(`unknown activation ${activation}`);
	return call(activation, sym('z'), ...(op.defaults ?? []).map(num));
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

export interface ActivationPlot {
	view: ActivationPlotView;
	/** f(z) = … (= its definition) and f′(z) = … in TeX, for the caption: each a left side and what it equals. */
	chains: { lhs: string; sides: string[] }[];
}

/**
 * The chart's data over z in [−6, 6], widened to include `at.z` when it lies outside; `at` marks the
 * value of one node of the lesson (its label in plain text).
 */
export function activationPlot(activation: PlotActivation, decimals: number, at?: { node: string; label: string; z: number }): ActivationPlot {
	const f = activationExpr(activation);
	const df = derive(f, 'z');
	const value = (e: Expr, z: number): number => evaluateExpr(e, { z });
	const lo = Math.min(-HALF_WIDTH, Math.floor(at?.z ?? 0) - 1);
	const hi = Math.max(HALF_WIDTH, Math.ceil(at?.z ?? 0) + 1);
	const zs: number[] = [];
	for (let k = Math.round(lo / SPACING); k <= Math.round(hi / SPACING); k++) zs.push(round(k * SPACING));
	const view: ActivationPlotView = {
		kind: 'activation',
		activation,
		z: zs,
		f: zs.map((z) => round(value(f, z))),
		df: zs.map((z) => round(value(df, z))),
		decimals,
		...(at ? { at: { ...at, f: value(f, at.z), df: value(df, at.z) } } : {})
	};
	const o = { symbol: (name: string) => name };
	const definition = printDefinition(f, o);
	const chains = [
		{ lhs: 'f(z)', sides: [printTex(f, o), ...(definition ? [definition] : [])] },
		{ lhs: "f'(z)", sides: [printTex(df, o)] }
	];
	return { view, chains };
}
