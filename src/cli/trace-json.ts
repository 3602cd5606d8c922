/**
 * The trace command's JSON: every value, the loss, the gradients, the updated parameters and each
 * parameter's paths (listed when there are at most 64). Every count comes from one sweep over the
 * graph and each listed path costs its own length, so the whole costs O(nodes + edges + what is
 * listed). The text is written a parameter at a time: a 100 000-node model's trace is over 100 MB,
 * and neither it nor every listed path needs to be held at once.
 */
import { listPaths, pathCounts, type Trace } from '../lib/engine';

/** Paths listed for a parameter that has at most this many. */
export const LISTED = 64;
const LISTED_BIG = BigInt(LISTED);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export interface ParamPaths {
	/** Beyond 2^53 a JSON number would lose digits: the exact count is given as a string. */
	count: number | string;
	items?: { factors: { of: string; wrt: string; value: number; tex: string }[]; product: number }[];
}

function paramPaths(t: Trace, p: string, counts: readonly bigint[]): ParamPaths {
	const count = counts[t.graph.slots.get(p) ?? -1] ?? 0n;
	const entry: ParamPaths = { count: count <= MAX_SAFE ? Number(count) : count.toString() };
	if (count <= LISTED_BIG) {
		entry.items = listPaths(t, p, LISTED).map((path) => ({
			factors: path.factors.map((f) => ({ of: f.of, wrt: f.wrt, value: f.value, tex: f.tex })),
			product: path.product
		}));
	}
	return entry;
}

/** The trace as one object (what `writeTraceJson` prints). */
export function traceJson(t: Trace): object {
	const counts = pathCounts(t.graph);
	const paths: Record<string, ParamPaths> = {};
	for (const p of t.graph.params) paths[p] = paramPaths(t, p, counts);
	return { values: t.values, loss: t.loss, gradients: t.gradients, updated: t.updated, newLoss: t.newLoss, paths };
}

/**
 * Writes exactly `JSON.stringify(traceJson(t), null, 2)`, in pieces: each parameter's paths are made,
 * printed and dropped before the next.
 */
export function writeTraceJson(t: Trace, write: (text: string) => void): void {
	// a value printed at depth `depth` of the indented whole: its inner lines shifted to match
	const at = (value: unknown, depth: number): string => {
		const text = JSON.stringify(value, null, 2) ?? 'null';
		return depth === 0 ? text : text.replaceAll('\n', '\n' + '  '.repeat(depth));
	};
	const head = { values: t.values, loss: t.loss, gradients: t.gradients, updated: t.updated, newLoss: t.newLoss };
	write('{');
	for (const [key, value] of Object.entries(head)) write(`\n  ${JSON.stringify(key)}: ${at(value, 1)},`);
	const counts = pathCounts(t.graph);
	const params = t.graph.params;
	if (params.length === 0) {
		write('\n  "paths": {}\n}');
		return;
	}
	write('\n  "paths": {');
	params.forEach((p, i) => write(`\n    ${JSON.stringify(p)}: ${at(paramPaths(t, p, counts), 2)}${i < params.length - 1 ? ',' : ''}`));
	write('\n  }\n}');
}
