/**
 * What a plot block carries: plain numbers computed at build time (by the engine), drawn in the browser
 * with d3-scale and d3-shape. Imports nothing, so page data stays JSON.
 */

export type PlotActivation = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu' | 'gelu' | 'gelu_tanh' | 'softplus' | 'swish' | 'step';
export type PlotOptimizer = 'gd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam';

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

/** The loss over iterations of training the lesson's own model. */
export interface LossPlotView {
	kind: 'loss';
	/** Iteration numbers (0 is before training), sampled when there are many. */
	iterations: number[];
	/** The loss at each of those iterations. */
	losses: number[];
	optimizer: PlotOptimizer;
	learningRate: number;
	/** The loss's plain-text label (E_total). */
	lossLabel: string;
	decimals: number;
}

export interface OptimizerPath {
	optimizer: PlotOptimizer;
	learningRate: number;
	/** The start, then the point after each step: [θ₁, θ₂]. */
	points: [number, number][];
	/** L at the last point. */
	finalLoss: number;
}

/** Several optimizers' paths over the contour lines of a two-parameter loss. */
export interface OptimizerPlotView {
	kind: 'optimizers';
	/** The surface (engine/surfaces.ts); its contour lines are traced where the chart is drawn. */
	surface: 'ravine' | 'rosenbrock';
	x: [number, number];
	y: [number, number];
	start: [number, number];
	minimum: [number, number];
	paths: OptimizerPath[];
	decimals: number;
}

export type PlotView = ActivationPlotView | LossPlotView | OptimizerPlotView;
