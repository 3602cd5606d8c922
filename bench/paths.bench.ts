/**
 * Path counts on a net whose paths could never be listed (16¹¹ to w1_1_1): every name's count from one
 * reversed sweep, against the way it was done before, one sweep per parameter, in the same run.
 */
import { countAllPaths } from '../src/lib/engine/reach';
import { countPathsAlone, denseNetwork, mustBuildNetwork } from '../src/lib/engine/testing';
import { measure, ms, type Row } from './lib';

export const name = 'paths';
export const title = 'Path counts on the 12-layer, 16-wide dense net: every parameter at once, and one by one (before)';

export async function run(): Promise<Row[]> {
	const graph = mustBuildNetwork(denseNetwork(12, 16, 'tanh'));
	const params = graph.params;
	const w1 = graph.slots.get('w1_1_1') ?? -1;
	let first = 0n;
	const sweep = measure(() => (first = countAllPaths(graph)[w1] ?? 0n), 50, 5);
	let alone = 0n;
	const oneByOne = measure(() => {
		for (const p of params) {
			const c = countPathsAlone(graph, p);
			if (p === 'w1_1_1') alone = c;
		}
	}, 1, 0);
	if (alone !== first) throw new Error(`the two ways disagree on w1_1_1: ${alone} and ${first}`);
	const row = (how: string, t: { ms: number; runs: number }): Row => ({
		how,
		parameters: params.length,
		'paths to w1_1_1': first.toLocaleString('en-US'),
		nodes: graph.nodes.length,
		edges: graph.edgeCount,
		'median (ms)': ms(t.ms),
		'× the sweep': (t.ms / sweep.ms).toFixed(0),
		runs: t.runs
	});
	return [row('one reversed sweep, every name', sweep), row('one sweep per parameter (before)', oneByOne)];
}
