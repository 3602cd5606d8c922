/**
 * Training a model on a data set: the model's input and target leaves are bound to the data set's
 * columns, and each update averages ∂E/∂w over a batch of examples before the optimizer steps.
 *
 *   full batch   every example in every update (one update = one epoch)
 *   SGD          one example per update, in an order shuffled from a seed at the start of each epoch
 *   mini-batch   b examples per update, shuffled the same way: ⌈n / b⌉ updates per epoch, the last one
 *                holding the n mod b examples left over when b does not divide n
 *
 * The loss of the data set is the mean over the examples of the model's loss node (E_total for the
 * worked example's net). Speed: each example keeps its own Float64Array of values, its inputs and
 * targets written once; after an update the new parameters are written into every example and one
 * forward pass gives the new loss; the next update's backward passes reuse those values. So a full-batch
 * update costs one forward and one backward pass per example, and no Trace is built in the loop.
 *
 * Regularisation adds a penalty on the weights to what each update minimises, as TensorFlow Playground
 * does: L1 λ·Σ|w| (gradient λ·sign w, 0 at w = 0), L2 λ·½Σw² (gradient λ·w). `loss` stays the data loss
 * alone, the mean of the loss node, so the held-out loss reads the same with or without it.
 */
import type { Dataset } from './datasets';
import type { Graph } from './model';
import { applyOptimizer, createOptimizer, optimizerIssues, stepOptimizer, type OptimizerSpec, type OptimizerState, type OptimizerStep } from './optimizers';
import { backward, forward } from './pass';
import { seededRng, type Rng } from './random';

export type Schedule = { kind: 'full-batch' } | { kind: 'sgd'; seed: number } | { kind: 'mini-batch'; size: number; seed: number };

export type Regularization = { kind: 'none' } | { kind: 'l1' | 'l2'; rate: number; params?: readonly string[] };

export interface TrainOptions {
	/** The model's input names, in the order of the data set's input columns. */
	inputs: readonly string[];
	/** The model's target names, in the order of the data set's target columns. */
	targets: readonly string[];
	optimizer: OptimizerSpec;
	schedule: Schedule;
	/** Starting parameters in `graph.params` order (see randomParams); the model's own values otherwise. */
	params?: Float64Array;
	/** A penalty on the parameters named (every parameter when `params` is left out); none by default. */
	regularization?: Regularization;
}

/** What one update did, for display. */
export interface UpdateRecord {
	/** 1 for the first update. */
	iteration: number;
	/** The epoch this update belongs to, 1 for the first pass over the data. */
	epoch: number;
	/** Indices of the examples in the batch. */
	batch: number[];
	/** Mean loss over the batch, before the update. */
	batchLoss: number;
	/** ∂(mean batch loss + penalty)/∂w for every parameter, in `graph.params` order: the g the optimizer used. */
	gradient: Float64Array;
	optimizer: OptimizerStep;
	/** Mean loss over the whole data set, after the update. */
	loss: number;
}

export interface Trainer {
	readonly graph: Graph;
	readonly data: Dataset;
	readonly schedule: Schedule;
	/** Current parameters, in `graph.params` order. */
	readonly params: Float64Array;
	readonly optimizer: OptimizerState;
	/** Updates so far. */
	iteration: number;
	/** Complete passes over the data so far. */
	epoch: number;
	/** Mean loss over the data set at the current parameters. */
	loss: number;
	/** The latest update, null before the first. */
	last: UpdateRecord | null;
	/** Values of every name for each example, at the current parameters. */
	readonly examples: Float64Array[];
	readonly paramSlots: Int32Array;
	/** Examples per update (n for full batch, 1 for SGD). */
	readonly batchSize: number;
	/** The current epoch's order of examples. */
	readonly order: Int32Array;
	/** Position in `order` of the next batch. */
	cursor: number;
	/** Scratch for the batch's mean gradient, in `graph.params` order. */
	readonly gradient: Float64Array;
	/** Scratch for each example's backward pass (∂loss/∂name by slot, ∂node/∂var by edge), reused so no pass allocates. */
	readonly scratch: { adjoints: Float64Array; factors: Float64Array };
	readonly rng: Rng | null;
	readonly regularization: Regularization;
	/** 1 for each parameter (in `graph.params` order) the penalty applies to. */
	readonly penalised: Uint8Array;
}

