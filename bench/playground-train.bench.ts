/**
 * The training page's speed: iterations per second of a dense net on the circle (200 training points,
 * 200 held out), trained alone, and with what the page does each time it redraws: the held-out loss and
 * the heat maps (the output and every hidden unit over a 40 × 40 grid). The redraw is timed here after
 * every iteration, the worst case; the page redraws once per animation frame. Aim: ≥ 30 iterations per
 * second at 2-8-8-1 with the boundary redrawn. The baseline in the same run is the 2-2-1 net with two
 * features, so a slow machine moves every row alike; the CPU-time column says what a busy machine hides.
 */
import { planeSet, splitDataset, type Dataset } from '../src/lib/engine/datasets';
import { FEATURES, withFeatures, type Feature } from '../src/lib/engine/features';
import { buildPlaneNet, createPlaneMaps, drawPlaneMaps, type PlaneNet } from '../src/lib/engine/plane-net';
import { createTrainer, setParams, trainStep, type Schedule, type Trainer } from '../src/lib/engine/train';
import { measure, ms, type Row } from './lib';

export const name = 'playground-train';
export const title = 'Training page: iterations per second on the circle (200 training points), alone and with the boundary redrawn';

const ITERATIONS = 60;
const RESOLUTION = 40;

function mustNet(features: readonly Feature[], hidden: number[]): PlaneNet {
	const result = buildPlaneNet({ features, hidden, activation: 'tanh', problem: 'classification', learningRate: 0.03, seed: 1 });
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.net;
}

function mustTrainer(net: PlaneNet, data: Dataset, schedule: Schedule): Trainer {
	const result = createTrainer(net.graph, withFeatures(data, net.config.features), {
		inputs: net.inputs,
		targets: net.targets,
		optimizer: { kind: 'adam', learningRate: 0.03 },
		schedule,
		params: net.initial,
		regularization: { kind: 'l2', rate: 0.001, params: net.graph.params.filter((p) => p.startsWith('w')) }
	});
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.trainer;
}

export async function run(): Promise<Row[]> {
	const { train, test } = splitDataset(planeSet('circle', { seed: 1, n: 400, noise: 0.1 }), 0.5, 1);
	const nets: [string, PlaneNet][] = [
		['2-2-1 (baseline)', mustNet(['x', 'y'], [2])],
		['2-8-8-1', mustNet(['x', 'y'], [8, 8])],
		['7-16-16-16-1', mustNet(FEATURES, [16, 16, 16])]
	];
	const schedules: [string, Schedule][] = [
		['batch 10', { kind: 'mini-batch', size: 10, seed: 1 }],
		['full batch', { kind: 'full-batch' }]
	];
	const rows: Row[] = [];
	for (const [label, net] of nets) {
		for (const [batch, schedule] of schedules) {
			const alone = measure(() => {
				const trainer = mustTrainer(net, train, schedule);
				for (let i = 0; i < ITERATIONS; i++) trainStep(trainer);
			}, 3, 1);
			const maps = createPlaneMaps(net, RESOLUTION);
			let loss = NaN;
			const redrawn = measure(() => {
				const trainer = mustTrainer(net, train, schedule);
				const held = mustTrainer(net, test, schedule);
				for (let i = 0; i < ITERATIONS; i++) {
					trainStep(trainer);
					loss = setParams(held, trainer.params);
					drawPlaneMaps(net, trainer.params, maps);
				}
			}, 3, 1);
			const perSecond = (t: number) => Math.round((ITERATIONS * 1000) / t);
			rows.push({
				net: label,
				batch,
				'it/s training': perSecond(alone.ms),
				'it/s + held-out + maps': perSecond(redrawn.ms),
				// CPU time of this process: what the figure would be on a machine doing nothing else
				'same, by CPU time': perSecond(redrawn.cpuMs),
				'ms per redraw': ms((redrawn.ms - alone.ms) / ITERATIONS),
				maps: `${1 + maps.units.length} × ${RESOLUTION}²`,
				'held-out loss': loss.toFixed(4)
			});
		}
	}
	return rows;
}
