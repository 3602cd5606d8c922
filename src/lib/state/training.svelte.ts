/**
 * The training panel: the lesson's model trained on its own example in the browser, with play, pause,
 * one iteration at a time, a speed, an optimizer and a learning rate. The engine is loaded when training
 * first starts. Each animation frame makes as many updates as the speed asks for; the loss history is
 * thinned as it grows, the graph's numbers are refreshed a few times a second and the screen-reader
 * announcement every few seconds, never every frame.
 */
import type { Graph } from '../engine/model';
import type { WrittenModelSpec } from '../engine/types';
import { modelFragment } from '../playground-train/model-link';
import type { Trainer } from '../engine/train';
import type { TrainView } from '../lesson/view';
import type { PlotOptimizer } from '../plot/types';
import { formatNumber } from '../tex/format';
import { loadGraph } from './engine';
import { liveGraph } from './live-graph.svelte';

/** Iterations per second the speed control offers. */
export const SPEEDS: readonly number[] = [1, 10, 100, 1000];
export const DEFAULT_SPEED = 100;
export const OPTIMIZERS: readonly PlotOptimizer[] = ['gd', 'momentum', 'adagrad', 'rmsprop', 'adam'];

export type Stop = 'target' | 'iterations' | 'diverged';
export type TrainStatus = 'ready' | 'loading' | 'running' | 'paused' | Stop | 'failed';

/** Chart points kept before the history is thinned to every other one. */
const KEEP = 800;
/** Milliseconds between two refreshes of the graph's numbers while running. */
const GRAPH_EVERY = 200;
/** Milliseconds between two announcements to screen readers while running. */
const ANNOUNCE_EVERY = 4000;
/** Most updates in one frame, so a slow device never freezes. */
const MOST_PER_FRAME = 5000;

type Engine = Pick<typeof import('../engine/train'), 'train'> &
	Pick<typeof import('../engine/own-example'), 'ownExampleTrainer'> &
	Pick<typeof import('../engine/pass'), 'backward'>;

async function loadEngine(): Promise<Engine> {
	const [{ train }, { ownExampleTrainer }, { backward }] = await Promise.all([
		import('../engine/train'),
		import('../engine/own-example'),
		import('../engine/pass')
	]);
	return { train, ownExampleTrainer, backward };
}

/** How many earlier runs the chart keeps beside the current one (each has its own dash pattern). */
export const EARLIER_KEPT = 3;

/** A finished or abandoned run, kept on the chart for comparison. */
export interface EarlierRun {
	optimizer: PlotOptimizer;
	learningRate: number;
	iterations: number[];
	losses: number[];
}

export class Training {
	optimizer = $state<PlotOptimizer>('gd');
	/** The learning rate as typed. */
	rateText = $state('');
	/** Iterations per second. */
	speed = $state(DEFAULT_SPEED);
	status = $state<TrainStatus>('ready');
	/** Updates made so far. */
	iteration = $state(0);
	/** Loss at the current parameters. */
	loss = $state(NaN);
	/** The loss history for the chart: iteration numbers and losses, thinned as it grows. */
	history = $state.raw<{ iterations: number[]; losses: number[] }>({ iterations: [], losses: [] });
	/**
	 * Runs made before the settings last changed (or before a reset), newest last, at most EARLIER_KEPT:
	 * the chart keeps them beside the current run so optimizers and learning rates can be compared.
	 */
	earlier = $state.raw<EarlierRun[]>([]);
	/** What screen readers were last told: a snapshot, refreshed at a modest rate. */
	announced = $state.raw<{ iteration: number; loss: number; status: TrainStatus } | null>(null);
	error = $state('');

	#trainer: Trainer | null = null;
	#graph: Graph | null = null;
	#engine: Engine | null = null;
	#frame = 0;
	#last = 0;
	#budget = 0;
	#lastGraph = 0;
	#lastAnnounce = 0;
	/** The history keeps every stride-th iteration. */
	#stride = 1;
	#iterations: number[] = [];
	#losses: number[] = [];
	/** Bumped by reset, so a load that finishes afterwards is ignored. */
	#generation = 0;
	/** The optimizer and learning rate the current trainer was made with. */
	#settings: { optimizer: PlotOptimizer; learningRate: number } | null = null;

