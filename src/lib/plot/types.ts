/**
 * What a plot block carries: plain numbers computed at build time (by the engine), drawn in the browser
 * with d3-scale and d3-shape. Imports nothing, so page data stays JSON.
 */

export type PlotActivation = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu' | 'gelu' | 'gelu_tanh' | 'softplus' | 'swish' | 'step';
export type PlotOptimizer = 'gd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam';
/** A path on an optimizers plot: one of the optimizers, or Newton's method (no η). */
export type PlotMethod = PlotOptimizer | 'newton';

/** An activation f and its derivative f′ on one chart. */
export interface ActivationPlotView {
	kind: 'activation';
	activation: PlotActivation;
	/** Sample points z, evenly spaced, and f(z), f′(z) there (f′ is the engine's own derivative). */
	z: number[];
	f: number[];
	df: number[];
	/** The point the step marks: z is the value of a node of the lesson. */
	at?: { node: string; label: string; z: number; f: number; df: number };
	decimals: number;
}

/** One node's value over the iterations of training, and where it is lowest. */
export interface LossSeries {
	node: string;
	/** Plain-text label (E_val). */
	label: string;
	values: number[];
	lowest: { iteration: number; value: number };
}

/** The loss over iterations of training the lesson's own model. */
export interface LossPlotView {
	kind: 'loss';
	/** Iteration numbers (0 is before training), sampled when there are many. */
	iterations: number[];
	/** The loss at each of those iterations. */
	losses: number[];
	/**
	 * Nodes drawn instead of the loss, when the step names some: each node's value at the same
	 * iterations (the loss on the training examples and on held-out ones, for early stopping), with the
	 * lowest point of each line.
	 */
	series?: LossSeries[];
	optimizer: PlotOptimizer;
	learningRate: number;
	/** The loss's plain-text label (E_total). */
	lossLabel: string;
	decimals: number;
}

export interface OptimizerPath {
	optimizer: PlotMethod;
	/** η; Newton's method has none. */
	learningRate?: number;
	/** The start, then the point after each step: [θ₁, θ₂]. */
	points: [number, number][];
	/** L at the last point. */
	finalLoss: number;
}

/** Several optimizers' paths over the contour lines of a two-parameter loss. */
export interface OptimizerPlotView {
	kind: 'optimizers';
	/** The surface (engine/surfaces.ts); its contour lines are traced where the chart is drawn. */
	surface: 'ravine' | 'rosenbrock' | 'saddle';
	x: [number, number];
	y: [number, number];
	start: [number, number];
	minimum: [number, number];
	/** Other critical points named on the picture. */
	landmarks: { kind: 'saddle' | 'local-minimum'; point: [number, number] }[];
	paths: OptimizerPath[];
	decimals: number;
}

/** A fitted curve over its data: at the end of training and, for early stopping, where validation was lowest. */
export interface FitPlotView {
	kind: 'fit';
	/** Where the curves are sampled, a little past the data on each side. */
	xs: number[];
	curves: {
		which: 'end' | 'early';
		iteration: number;
		ys: number[];
		/** Mean squared errors on each set with that iteration's parameters. */
		trainError: number;
		validationError: number;
	}[];
	train: [number, number][];
	validation: [number, number][];
	decimals: number;
}

export type PlotView = ActivationPlotView | LossPlotView | OptimizerPlotView | FitPlotView;
