/**
 * buildGraph on dense tanh nets (parse every expression, derive every factor's teaching form, compile the
 * numeric program), per edge: a 16-wide, 4-deep net and the 64-wide, 16-deep one of issue 13. The cost per
 * edge should not grow with the net.
 */
import { expandNetwork } from '../src/lib/engine/layered';
import { buildGraph } from '../src/lib/engine/model';
import { denseNetwork } from '../src/lib/engine/testing';
import type { ModelSpec } from '../src/lib/engine/types';
import { measure, ms, type Row } from './lib';

export const name = 'build';
export const title = 'buildGraph on dense tanh nets: µs per edge';

const SIZES = [
	{ width: 16, depth: 4, runs: 20 },
	{ width: 64, depth: 16, runs: 3 }
];

export async function run(): Promise<Row[]> {
	const rows: Row[] = [];
	for (const { width, depth, runs } of SIZES) {
		const expanded = expandNetwork(denseNetwork(depth, width, 'tanh'));
		if (!expanded.ok) throw new Error('the bench network does not expand');
		const model: ModelSpec = expanded.model;
		let edges = 0;
		const build = measure(() => {
			const built = buildGraph(model);
			if (!built.ok) throw new Error('the bench network does not build');
			edges = built.graph.edgeCount;
		}, runs, 1);
		rows.push({
			net: `${width} wide × ${depth} deep`,
			nodes: model.nodes.length,
			edges,
			'build (ms)': ms(build.ms),
			'µs per edge': ((build.ms * 1000) / edges).toFixed(2),
			'µs per edge (CPU)': ((build.cpuMs * 1000) / edges).toFixed(2),
			runs
		});
	}
	return rows;
}
