/**
 * Training and layout: 10 000 full-batch GD updates of a 2-2-1 sigmoid net on XOR (4 examples, so
 * 40 000 forward and 40 000 backward passes; aim: well under a second), and laying out the worked
 * example's graph (column assignment, barycentre sweeps with crossing counts, coordinates).
 */
import fixture from '../src/lib/engine/fixtures/worked-example.json';
import { xor } from '../src/lib/engine/datasets';
import { createTrainer, randomParams, train, type TrainResult } from '../src/lib/engine/train';
import { mustBuild } from '../src/lib/engine/testing';
import type { ModelSpec } from '../src/lib/engine/types';
import { countCrossings, layoutGraph } from '../src/lib/graph/layout';
import { measure, ms, type Row } from './lib';

export const name = 'train';
export const title = 'Training a 2-2-1 sigmoid net on XOR; laying out the worked example';

const ITERATIONS = 10_000;

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

export async function run(): Promise<Row[]> {
	const graph = mustBuild(NET_221);
	let trained: TrainResult | undefined;
	const training = measure(() => {
		const result = createTrainer(graph, xor(), {
			inputs: ['x1', 'x2'],
			targets: ['t'],
			optimizer: { kind: 'gd', learningRate: 2 },
			schedule: { kind: 'full-batch' },
			params: randomParams(graph, 42)
		});
		if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
		trained = train(result.trainer, { maxIterations: ITERATIONS });
	}, 5, 1);
	if (!trained) throw new Error('training did not run');

	const worked = mustBuild(fixture.model);
	const layout = measure(() => layoutGraph(worked), 50);
	return [
		{
			task: `XOR, ${ITERATIONS} full-batch GD updates (η = 2, seed 42)`,
			ms: ms(training.ms),
			result: `mean loss ${(trained.losses[0] ?? NaN).toFixed(5)} → ${trained.loss.toExponential(3)}`
		},
		{
			task: `layout of the worked example (${worked.names.length} names, ${worked.edgeCount} edges)`,
			ms: ms(layout.ms),
			result: `${countCrossings(layoutGraph(worked))} crossings`
		}
	];
}
