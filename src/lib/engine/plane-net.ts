/**
 * A dense net on the plane, as the training page builds it: the chosen features as inputs, hidden layers
 * of one activation, and one output, a sigmoid with binary cross-entropy for two classes or a linear unit
 * with ½(y − ŷ)² for a regression. The net is the layered shorthand (layered.ts) expanded and compiled
 * like any lesson's model, so the figures the page shows and the lesson "look inside" opens come from the
 * same graph. Also: the net's output and every hidden unit's activation over a grid of the plane (the
 * heat maps), and one example's network at the current weights (the lesson of one iteration).
 */
import { PLANE_EXTENT } from './datasets';
import { featureRow, type Feature } from './features';
import { expandNetwork, type Activation, type LossKind, type NetworkIssue, type NetworkSpec } from './layered';
import { buildGraph, type Graph } from './model';
import { forward } from './pass';
import { seededRng } from './random';

export type Problem = 'classification' | 'regression';

export interface PlaneNetConfig {
	/** The inputs, in FEATURES order (orderFeatures). */
	features: readonly Feature[];
	/** Sizes of the hidden layers, first to last; none is a linear (or logistic) model. */
	hidden: readonly number[];
	/** The hidden layers' activation. */
	activation: Activation;
	problem: Problem;
	/** η, written into the network (and so into the lesson of one iteration). */
	learningRate: number;
	/** Seed of the starting weights. */
	seed: number;
}

export interface PlaneNet {
	config: PlaneNetConfig;
	/** The shorthand at the starting weights. */
	network: NetworkSpec;
	graph: Graph;
	/** Input names x1 … xn, one per feature. */
	inputs: string[];
	/** The one target, y1. */
	targets: string[];
	/** The starting parameters, in `graph.params` order. */
	initial: Float64Array;
	/** Slot of ŷ (yhat1). */
	outputSlot: number;
	/** Slot of each hidden unit a{l}_{j}: `unitSlots[l − 1][j − 1]`. */
	unitSlots: number[][];
}

export type PlaneNetResult = { ok: true; net: PlaneNet } | { ok: false; issues: NetworkIssue[] };

/** Output activation and loss of each kind of problem. */
const OUTPUT: Record<Problem, { activation: Activation; loss: LossKind }> = {
	classification: { activation: 'sigmoid', loss: 'bce' },
	regression: { activation: 'linear', loss: 'half-sse' }
};

/** The net, its weights uniform in [−0.5, 0.5) and its biases 0.1 (TensorFlow Playground's start), from the seed. */
export function buildPlaneNet(config: PlaneNetConfig): PlaneNetResult {
	const rng = seededRng(config.seed);
	const layers = [config.features.length, ...config.hidden, 1];
	const out = OUTPUT[config.problem];
	const network: NetworkSpec = {
		layers,
		activations: [...config.hidden.map(() => config.activation), out.activation],
		inputs: config.features.map(() => 0),
		targets: [0],
		weights: layers.slice(1).map((n, l) => Array.from({ length: n }, () => Array.from({ length: layers[l] ?? 0 }, () => rng.range(-0.5, 0.5)))),
		biases: layers.slice(1).map((n) => Array.from({ length: n }, () => 0.1)),
		loss: out.loss,
		learningRate: config.learningRate
	};
	const expanded = expandNetwork(network);
	if (!expanded.ok) return expanded;
	const built = buildGraph(expanded.model, 'network');
	if (!built.ok) return { ok: false, issues: built.issues };
	const { graph } = built;
	const slot = (name: string) => graph.slots.get(name) ?? -1;
	return {
		ok: true,
		net: {
			config,
			network,
			graph,
			inputs: config.features.map((_, k) => `x${k + 1}`),
			targets: ['y1'],
			initial: Float64Array.from(graph.params, (p) => graph.initial[slot(p)] ?? NaN),
			outputSlot: slot('yhat1'),
			unitSlots: config.hidden.map((n, l) => Array.from({ length: n }, (_, j) => slot(`a${l + 1}_${j + 1}`)))
		}
	};
}

/** The net's output and each hidden unit's activation on a square grid over [−extent, extent]². */
export interface PlaneMaps {
	/** Cells per side. */
	resolution: number;
	extent: number;
	/** ŷ at each cell, row by row from the top (y = +extent) down, each row from the left. */
	output: Float32Array;
	/** Each hidden unit's activation, layer by layer, unit by unit, laid out as `output`. */
	units: Float32Array[];
	/** The features at each cell's centre, `features.length` per cell: fixed, so computed once. */
	cells: Float64Array;
	/** One pass's values, reused. */
	values: Float64Array;
}

export function createPlaneMaps(net: PlaneNet, resolution: number, extent = PLANE_EXTENT): PlaneMaps {
	const nf = net.config.features.length;
	const cells = new Float64Array(resolution * resolution * nf);
	const row: number[] = [];
	for (let i = 0; i < resolution; i++) {
		const y = extent - ((i + 0.5) / resolution) * 2 * extent;
		for (let j = 0; j < resolution; j++) {
			const x = -extent + ((j + 0.5) / resolution) * 2 * extent;
			cells.set(featureRow(net.config.features, x, y, row), (i * resolution + j) * nf);
		}
	}
	const size = resolution * resolution;
	return {
		resolution,
		extent,
		output: new Float32Array(size),
		units: net.unitSlots.flat().map(() => new Float32Array(size)),
		cells,
		values: net.graph.initial.slice()
	};
}

/** Fills the maps with one forward pass per cell at `params` (in `graph.params` order). */
export function drawPlaneMaps(net: PlaneNet, params: Float64Array, maps: PlaneMaps): void {
	const { graph } = net;
	const { values, cells, output, units } = maps;
	graph.params.forEach((p, k) => (values[graph.slots.get(p) ?? 0] = params[k] ?? NaN));
	const inputSlots = net.inputs.map((x) => graph.slots.get(x) ?? 0);
	const unitSlots = net.unitSlots.flat();
	const nf = inputSlots.length;
	const size = output.length;
	for (let c = 0; c < size; c++) {
		for (let k = 0; k < nf; k++) values[inputSlots[k] ?? 0] = cells[c * nf + k] ?? NaN;
		forward(graph, values);
		output[c] = values[net.outputSlot] ?? NaN;
		for (let u = 0; u < unitSlots.length; u++) {
			const map = units[u];
			if (map) map[c] = values[unitSlots[u] ?? 0] ?? NaN;
		}
	}
}

/**
 * The net at `params` with one example's features and target, as the layered shorthand a lesson reads:
 * its lesson shows every forward value, factor and gradient of that example's data loss, and the plain
 * gradient-descent update w − η·∂L/∂w.
 */
export function exampleNetwork(net: PlaneNet, params: Float64Array, inputs: readonly number[], target: number, learningRate: number): NetworkSpec {
	const { graph, network } = net;
	const byName = new Map(graph.params.map((p, k) => [p, params[k] ?? NaN]));
	const value = (name: string) => byName.get(name) ?? NaN;
	return {
		...network,
		inputs: [...inputs],
		targets: [target],
		weights: network.weights.map((matrix, l) => matrix.map((row, j) => row.map((_, k) => value(`w${l + 1}_${j + 1}_${k + 1}`)))),
		biases: network.layers.slice(1).map((n, l) => Array.from({ length: n }, (_, j) => value(`b${l + 1}_${j + 1}`))),
		learningRate
	};
}