export interface TrainIssue {
	/** Where, as a path from the training options: `inputs[1]`, `schedule.size`. */
	path: string;
	message: string;
}

export type TrainerResult = { ok: true; trainer: Trainer } | { ok: false; issues: TrainIssue[] };

/** Parameters uniform in [−scale, scale), in `graph.params` order: a seeded random start. */
export function randomParams(graph: Graph, seed: number, scale = 1): Float64Array {
	const rng = seededRng(seed);
	return Float64Array.from(graph.params, () => rng.range(-scale, scale));
}

/** The current parameters by name. */
export function paramValues(trainer: Trainer): Record<string, number> {
	const out: Record<string, number> = {};
	trainer.graph.params.forEach((p, k) => (out[p] = trainer.params[k] ?? NaN));
	return out;
}

function bindSlots(graph: Graph, names: readonly string[], kind: 'input' | 'target', field: string, issues: TrainIssue[]): Int32Array {
	return Int32Array.from(names, (name, i) => {
		const info = graph.symbols.get(name);
		if (!info) issues.push({ path: `${field}[${i}]`, message: `the model has no name "${name}"` });
		else if (info.kind !== kind) issues.push({ path: `${field}[${i}]`, message: `"${name}" is a ${info.kind}, not ${kind === 'input' ? 'an input' : 'a target'}` });
		return graph.slots.get(name) ?? -1;
	});
}

function checkRows(rows: number[][], width: number, field: string, issues: TrainIssue[]): void {
	rows.forEach((row, i) => {
		if (row.length !== width) issues.push({ path: `data.${field}[${i}]`, message: `has ${row.length} values, expected ${width}` });
		else if (!row.every(Number.isFinite)) issues.push({ path: `data.${field}[${i}]`, message: 'holds a value that is not a finite number' });
	});
}

