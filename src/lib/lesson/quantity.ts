/**
 * Quantity keys name a figure the engine computes, so no lesson ever types an answer:
 * value:NODE, local:OF/WRT, grad:PARAM, path:PARAM:K (1-based), updated:PARAM, loss, newLoss, and for
 * the lessons on the backward pass itself: delta:NODE (∂loss/∂NODE, the δ of any node), paths:PARAM (how
 * many chain-rule paths lead from the loss to PARAM), edges (every edge of the graph, one local factor
 * each), factors (the local factors reverse mode evaluates: edges into inputs, targets and constants, or
 * of nodes the loss does not use, are never needed) and nodes (computed nodes); for the lessons on
 * curvature: hess:P/Q (∂²loss/∂P∂Q, an entry of the Hessian) and newton:PARAM (PARAM after one Newton
 * step, p − (H⁻¹∇L)_p).
 */
import { countPaths, factor, listPaths, reverseFactorCount, type Trace } from '../engine';
import { hessianEntry, newtonUpdate } from '../engine/hessian';
import { suggest } from '../check/suggest';

export type Quantity =
	| { kind: 'value'; name: string }
	| { kind: 'local'; of: string; wrt: string }
	| { kind: 'grad'; param: string }
	| { kind: 'path'; param: string; index: number }
	| { kind: 'updated'; param: string }
	| { kind: 'loss' }
	| { kind: 'newLoss' }
	| { kind: 'eta' }
	| { kind: 'delta'; name: string }
	| { kind: 'paths'; param: string }
	| { kind: 'edges' }
	| { kind: 'factors' }
	| { kind: 'nodes' }
	| { kind: 'hess'; p: string; q: string }
	| { kind: 'newton'; param: string };

export type QuantityResult = { ok: true; value: number } | { ok: false; message: string };

export function parseQuantity(key: string): Quantity | undefined {
	const [head, ...rest] = key.split(':');
	const arg = rest.join(':');
	switch (head) {
		case 'value':
			return arg ? { kind: 'value', name: arg } : undefined;
		case 'local': {
			const [of, wrt, extra] = arg.split('/');
			return of && wrt && extra === undefined ? { kind: 'local', of, wrt } : undefined;
		}
		case 'grad':
			return arg ? { kind: 'grad', param: arg } : undefined;
		case 'updated':
			return arg ? { kind: 'updated', param: arg } : undefined;
		case 'path': {
			const [param, k] = rest;
			const index = Number(k);
			return param && Number.isInteger(index) && index >= 1 && rest.length === 2 ? { kind: 'path', param, index } : undefined;
		}
		case 'loss':
			return rest.length === 0 ? { kind: 'loss' } : undefined;
		case 'newLoss':
			return rest.length === 0 ? { kind: 'newLoss' } : undefined;
		case 'eta':
			return rest.length === 0 ? { kind: 'eta' } : undefined;
		case 'delta':
			return arg ? { kind: 'delta', name: arg } : undefined;
		case 'paths':
			return arg ? { kind: 'paths', param: arg } : undefined;
		case 'edges':
			return rest.length === 0 ? { kind: 'edges' } : undefined;
		case 'factors':
			return rest.length === 0 ? { kind: 'factors' } : undefined;
		case 'nodes':
			return rest.length === 0 ? { kind: 'nodes' } : undefined;
		case 'hess': {
			const [p, q, extra] = arg.split('/');
			return p && q && extra === undefined ? { kind: 'hess', p, q } : undefined;
		}
		case 'newton':
			return arg ? { kind: 'newton', param: arg } : undefined;
	}
	return undefined;
}

export const QUANTITY_FORMS = 'value:NODE, local:OF/WRT, grad:PARAM, path:PARAM:K, updated:PARAM, loss, newLoss, eta, delta:NODE, paths:PARAM, edges, factors, nodes, hess:P/Q, newton:PARAM';

const HEADS = QUANTITY_FORMS.split(', ').map((f) => f.split(':')[0] ?? f);

