/** countPaths by dynamic programming on a net whose paths could never be listed: 16¹¹ to w1_1_1. */
import { countPaths } from '../src/lib/engine/paths';
import { denseNetwork, mustBuildNetwork } from '../src/lib/engine/testing';
import { measure, ms, type Row } from './lib';

export const name = 'paths';
export const title = 'countPaths on the 12-layer, 16-wide dense net';

export async function run(): Promise<Row[]> {
	const graph = mustBuildNetwork(denseNetwork(12, 16, 'tanh'));
	const runs = 200;
	return ['w1_1_1', 'b1', 'w12_1_1'].map((p) => {
		let count = 0n;
		const timed = measure(() => (count = countPaths(graph, p)), runs, 20);
		return { parameter: p, paths: count.toLocaleString('en-US'), 'median (ms)': ms(timed.ms), nodes: graph.nodes.length, edges: graph.edgeCount, runs };
	});
}
