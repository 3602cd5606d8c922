/**
 * One training run of the page, from its settings: the data set drawn and split, the net built by the
 * engine, a trainer over the training examples and one over the held-out ones (which only measures),
 * and the heat maps. Plain TypeScript, so the page's figures can be tested without a browser.
 */
import { planeSet, planeSetKind, splitDataset, type Dataset } from '../engine/datasets';
import { withFeatures } from '../engine/features';
import type { NetworkIssue, NetworkSpec } from '../engine/layered';
import type { OptimizerSpec } from '../engine/optimizers';
import { buildPlaneNet, createPlaneMaps, drawPlaneMaps, exampleNetwork, type PlaneMaps, type PlaneNet, type Problem } from '../engine/plane-net';
import { createTrainer, setParams, trainStep, type Regularization, type Trainer, type TrainIssue } from '../engine/train';
import { modelFragment } from './model-link';
import { DATASET_SIZE, type TrainSettings } from './settings';

/** Cells per side of the output's heat map and of each hidden unit's. */
export const MAP_RESOLUTION = 40;

export interface Session {
	settings: TrainSettings;
	problem: Problem;
	net: PlaneNet;
	/** The points (x, y) and targets, before the features are computed: what the map draws. */
	trainPoints: Dataset;
	testPoints: Dataset;
	trainer: Trainer;
	/** Measures the held-out loss at the trainer's parameters; never updated by its own gradient. */
	held: Trainer;
	maps: PlaneMaps;
}

export type SessionResult = { ok: true; session: Session } | { ok: false; issues: (NetworkIssue | TrainIssue)[] };

export function optimizerOf(settings: TrainSettings): OptimizerSpec {
	return { kind: settings.optimizer, learningRate: settings.learningRate };
}

/** The penalty on the weights only, as TensorFlow Playground does: the biases are left free. */
export function regularizationOf(settings: TrainSettings, net: PlaneNet): Regularization {
	if (settings.regularization === 'none') return { kind: 'none' };
	return { kind: settings.regularization, rate: settings.regularizationRate, params: net.graph.params.filter((p) => p.startsWith('w')) };
}

export function createSession(settings: TrainSettings): SessionResult {
	const problem = planeSetKind(settings.dataset);
	const built = buildPlaneNet({
		features: settings.features,
		hidden: settings.hidden,
		activation: settings.activation,
		problem,
		learningRate: settings.learningRate,
		seed: settings.seed
	});
	if (!built.ok) return built;
	const { net } = built;
	const all = planeSet(settings.dataset, { seed: settings.seed, n: DATASET_SIZE, noise: settings.noise / 100 });
	const { train, test } = splitDataset(all, settings.ratio / 100, settings.seed);
	const make = (data: Dataset) =>
		createTrainer(net.graph, withFeatures(data, settings.features), {
			inputs: net.inputs,
			targets: net.targets,
			optimizer: optimizerOf(settings),
			schedule: settings.batch >= train.inputs.length ? { kind: 'full-batch' } : { kind: 'mini-batch', size: settings.batch, seed: settings.seed },
			params: net.initial,
			regularization: regularizationOf(settings, net)
		});
	const trainer = make(train);
	if (!trainer.ok) return trainer;
	const held = make(test);
	if (!held.ok) return held;
	const maps = createPlaneMaps(net, MAP_RESOLUTION);
	drawPlaneMaps(net, net.initial, maps);
	return { ok: true, session: { settings, problem, net, trainPoints: train, testPoints: test, trainer: trainer.trainer, held: held.trainer, maps } };
}

/** Updates until `count` are made or `budgetMs` has passed (at least one); returns how many were made. */
export function advance(session: Session, count: number, budgetMs = Infinity, now: () => number = () => performance.now()): number {
	const start = now();
	let made = 0;
	while (made < count) {
		trainStep(session.trainer);
		made += 1;
		if (!Number.isFinite(session.trainer.loss) || now() - start >= budgetMs) break;
	}
	return made;
}

/** The held-out loss and the heat maps at the trainer's current parameters: what a redraw needs. */
export function measure(session: Session): number {
	drawPlaneMaps(session.net, session.trainer.params, session.maps);
	return setParams(session.held, session.trainer.params);
}

/** The lesson of one training example at the current weights: the network the playground's link holds. */
export function exampleAt(session: Session, index: number): NetworkSpec {
	const { trainer, net, settings } = session;
	return exampleNetwork(net, trainer.params, trainer.data.inputs[index] ?? [], trainer.data.targets[index]?.[0] ?? NaN, settings.learningRate);
}

/** `model=…` for the playground page, holding `{ "network": … }` of that example. */
export function lookInsideFragment(session: Session, index: number): string {
	return modelFragment({ network: exampleAt(session, index) });
}
