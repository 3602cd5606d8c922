/**
 * Every value a student can reach by computing a quantity from the figures the page displays, each
 * rounded to 3 or more significant figures (or copied as shown): an interval, by interval reasoning
 * along the factors and paths the engine records (grading.md, "propagated rounding").
 *
 * A quantity is a function of its displayed intermediates: a node's value of the values it is computed
 * from, a local factor of the values in its teaching form, a gradient of its chain-rule factors (summed
 * over paths), of its paths' products, or of the cached δ of each node that uses it; an update of the
 * weight and its gradient. The interval is the hull over these routes of the function's range when each
 * intermediate moves between its extreme roundings.
 */
import { roundings } from '../check/figures';
import { contributions, evaluateExpr, factor, listPaths, type Trace } from '../engine';
import { symbolsOf } from '../engine/expr';
import type { Factor } from '../engine/types';
import { formatNumber } from '../tex/format';
import { parseQuantity } from './quantity';

/** Paths listed to find a gradient's factors; beyond, only the cached route is used. */
const MAX_PATHS = 64;
/** Intermediates whose every corner is tried; beyond, one at a time (first order). */
const MAX_CORNERS = 10;

interface Intermediate {
	/** The engine's value. */
	x: number;
	lo: number;
	hi: number;
}

/** ∂loss/∂p with some factor values replaced: one reverse-mode sweep over the trace's factors. */
export function gradientWith(t: Trace, p: string, replace: (f: Factor) => number): number {
	const adj = new Map<string, number>([[t.graph.loss, 1]]);
	for (let i = t.graph.nodes.length - 1; i >= 0; i--) {
		const node = t.graph.nodes[i];
		if (!node) continue;
		const up = adj.get(node.name) ?? 0;
		if (up === 0) continue;
		for (const f of t.factorsOf[node.name] ?? []) adj.set(f.wrt, (adj.get(f.wrt) ?? 0) + up * replace(f));
	}
	return adj.get(p) ?? 0;
}

/** Value of a node recomputed with some of the values it is computed from replaced. */
export function nodeWith(t: Trace, node: string, replace: (name: string) => number | undefined): number {
	const n = t.graph.nodes.find((x) => x.name === node);
	if (!n) return NaN;
	const env: Record<string, number> = { ...t.values };
	for (const v of n.vars) {
		const r = replace(v);
		if (r !== undefined) env[v] = r;
	}
	return evaluateExpr(n.expr, env);
}

/** A figure as the page shows it, with its roundings. */
function shownAs(x: number, decimals: number): Intermediate {
	const [lo, hi] = roundings(x, Number(formatNumber(x, decimals)));
	return { x, lo, hi };
}

/**
 * The range of f as each intermediate moves within [lo, hi]: every corner for a few (exact for the
 * multilinear sums of products a gradient is, and for the monotone pieces a node is made of), else one
 * intermediate at a time, whose deviations add up (first order, as the boxes are small).
 */
export function rangeOver(f: (values: readonly number[]) => number, xs: readonly Intermediate[]): [number, number] {
	const centre = xs.map((v) => v.x);
	const at = f(centre);
	let lo = at;
	let hi = at;
	if (xs.length <= MAX_CORNERS) {
		const values = centre.slice();
		for (let mask = 0; mask < 1 << xs.length; mask++) {
			xs.forEach((v, i) => (values[i] = mask & (1 << i) ? v.hi : v.lo));
			const y = f(values);
			if (!Number.isFinite(y)) continue;
			lo = Math.min(lo, y);
			hi = Math.max(hi, y);
		}
		return [lo, hi];
	}
	let down = 0;
	let up = 0;
	xs.forEach((v, i) => {
		let least = 0;
		let most = 0;
		for (const end of [v.lo, v.hi]) {
			const values = centre.slice();
			values[i] = end;
			const d = f(values) - at;
			if (!Number.isFinite(d)) continue;
			least = Math.min(least, d);
			most = Math.max(most, d);
		}
		down += least;
		up += most;
	});
	return [at + down, at + up];
}

/** Each route's range, hulled with the engine's own value. */
function hull(expected: number, ranges: readonly [number, number][]): [number, number] {
	let lo = expected;
	let hi = expected;
	for (const [a, b] of ranges) {
		if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
		lo = Math.min(lo, a);
		hi = Math.max(hi, b);
	}
	return [lo, hi];
}