/**
 * " (did you mean …?)" when `typed` is close to names the model has, else nothing. One letter is
 * close to every other one-letter name, so it gets no guess.
 */
function didYouMean(typed: string, known: Iterable<string>, write: (name: string) => string = (n) => n): string {
	const hint = typed.length < 2 ? [] : suggest(typed, known);
	return hint.length > 0 ? ` (did you mean ${hint.map(write).join(', ')}?)` : '';
}

export function quantityValue(t: Trace, key: string): QuantityResult {
	const q = parseQuantity(key);
	if (!q) {
		// grda:w5 → grad:w5: a misspelt kind keeps what follows it
		const [head = '', ...rest] = key.split(':');
		const hint = HEADS.includes(head) ? '' : didYouMean(head, HEADS, (h) => [h, ...rest].join(':'));
		return { ok: false, message: `"${key}" is not a quantity${hint} (use ${QUANTITY_FORMS})` };
	}
	const graph = t.graph;
	const isParam = (p: string): boolean => graph.params.includes(p);
	// a node named where a parameter belongs is no typo: no guess
	const notParam = (p: string): QuantityResult => ({ ok: false, message: `"${p}" is not a parameter${Object.hasOwn(t.values, p) ? '' : didYouMean(p, graph.params)}` });
	const notName = (n: string): QuantityResult => ({ ok: false, message: `"${n}" is not a name of the model${didYouMean(n, Object.keys(t.values))}` });
	switch (q.kind) {
		case 'value': {
			const v = t.values[q.name];
			return v === undefined ? notName(q.name) : { ok: true, value: v };
		}
		case 'local': {
			const f = factor(t, q.of, q.wrt);
			return f ? { ok: true, value: f.value } : { ok: false, message: `there is no factor ∂${q.of}/∂${q.wrt}: "${q.of}" is not a node that uses "${q.wrt}"` };
		}
		case 'grad':
			return isParam(q.param) ? { ok: true, value: t.gradients[q.param] ?? NaN } : notParam(q.param);
		case 'updated':
			return isParam(q.param) ? { ok: true, value: t.updated[q.param] ?? NaN } : notParam(q.param);
		case 'path': {
			if (!isParam(q.param)) return notParam(q.param);
			const count = countPaths(graph, q.param);
			if (BigInt(q.index) > count) return { ok: false, message: `${q.param} has ${count} path${count === 1n ? '' : 's'}, not ${q.index}` };
			const path = listPaths(t, q.param, q.index)[q.index - 1];
			return path ? { ok: true, value: path.product } : { ok: false, message: `no path ${q.index} for ${q.param}` };
		}
		case 'loss':
			return { ok: true, value: t.loss };
		case 'newLoss':
			return { ok: true, value: t.newLoss };
		case 'eta':
			return { ok: true, value: graph.learningRate };
		case 'delta': {
			const d = t.adjoints[q.name];
			return d === undefined ? notName(q.name) : { ok: true, value: d };
		}
		case 'paths':
			// exact as a BigInt; a count past 2^53 loses its last digits, as any figure shown would
			return isParam(q.param) ? { ok: true, value: Number(countPaths(graph, q.param)) } : notParam(q.param);
		case 'edges':
			return { ok: true, value: graph.edgeCount };
		case 'factors':
			return { ok: true, value: reverseFactorCount(graph) };
		case 'nodes':
			return { ok: true, value: graph.nodes.length };
		case 'hess': {
			const bad = [q.p, q.q].find((p) => !isParam(p));
			return bad !== undefined ? notParam(bad) : { ok: true, value: hessianEntry(graph, q.p, q.q, slotValues(t)) };
		}
		case 'newton':
			return isParam(q.param) ? { ok: true, value: newtonUpdate(graph, t.gradients, slotValues(t))[q.param] ?? NaN } : notParam(q.param);
	}
}

/** The trace's values by slot, as the engine's numeric passes read them. */
function slotValues(t: Trace): Float64Array {
	return Float64Array.from(t.graph.names, (n) => t.values[n] ?? NaN);
}
