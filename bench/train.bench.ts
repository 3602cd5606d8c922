/**
 * Training and layout: 10 000 full-batch GD updates of a 2-2-1 sigmoid net on XOR (4 examples, so
 * 40 000 forward and 40 000 backward passes; aim: well under a second), and laying out the worked
 * example's graph (column assignment, barycentre sweeps with crossing counts, coordinates).
 */
import fixture from '../src/lib/engine/fixtures/worked-example.json';
import { xor } from '../src/lib/engine/datasets';
import { createTrainer, randomParams, train, type TrainResult } from '../src/lib/engine/train';
import { mustBuild, net221 } from '../src/lib/engine/testing';
import { countCrossings, layoutGraph } from '../src/lib/graph/layout';
import { measure, ms, type Row } from './lib';

export const name = 'train';
export const title = 'Training a 2-2-1 sigmoid net on XOR; laying out the worked example';

const ITERATIONS = 10_000;


export async function run(): Promise<Row[]> {
	// its starting weights and learning rate are replaced by the seeded ones and η below
	const graph = mustBuild(net221());
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