	constructor(readonly view: TrainView) {
		this.optimizer = view.optimizer;
		this.rateText = String(view.learningRate);
		this.reset();
	}

	/** The learning rate typed, or null when it is not a positive number (a decimal comma is fine). */
	get learningRate(): number | null {
		const v = Number(this.rateText.trim().replace(',', '.'));
		return this.rateText.trim() !== '' && Number.isFinite(v) && v > 0 ? v : null;
	}

	get running(): boolean {
		return this.status === 'running' || this.status === 'loading';
	}

	get stopped(): Stop | null {
		return this.status === 'target' || this.status === 'iterations' || this.status === 'diverged' ? this.status : null;
	}

	/** Back to the lesson's weights, the chosen settings kept. */
	reset(): void {
		this.#cancel();
		this.#keepRun();
		this.#generation += 1;
		this.#trainer = null;
		this.iteration = 0;
		this.loss = this.view.startLoss;
		this.#stride = 1;
		this.#iterations = [0];
		this.#losses = [this.view.startLoss];
		this.history = { iterations: [0], losses: [this.view.startLoss] };
		this.status = 'ready';
		this.error = '';
		liveGraph.numbers = null;
	}

	/** Takes the earlier runs off the chart. */
	clearEarlier(): void {
		this.earlier = [];
	}

