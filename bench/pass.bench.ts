/**
 * Forward + backward (pass.ts `run`) on dense sigmoid nets of about 1k, 10k and 100k scalar nodes,
 * 8 neurons wide (each neuron is two nodes, z and a = σ(z); about 9 edges per node). Time per node
 * should stay flat as the graph grows: both passes are one loop over nodes and edges.
 */
import { expandNetwork } from '../src/lib/engine/layered';
import { buildGraph, type Graph } from '../src/lib/engine/model';
import { run as pass } from '../src/lib/engine/pass';
import { denseNetwork } from '../src/lib/engine/testing';
import type { ModelSpec } from '../src/lib/engine/types';
import { measure, ms, nsPer, type Row } from './lib';

export const name = 'pass';
export const title = 'Dense sigmoid nets, 8 wide: expand, build, forward + backward';

const WIDTH = 8;
/** Depth for ~n nodes: 2·WIDTH nodes per layer, plus the loss. */
const SIZES = [
	{ label: '~1k', depth: 62, buildRuns: 5, passRuns: 50 },
	{ label: '~10k', depth: 625, buildRuns: 1, passRuns: 20 },
	{ label: '~100k', depth: 6250, buildRuns: 1, passRuns: 7 }
];

export async function run(): Promise<Row[]> {
	const rows: Row[] = [];
	for (const size of SIZES) {
		const spec = denseNetwork(size.depth, WIDTH, 'sigmoid');
		let model: ModelSpec | undefined;
		const expand = measure(() => {
			const r = expandNetwork(spec);
			if (r.ok) model = r.model;
		}, size.buildRuns, 0);
		if (!model) throw new Error('the bench network does not expand');
		const m = model;
		let graph: Graph | undefined;
		const build = measure(() => {
			const r = buildGraph(m);
			if (r.ok) graph = r.graph;
		}, size.buildRuns, 0);
		if (!graph) throw new Error('the bench network does not build');
		const g = graph;
		const loss = pass(g).values[g.lossSlot] ?? NaN;
		if (!Number.isFinite(loss)) throw new Error(`the bench network's loss is ${loss}`);
		const timed = measure(() => pass(g), size.passRuns, 3);
		const nodes = g.nodes.length;
		rows.push({
			graph: `${size.label} (${size.depth}×${WIDTH})`,
			nodes,
			edges: g.edgeCount,
			'expand (ms)': ms(expand.ms),
			'build (ms)': ms(build.ms),
			'build ns/node': nsPer(build.ms, nodes),
			'pass (ms)': ms(timed.ms),
			'pass ns/node': nsPer(timed.ms, nodes),
			'pass ns/edge': nsPer(timed.ms, g.edgeCount),
			'runs (build/pass)': `${size.buildRuns}/${size.passRuns}`
		});
	}
	return rows;
}
