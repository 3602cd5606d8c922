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

/** A number as JSON writes it: finite ones as JavaScript prints them, anything else as null. */
const number = (x: number): string => (Number.isFinite(x) ? String(x) : 'null');

/**
 * One parameter's paths as `JSON.stringify(paramPaths(…), null, 2)` prints them at `indent`, written
 * out by hand: the shape is fixed, and printing a hundred thousand small objects through the general
 * printer, then shifting their lines, cost more than everything else the command does.
 */
function paramPathsText(t: Trace, p: string, count: bigint, indent: string): string {
	const out: string[] = [`{\n${indent}  "count": ${count <= MAX_SAFE ? String(count) : `"${count}"`}`];
	if (count <= LISTED_BIG) {
		const list = listPaths(t, p, LISTED);
		const i2 = indent + '  ';
		const i3 = i2 + '  ';
		const i4 = i3 + '  ';
		const i5 = i4 + '  ';
		const i6 = i5 + '  ';
		out.push(`,\n${i2}"items": `);
		if (list.length === 0) out.push('[]');
		else {
			out.push('[');
			list.forEach((path, i) => {
				out.push(`${i > 0 ? ',' : ''}\n${i3}{\n${i4}"factors": `);
				if (path.factors.length === 0) out.push('[]');
				else {
					out.push('[');
					path.factors.forEach((f, j) => {
						out.push(
							`${j > 0 ? ',' : ''}\n${i5}{\n${i6}"of": ${JSON.stringify(f.of)},\n${i6}"wrt": ${JSON.stringify(f.wrt)},\n${i6}"value": ${number(f.value)},\n${i6}"tex": ${JSON.stringify(f.tex)}\n${i5}}`
						);
					});
					out.push(`\n${i4}]`);
				}
				out.push(`,\n${i4}"product": ${number(path.product)}\n${i3}}`);
			});
			out.push(`\n${i2}]`);
		}
	}
	out.push(`\n${indent}}`);
	return out.join('');
}

/**
 * Writes exactly `JSON.stringify(traceJson(t), null, 2)`, in pieces: each parameter's paths are made,
 * printed and dropped before the next.
 */
export function writeTraceJson(t: Trace, write: (text: string) => void): void {
	const head = { values: t.values, loss: t.loss, gradients: t.gradients, updated: t.updated, newLoss: t.newLoss };
	write('{');
	// each value one level in: its inner lines shifted by two spaces
	for (const [key, value] of Object.entries(head)) write(`\n  ${JSON.stringify(key)}: ${(JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', '\n  ')},`);
	const counts = pathCounts(t.graph);
	const params = t.graph.params;
	if (params.length === 0) {
		write('\n  "paths": {}\n}');
		return;
	}
	write('\n  "paths": {');
	params.forEach((p, i) => {
		const count = counts[t.graph.slots.get(p) ?? -1] ?? 0n;
		write(`\n    ${JSON.stringify(p)}: ${paramPathsText(t, p, count, '    ')}${i < params.length - 1 ? ',' : ''}`);
	});
	write('\n  }\n}');
}
