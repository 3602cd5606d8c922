/**
 * A backward step: ∂loss/∂p taken apart into its chain-rule factors, each written symbolically, then
 * with numbers, then as a value; each path's product; the sum over paths; the update.
 */
import { contributions, countPaths, labelOf, listPaths, pathLandmarks, printTex, type Factor, type Trace } from '../engine';
import { texOf } from './format';
import { chainTex } from './layout';
import { partial, updatedLabel } from './notation';

export interface FactorTex {
	of: string;
	wrt: string;
	/** ∂of/∂wrt = teaching form = numbers = value, one relation per line when it is long */
	tex: string;
	value: number;
}

export interface PathTex {
	/** The general chain: ∂E/∂w = ∂E/∂ŷ · ∂ŷ/∂sum · ∂sum/∂w */
	chain: string;
	factors: FactorTex[];
	/** ∂E/∂w = the chain with each factor's value = the product. */
	product: string;
	value: number;
	/** The nodes that tell this path from the others, nearest the loss first (a⁽⁴⁾₂ in "through a⁽⁴⁾₂"). */
	through: string[];
}

export interface BackwardTex {
	param: string;
	pathCount: bigint;
	paths: PathTex[];
	/** Σ over paths, when there is more than one. */
	sum?: string;
	/** The cached view: ∂E/∂p = δ(u) · ∂u/∂p for each node u using p. */
	cached: string;
	gradient: number;
	update: string;
}

/** Paths shown one by one up to this many; beyond, the cached view alone. */
export const SHOWN_PATHS = 8;

export function factorTex(t: Trace, f: Factor, decimals: number): FactorTex {
	const graph = t.graph;
	const numeric = {
		symbol: (s: string) => texOf(t.values[s] ?? NaN, decimals),
		negative: (s: string) => (t.values[s] ?? 0) < 0
	};
	const symbolic = printTex(f.derivative, { symbol: (s) => labelOf(graph, s) });
	const substituted = printTex(f.derivative, numeric);
	const value = texOf(f.value, decimals);
	const sides = [symbolic];
	if (substituted !== symbolic && substituted !== value) sides.push(substituted);
	if (value !== symbolic) sides.push(value);
	return { of: f.of, wrt: f.wrt, tex: chainTex(partial(graph, f.of, f.wrt), sides), value: f.value };
}

const times = (xs: string[]): string => xs.join(' \\cdot ');
const paren = (v: number, decimals: number): string => (v < 0 ? `\\left(${texOf(v, decimals)}\\right)` : texOf(v, decimals));

export function backwardTex(t: Trace, param: string, decimals: number): BackwardTex {
	const graph = t.graph;
	const total = countPaths(graph, param);
	const shown = total <= BigInt(SHOWN_PATHS) ? listPaths(t, param, SHOWN_PATHS) : [];
	const lhs = partial(graph, graph.loss, param);
	const gradient = t.gradients[param] ?? t.adjoints[param] ?? 0;
	const landmarks = pathLandmarks(shown);
	const paths: PathTex[] = shown.map((path, i) => {
		const chain = chainTex(lhs, [times(path.factors.map((f) => partial(graph, f.of, f.wrt)))]);
		const values = path.factors.map((f) => paren(f.value, decimals));
		return {
			chain,
			factors: path.factors.map((f) => factorTex(t, f, decimals)),
			product: chainTex(lhs, [times(values), texOf(path.product, decimals)]),
			value: path.product,
			through: landmarks[i] ?? []
		};
	});
	const sum =
		paths.length > 1
			? chainTex(lhs, [paths.map((p, i) => (i === 0 ? texOf(p.value, decimals) : `+ ${paren(p.value, decimals)}`)).join(' '), texOf(gradient, decimals)])
			: undefined;
	const users = contributions(t, param);
	const cached = chainTex(lhs, [
		users.map((c) => `${partial(graph, graph.loss, c.user)} \\cdot ${partial(graph, c.user, param)}`).join(' + '),
		users.map((c) => `${paren(c.upstream, decimals)} \\cdot ${paren(c.factor.value, decimals)}`).join(' + '),
		texOf(gradient, decimals)
	]);
	const eta = texOf(graph.learningRate, decimals);
	const before = t.values[param] ?? NaN;
	const update = chainTex(updatedLabel(graph, param), [
		`${labelOf(graph, param)} - \\eta \\cdot ${lhs}`,
		`${texOf(before, decimals)} - ${eta} \\cdot ${paren(gradient, decimals)}`,
		texOf(t.updated[param] ?? NaN, decimals)
	]);
	return { param, pathCount: total, paths, sum, cached, gradient, update };
}