export function createTrainer(graph: Graph, data: Dataset, options: TrainOptions): TrainerResult {
	const issues: TrainIssue[] = [];
	const inputSlots = bindSlots(graph, options.inputs, 'input', 'inputs', issues);
	const targetSlots = bindSlots(graph, options.targets, 'target', 'targets', issues);
	const n = data.inputs.length;
	if (n === 0) issues.push({ path: 'data.inputs', message: 'the data set has no examples' });
	if (data.targets.length !== n) issues.push({ path: 'data.targets', message: `has ${data.targets.length} rows, expected ${n} (one per example)` });
	checkRows(data.inputs, options.inputs.length, 'inputs', issues);
	checkRows(data.targets, options.targets.length, 'targets', issues);
	for (const message of optimizerIssues(options.optimizer)) issues.push({ path: 'optimizer', message });
	const { schedule } = options;
	if (schedule.kind === 'mini-batch' && !(Number.isInteger(schedule.size) && schedule.size >= 1)) {
		issues.push({ path: 'schedule.size', message: `the batch size must be a whole number ≥ 1, not ${schedule.size}` });
	}
	const regularization = options.regularization ?? { kind: 'none' };
	if (regularization.kind !== 'none') {
		if (!(Number.isFinite(regularization.rate) && regularization.rate >= 0)) {
			issues.push({ path: 'regularization.rate', message: `the rate must be a finite number ≥ 0, not ${regularization.rate}` });
		}
		regularization.params?.forEach((p, i) => {
			if (!graph.params.includes(p)) issues.push({ path: `regularization.params[${i}]`, message: `the model has no parameter "${p}"` });
		});
	}
	const named = regularization.kind === 'none' ? [] : (regularization.params ?? graph.params);
	const penalised = Uint8Array.from(graph.params, (p) => (named.includes(p) ? 1 : 0));
	const paramSlots = Int32Array.from(graph.params, (p) => graph.slots.get(p) ?? -1);
	if (options.params && options.params.length !== paramSlots.length) {
		issues.push({ path: 'params', message: `has ${options.params.length} values, expected ${paramSlots.length} (one per parameter of the model)` });
	}
	if (issues.length > 0) return { ok: false, issues };

	const params = options.params ? options.params.slice() : Float64Array.from(paramSlots, (s) => graph.initial[s] ?? NaN);
	const examples = data.inputs.map((row, i) => {
		const values = graph.initial.slice();
		inputSlots.forEach((s, k) => (values[s] = row[k] ?? NaN));
		const targets = data.targets[i] ?? [];
		targetSlots.forEach((s, k) => (values[s] = targets[k] ?? NaN));
		return values;
	});
	const batchSize = schedule.kind === 'full-batch' ? n : schedule.kind === 'sgd' ? 1 : Math.min(schedule.size, n);
	const trainer: Trainer = {
		graph,
		data,
		schedule,
		params,
		optimizer: createOptimizer(params.length, options.optimizer),
		iteration: 0,
		epoch: 0,
		loss: NaN,
		last: null,
		examples,
		paramSlots,
		batchSize,
		order: Int32Array.from({ length: n }, (_, i) => i),
		cursor: 0,
		gradient: new Float64Array(params.length),
		scratch: { adjoints: new Float64Array(graph.names.length), factors: new Float64Array(graph.edgeCount) },
		rng: schedule.kind === 'full-batch' ? null : seededRng(schedule.seed),
		regularization,
		penalised
	};
	trainer.loss = refresh(trainer);
	return { ok: true, trainer };
}

/** Writes the current parameters into every example, runs the forward passes, returns the mean loss. */
function refresh(trainer: Trainer): number {
	const { graph, params, paramSlots, examples } = trainer;
	let total = 0;
	for (const values of examples) {
		for (let k = 0; k < paramSlots.length; k++) values[paramSlots[k] ?? 0] = params[k] ?? NaN;
		forward(graph, values);
		total += values[graph.lossSlot] ?? NaN;
	}
	return total / examples.length;
}

/** The penalty at the current parameters: λ·Σ|w| (L1) or λ·½Σw² (L2) over the penalised ones, 0 without one. */
export function penalty(trainer: Trainer): number {
	const r = trainer.regularization;
	if (r.kind === 'none') return 0;
	let sum = 0;
	trainer.params.forEach((w, k) => {
		if (trainer.penalised[k]) sum += r.kind === 'l1' ? Math.abs(w) : 0.5 * w * w;
	});
	return r.rate * sum;
}

/** Adds ∂penalty/∂w to the batch's gradient: λ·sign w (L1) or λ·w (L2). */
function addPenaltyGradient(trainer: Trainer, gradient: Float64Array): void {
	const r = trainer.regularization;
	if (r.kind === 'none' || r.rate === 0) return;
	const { params, penalised } = trainer;
	for (let k = 0; k < gradient.length; k++) {
		if (!penalised[k]) continue;
		const w = params[k] ?? 0;
		gradient[k] = (gradient[k] ?? 0) + r.rate * (r.kind === 'l1' ? Math.sign(w) : w);
	}
}

/**
 * Puts `params` into the trainer (without an update) and returns the mean data loss there: how a trainer
 * over held-out examples measures the parameters another trainer learned.
 */
export function setParams(trainer: Trainer, params: Float64Array): number {
	trainer.params.set(params);
	trainer.loss = refresh(trainer);
	return trainer.loss;
}

