/**
 * Training and layout timings: 10 000 full-batch GD updates of a 2-2-1 sigmoid net on XOR (4 examples,
 * so 40 000 forward and 40 000 backward passes), and laying out the worked example's graph.
 * `npx tsx bench/train.bench.ts` runs it alone; `run()` is for a bench runner.
 */
import { pathToFileURL } from 'node:url';
import fixture from '../src/lib/engine/fixtures/worked-example.json';
import { xor } from '../src/lib/engine/datasets';
import { createTrainer, randomParams, train } from '../src/lib/engine/train';
import { mustBuild } from '../src/lib/engine/testing';
import type { ModelSpec } from '../src/lib/engine/types';
import { layoutGraph } from '../src/lib/graph/layout';

const ITERATIONS = 10_000;
const LAYOUT_RUNS = 50;

/** The 2-2-1 sigmoid net with E = ½(t − ŷ)², inputs x1, x2 and target t. */
const NET_221: ModelSpec = {
	inputs: { x1: 0, x2: 0 },
	targets: { t: 0 },
	params: { w1: 0, w2: 0, w3: 0, w4: 0, b1: 0, b2: 0, w5: 0, w6: 0, b3: 0 },
	constants: {},
	nodes: [
		{ name: 'sum_n1', expr: 'x1*w1 + x2*w3 + b1' },
		{ name: 'n1', expr: 'sigmoid(sum_n1)' },
		{ name: 'sum_n2', expr: 'x1*w2 + x2*w4 + b2' },
		{ name: 'n2', expr: 'sigmoid(sum_n2)' },
		{ name: 'sum_yhat', expr: 'n1*w5 + n2*w6 + b3' },
		{ name: 'yhat', expr: 'sigmoid(sum_yhat)' },
		{ name: 'E', expr: '0.5*(t - yhat)^2' }
	],
	loss: 'E',
	learningRate: 2
};

export interface TrainBench {
	/** Milliseconds for ITERATIONS full-batch updates. */
	trainMs: number;
	initialLoss: number;
	finalLoss: number;
	/** Milliseconds to lay out the worked example: the first (cold) run and the mean of the next LAYOUT_RUNS. */
	layoutFirstMs: number;
	layoutMeanMs: number;
}

export function run(): TrainBench {
	const graph = mustBuild(NET_221);
	const result = createTrainer(graph, xor(), {
		inputs: ['x1', 'x2'],
		targets: ['t'],
		optimizer: { kind: 'gd', learningRate: 2 },
		schedule: { kind: 'full-batch' },
		params: randomParams(graph, 42)
	});
	if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	const t0 = performance.now();
	const trained = train(result.trainer, { maxIterations: ITERATIONS });
	const trainMs = performance.now() - t0;

	const worked = mustBuild(fixture.model);
	const l0 = performance.now();
	layoutGraph(worked);
	const layoutFirstMs = performance.now() - l0;
	const l1 = performance.now();
	for (let i = 0; i < LAYOUT_RUNS; i++) layoutGraph(worked);
	const layoutMeanMs = (performance.now() - l1) / LAYOUT_RUNS;

	const bench = { trainMs, initialLoss: trained.losses[0] ?? NaN, finalLoss: trained.loss, layoutFirstMs, layoutMeanMs };
	console.log(`train: ${ITERATIONS} full-batch GD updates, 2-2-1 sigmoid net on XOR: ${trainMs.toFixed(0)} ms`);
	console.log(`  mean loss ${bench.initialLoss.toFixed(5)} → ${bench.finalLoss.toExponential(3)}`);
	console.log(`layout: worked example (${worked.names.length} names, ${worked.edgeCount} edges): first ${layoutFirstMs.toFixed(2)} ms, then ${layoutMeanMs.toFixed(3)} ms each`);
	return bench;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