	/** The current run, if it made any update, joins the earlier ones. */
	#keepRun(): void {
		const settings = this.#settings;
		this.#settings = null;
		if (!settings || this.iteration === 0) return;
		const iterations = [...this.#iterations];
		const losses = [...this.#losses];
		if (iterations[iterations.length - 1] !== this.iteration) {
			iterations.push(this.iteration);
			losses.push(this.loss);
		}
		this.earlier = [...this.earlier, { ...settings, iterations, losses }].slice(-EARLIER_KEPT);
	}

	setOptimizer(kind: PlotOptimizer): void {
		this.optimizer = kind;
		this.reset();
	}

	setRate(text: string): void {
		this.rateText = text;
		this.reset();
	}

	async play(): Promise<void> {
		if (this.running) return;
		if (this.stopped) this.reset();
		if (!(await this.#ensure())) return;
		this.status = 'running';
		this.#last = performance.now();
		this.#budget = 0;
		this.#frame = requestAnimationFrame((now) => this.#tick(now));
	}

	pause(): void {
		if (!this.running) return;
		this.#cancel();
		this.status = 'paused';
		this.#publish(true);
	}

	async stepOnce(): Promise<void> {
		if (this.status === 'running') this.pause();
		if (this.stopped || this.status === 'loading') return;
		if (!(await this.#ensure())) return;
		this.#advance(1);
		if (!this.stopped) this.status = 'paused';
		this.#publish(true);
	}

	/** Stops the loop and takes the numbers off the graph (the panel is leaving the page). */
	destroy(): void {
		this.#cancel();
		this.#generation += 1;
		liveGraph.numbers = null;
	}

	#cancel(): void {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
	}

	/**
	 * The model at this iteration's parameters, with the η typed, for the playground to write its whole
	 * lesson: null before the first update, while training runs, or once the loss or a parameter is not a
	 * number (a diverged run has no lesson to write).
	 */
	modelNow(): WrittenModelSpec | null {
		const trainer = this.#trainer;
		const graph = this.#graph;
		if (!trainer || !graph || this.running || this.iteration === 0 || !Number.isFinite(this.loss)) return null;
		const values = graph.params.map((p, i) => [p, trainer.params[i] ?? NaN] as const);
		if (!values.every(([, v]) => Number.isFinite(v))) return null;
		return { ...this.view.model, params: Object.fromEntries(values), learningRate: this.learningRate ?? this.view.model.learningRate };
	}

	/** `model=…` of `modelNow()` and the panel's decimals, for the playground's link, or '' when there is none. */
	lookInside(): string {
		const model = this.modelNow();
		// the lesson's own decimals, so its figures read as they did here
		return model ? modelFragment({ model, precision: this.view.decimals }) : '';
	}

	/** Loads the engine and makes the trainer, once; false (with the reason in `error`) when it cannot. */
	async #ensure(): Promise<boolean> {
		if (this.#trainer) return true;
		const rate = this.learningRate;
		if (rate === null) {
			this.status = 'failed';
			this.error = 'learning-rate';
			return false;
		}
		const generation = this.#generation;
		this.status = 'loading';
		try {
			const [engine, graph] = await Promise.all([this.#engine ?? loadEngine(), loadGraph(this.view.model)]);
			if (generation !== this.#generation) return false;
			this.#engine = engine;
			const made = engine.ownExampleTrainer(graph, { kind: this.optimizer, learningRate: rate }, this.view.start);
			if (!made.ok) throw new Error(made.issues.map((i) => i.message).join('; '));
			this.#graph = graph;
			this.#trainer = made.trainer;
			this.#settings = { optimizer: this.optimizer, learningRate: rate };
			this.loss = made.trainer.loss;
			return true;
		} catch (err) {
			if (generation !== this.#generation) return false;
			this.status = 'failed';
			this.error = err instanceof Error ? err.message : String(err);
			return false;
		}
	}

	#tick(now: number): void {
		this.#frame = 0;
		if (this.status !== 'running') return;
		// a tab in the background gets no frames: do not make up for the time it was away
		const dt = Math.min(now - this.#last, 250);
		this.#last = now;
		this.#budget += (dt / 1000) * this.speed;
		const n = Math.min(Math.floor(this.#budget), MOST_PER_FRAME);
		this.#budget -= n;
		if (n > 0) this.#advance(n);
		this.#publish(false);
		if (this.status === 'running') this.#frame = requestAnimationFrame((t) => this.#tick(t));
	}

	/** Up to n updates, stopping at the target, the last iteration or a loss that is not a number. */
	#advance(n: number): void {
		const trainer = this.#trainer;
		const engine = this.#engine;
		if (!trainer || !engine) return;
		const left = this.view.iterations - trainer.iteration;
		const result = engine.train(trainer, { maxIterations: Math.min(n, left), ...(this.view.targetLoss === undefined ? {} : { targetLoss: this.view.targetLoss }) });
		const first = trainer.iteration - result.iterations;
		result.losses.slice(1).forEach((loss, k) => this.#record(first + k + 1, loss));
		this.iteration = trainer.iteration;
		this.loss = trainer.loss;
		if (result.stopped === 'diverged') this.status = 'diverged';
		else if (result.stopped === 'target') this.status = 'target';
		else if (trainer.iteration >= this.view.iterations) this.status = 'iterations';
		if (this.stopped) this.#cancel();
	}

	#record(iteration: number, loss: number): void {
		if (iteration % this.#stride !== 0) return;
		this.#iterations.push(iteration);
		this.#losses.push(loss);
		if (this.#iterations.length > 2 * KEEP) {
			this.#stride *= 2;
			const keep = (_: number, i: number) => (this.#iterations[i] ?? 0) % this.#stride === 0;
			this.#losses = this.#losses.filter(keep);
			this.#iterations = this.#iterations.filter(keep);
		}
	}

	/** The chart, the graph's numbers and the announcement; `now` forces the last two. */
	#publish(now: boolean): void {
		const its = [...this.#iterations];
		const ls = [...this.#losses];
		// the latest point, even when the stride skips it
		if (its[its.length - 1] !== this.iteration) {
			its.push(this.iteration);
			ls.push(this.loss);
		}
		this.history = { iterations: its, losses: ls };
		const time = performance.now();
		if (now || this.stopped || time - this.#lastGraph >= GRAPH_EVERY) {
			this.#lastGraph = time;
			this.#publishGraph();
		}
		if (now || this.stopped || time - this.#lastAnnounce >= ANNOUNCE_EVERY) {
			this.#lastAnnounce = time;
			this.announced = { iteration: this.iteration, loss: this.loss, status: this.status };
		}
	}

	/** Values and gradients at the current parameters, for the graph beside the step. */
	#publishGraph(): void {
		const trainer = this.#trainer;
		const graph = this.#graph;
		const engine = this.#engine;
		const values = trainer?.examples[0];
		if (!trainer || !graph || !engine || !values) return;
		// the example's values hold the forward pass at the current parameters; backward reads them only
		const { adjoints } = engine.backward(graph, values);
		const d = this.view.decimals;
		const format = (xs: Float64Array) => Object.fromEntries(graph.names.map((n, i) => [n, formatNumber(xs[i] ?? NaN, d)]));
		liveGraph.numbers = { iteration: trainer.iteration, values: format(values), gradients: format(adjoints) };
	}
}