/** Fisher–Yates with the trainer's seeded generator. */
function shuffle(order: Int32Array, rng: Rng): void {
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rng.next() * (i + 1));
		const a = order[i] ?? 0;
		order[i] = order[j] ?? 0;
		order[j] = a;
	}
}

/** The next batch as the range [start, end) of `order`, shuffling at the start of each epoch. */
function nextBatch(trainer: Trainer): { start: number; end: number } {
	const n = trainer.order.length;
	if (trainer.cursor === 0 && trainer.rng) shuffle(trainer.order, trainer.rng);
	const start = trainer.cursor;
	const end = Math.min(start + trainer.batchSize, n);
	trainer.cursor = end >= n ? 0 : end;
	return { start, end };
}

/** One update; with `record`, also the UpdateRecord in `trainer.last`. */
function update(trainer: Trainer, record: boolean): number {
	const { graph, paramSlots, examples, order, gradient, scratch } = trainer;
	const { start, end } = nextBatch(trainer);
	const epoch = trainer.epoch + 1;
	if (trainer.cursor === 0) trainer.epoch += 1;
	gradient.fill(0);
	let batchLoss = 0;
	for (let b = start; b < end; b++) {
		const values = examples[order[b] ?? 0];
		if (!values) continue;
		batchLoss += values[graph.lossSlot] ?? NaN;
		// values already hold this example's forward pass at the current parameters
		const { adjoints } = backward(graph, values, scratch);
		for (let k = 0; k < paramSlots.length; k++) gradient[k] = (gradient[k] ?? 0) + (adjoints[paramSlots[k] ?? 0] ?? 0);
	}
	// the batch's loss is the mean of its examples' losses, so its gradient is the mean of theirs
	const size = end - start;
	for (let k = 0; k < gradient.length; k++) gradient[k] = (gradient[k] ?? 0) / size;
	addPenaltyGradient(trainer, gradient);
	const step = record ? stepOptimizer(trainer.optimizer, trainer.params, gradient) : null;
	if (!step) applyOptimizer(trainer.optimizer, trainer.params, gradient);
	trainer.iteration += 1;
	trainer.loss = refresh(trainer);
	trainer.last = step && {
		iteration: trainer.iteration,
		epoch,
		batch: Array.from(order.subarray(start, end)),
		batchLoss: batchLoss / size,
		gradient: gradient.slice(),
		optimizer: step,
		loss: trainer.loss
	};
	return trainer.loss;
}

/** One update on the next batch, recorded in `trainer.last`; returns the new mean loss over the whole data set. */
export function trainStep(trainer: Trainer): number {
	return update(trainer, true);
}

export interface TrainUntil {
	/** Stop after this many updates. */
	maxIterations: number;
	/** Stop as soon as the mean loss is at or below this. */
	targetLoss?: number;
}

export interface TrainResult {
	/** Mean loss over the data set: before training, then after each update. */
	losses: number[];
	/** Updates made by this call. */
	iterations: number;
	/** Why it stopped: the target was reached, the updates ran out, or the loss stopped being a number. */
	stopped: 'target' | 'iterations' | 'diverged';
	loss: number;
}

/** Updates until the target loss or the iteration count; keeps the loss history, not the records (`last` is null after). */
export function train(trainer: Trainer, until: TrainUntil): TrainResult {
	const losses = [trainer.loss];
	const target = until.targetLoss ?? -Infinity;
	let iterations = 0;
	let stopped: TrainResult['stopped'] = 'iterations';
	if (trainer.loss <= target) stopped = 'target';
	else if (!Number.isFinite(trainer.loss)) stopped = 'diverged';
	else {
		while (iterations < until.maxIterations) {
			const loss = update(trainer, false);
			iterations += 1;
			losses.push(loss);
			if (!Number.isFinite(loss)) {
				stopped = 'diverged';
				break;
			}
			if (loss <= target) {
				stopped = 'target';
				break;
			}
		}
	}
	return { losses, iterations, stopped, loss: trainer.loss };
}