/** An expression over the trace's values, each a displayed intermediate. */
function overValues(t: Trace, names: readonly string[], evaluate: (env: Record<string, number>) => number, decimals: number): [number, number] {
	const xs = names.map((n) => shownAs(t.values[n] ?? NaN, decimals));
	const env: Record<string, number> = { ...t.values };
	return rangeOver((values) => {
		names.forEach((n, i) => (env[n] = values[i] ?? NaN));
		return evaluate(env);
	}, xs);
}

/** ∂loss/∂of by its factors, by its paths' products, and by the cached δ of each node using `of`. */
function gradientRanges(t: Trace, of: string, decimals: number): [number, number][] {
	const ranges: [number, number][] = [];
	const paths = listPaths(t, of, MAX_PATHS + 1);
	if (paths.length > 0 && paths.length <= MAX_PATHS) {
		// each distinct factor is one figure on the page, used alike in every path it lies on
		const index = new Map<string, number>();
		const xs: Intermediate[] = [];
		const terms = paths.map((p) =>
			p.factors.map((f) => {
				const k = `${f.of}/${f.wrt}`;
				let i = index.get(k);
				if (i === undefined) {
					i = xs.length;
					index.set(k, i);
					xs.push(shownAs(f.value, decimals));
				}
				return i;
			})
		);
		ranges.push(rangeOver((v) => terms.reduce((s, term) => s + term.reduce((prod, i) => prod * (v[i] ?? NaN), 1), 0), xs));
		// Σ of the paths' products, each rounded
		const products = paths.map((p) => shownAs(p.product, decimals));
		ranges.push([products.reduce((s, p) => s + p.lo, 0), products.reduce((s, p) => s + p.hi, 0)]);
	}
	// the cached view: Σ δ(u) · ∂u/∂of over the nodes u that use `of`
	const users = contributions(t, of);
	if (users.length > 0) {
		const xs = users.flatMap((c) => [shownAs(c.upstream, decimals), shownAs(c.factor.value, decimals)]);
		ranges.push(rangeOver((v) => users.reduce((s, _, i) => s + (v[2 * i] ?? NaN) * (v[2 * i + 1] ?? NaN), 0), xs));
	}
	return ranges;
}

/**
 * The interval of values a student reaches from the displayed figures rounded to ≥ 3 significant
 * figures; [expected, expected] for a quantity with no displayed intermediates (a count, η, the loss
 * after the update). Always contains `expected`.
 */
export function roundingInterval(t: Trace, key: string, expected: number, decimals: number): [number, number] {
	const q = parseQuantity(key);
	if (!q) return [expected, expected];
	switch (q.kind) {
		case 'value': {
			const node = t.graph.nodes.find((n) => n.name === q.name);
			if (!node) return [expected, expected];
			return hull(expected, [overValues(t, node.vars, (env) => evaluateExpr(node.expr, env), decimals)]);
		}
		case 'loss': {
			const node = t.graph.nodes.find((n) => n.name === t.graph.loss);
			if (!node) return [expected, expected];
			return hull(expected, [overValues(t, node.vars, (env) => evaluateExpr(node.expr, env), decimals)]);
		}
		case 'local': {
			const f = factor(t, q.of, q.wrt);
			if (!f) return [expected, expected];
			return hull(expected, [overValues(t, symbolsOf(f.derivative), (env) => evaluateExpr(f.derivative, env), decimals)]);
		}
		case 'grad':
			return hull(expected, gradientRanges(t, q.param, decimals));
		case 'delta':
			return q.name === t.graph.loss ? [expected, expected] : hull(expected, gradientRanges(t, q.name, decimals));
		case 'path': {
			const path = listPaths(t, q.param, q.index)[q.index - 1];
			if (!path) return [expected, expected];
			const xs = path.factors.map((f) => shownAs(f.value, decimals));
			return hull(expected, [rangeOver((v) => v.reduce((s, x) => s * x, 1), xs)]);
		}
		case 'updated': {
			// w − η·g from w and g as shown, and w − (η·g) with the step rounded on its own
			const eta = t.graph.learningRate;
			const w = shownAs(t.values[q.param] ?? NaN, decimals);
			const g = shownAs(t.gradients[q.param] ?? NaN, decimals);
			const step = shownAs(eta * (t.gradients[q.param] ?? NaN), decimals);
			return hull(expected, [
				rangeOver(([wv = NaN, gv = NaN]) => wv - eta * gv, [w, g]),
				rangeOver(([wv = NaN, sv = NaN]) => wv - sv, [w, step])
			]);
		}
		default:
			return [expected, expected];
	}
}
