/**
 * One training iteration (forward + backward, every gradient) of a dense tanh net with ½Σ(y − ŷ)², three
 * ways in one process: the engine (`run(graph)`, which returns fresh arrays, and forward + backward into
 * arrays reused from one iteration to the next, as training does), a micrograd-style per-value autograd,
 * and a loop written by hand over Float64Arrays (bench/reference-nets.ts). Before timing, all three must agree on the loss and
 * on a weight's, a bias's and an input's gradient, so the ratios compare the same work.
 */
import { expandNetwork } from '../src/lib/engine/layered';
import { buildGraph, type Graph } from '../src/lib/engine/model';
import { backward, forward, run as pass } from '../src/lib/engine/pass';
import { denseNetwork } from '../src/lib/engine/testing';
import { measure, ms, type Row } from './lib';
import { handLoop, microgradNet, type Gradients } from './reference-nets';

export const name = 'iteration';
export const title = 'Forward + backward on dense tanh nets: engine vs per-value autograd vs hand-written loop';

const SIZES = [
	{ width: 16, depth: 4, runs: { engine: 500, micrograd: 100, hand: 2000 } },
	{ width: 64, depth: 16, runs: { engine: 40, micrograd: 10, hand: 200 } }
];

/** Relative difference, for figures that should agree to rounding. */
function close(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function agree(graph: Graph, engineLoss: number, adjoint: (name: string) => number, other: Gradients, who: string, names: string[]): void {
	if (!close(engineLoss, other.loss)) throw new Error(`${who}'s loss ${other.loss} differs from the engine's ${engineLoss}`);
	for (const n of names) {
		if (!graph.slots.has(n)) throw new Error(`the bench net has no ${n}`);
		if (!close(adjoint(n), other.grad(n))) throw new Error(`${who}'s ∂L/∂${n} = ${other.grad(n)} differs from the engine's ${adjoint(n)}`);
	}
}

export async function run(): Promise<Row[]> {
	const rows: Row[] = [];
	for (const { width, depth, runs } of SIZES) {
		const spec = denseNetwork(depth, width, 'tanh');
		const expanded = expandNetwork(spec);
		if (!expanded.ok) throw new Error('the bench network does not expand');
		const built = buildGraph(expanded.model);
		if (!built.ok) throw new Error('the bench network does not build');
		const graph = built.graph;
		const hand = handLoop(spec);
		const micrograd = microgradNet(spec);

		const first = pass(graph);
		const adjoint = (n: string): number => first.adjoints[graph.slots.get(n) ?? -1] ?? NaN;
		const loss = first.values[graph.lossSlot] ?? NaN;
		const checked = ['w1_1_1', `w${depth}_${width}_${width}`, 'b1', `b${depth}`, 'x1'];
		agree(graph, loss, adjoint, hand.step(), 'the hand loop', checked);
		agree(graph, loss, adjoint, micrograd.step(), 'micrograd', checked);

		// run() returns fresh arrays every time; training writes the leaves into its own arrays and reuses them
		const engine = measure(() => pass(graph), runs.engine, 5);
		const values = graph.initial.slice();
		const scratch = { adjoints: new Float64Array(values.length), factors: new Float64Array(graph.edgeCount) };
		const reused = measure(() => {
			values.set(graph.initial);
			backward(graph, forward(graph, values), scratch);
		}, runs.engine, 5);
		const perValue = measure(() => micrograd.step(), runs.micrograd, 2);
		const loop = measure(() => hand.step(), runs.hand, 20);
		rows.push({
			net: `${width} wide × ${depth} deep`,
			edges: graph.edgeCount,
			'run() (ms)': ms(engine.ms),
			'reused arrays (ms)': ms(reused.ms),
			'micrograd-style (ms)': ms(perValue.ms),
			'hand loop (ms)': ms(loop.ms),
			'run() ÷ hand': (engine.ms / loop.ms).toFixed(1),
			'reused ÷ hand': (reused.ms / loop.ms).toFixed(1),
			'micrograd-style ÷ run()': (perValue.ms / engine.ms).toFixed(1),
			'CPU: run() ÷ hand, reused ÷ hand, micrograd ÷ run()': [engine.cpuMs / loop.cpuMs, reused.cpuMs / loop.cpuMs, perValue.cpuMs / engine.cpuMs]
				.map((r) => r.toFixed(1))
				.join(', '),
			'runs (engine/micrograd/hand)': `${runs.engine}/${runs.micrograd}/${runs.hand}`
		});
	}
	return rows;
}
