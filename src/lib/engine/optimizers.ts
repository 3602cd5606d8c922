/**
 * Optimizers over a parameter vector w given its gradient g = ∂E/∂w, in the course's notation
 * (seed slides "Variantes del descenso del gradiente"). Each one is `create(n, hyper)` → state and
 * `step(state, w, g)`, which updates w in place and returns a record of every intermediate quantity,
 * so a lesson can show each update computed by hand. Every record says w⁺ = w − update. `apply` makes
 * the same update without the record, for long training runs.
 *
 *   GD        w⁺ = w − η·g
 *   momentum  v⁺ = β·v + g,  w⁺ = w − η·v⁺
 *   AdaGrad   G⁺ = G + g²,   w⁺ = w − η·g / (√G⁺ + ε)
 *   RMSProp   v⁺ = β·v + (1 − β)·g²,  w⁺ = w − η·g / (√v⁺ + ε)          (the seed's β and v; ρ and s elsewhere)
 *   Adam      m⁺ = β₁·m + (1 − β₁)·g,  v⁺ = β₂·v + (1 − β₂)·g²,
 *             m̂ = m⁺ / (1 − β₁ᵗ),  v̂ = v⁺ / (1 − β₂ᵗ)  (t = 1 on the first step),
 *             w⁺ = w − η·m̂ / (√v̂ + ε)                                    (the seed writes α for η)
 *
 * All squares, roots and divisions are per parameter. The learning rate is η, as in the worked example.
 */

export type OptimizerKind = 'gd' | 'momentum' | 'adagrad' | 'rmsprop' | 'adam';

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['gd', 'momentum', 'adagrad', 'rmsprop', 'adam'];

export interface GdHyper {
	/** η in w⁺ = w − η·g. */
	learningRate: number;
}
export interface MomentumHyper extends GdHyper {
	/** β: how much of the previous velocity is kept (0.9 by default). */
	beta: number;
}
export interface AdaGradHyper extends GdHyper {
	/** ε in √G + ε, so that a parameter whose gradient has always been 0 does not divide by 0. */
	epsilon: number;
}
export interface RmsPropHyper extends GdHyper {
	/** β: decay of the running mean of g² (0.9 by default). */
	beta: number;
	epsilon: number;
}
export interface AdamHyper extends GdHyper {
	/** β₁: decay of the first moment m (0.9 by default). */
	beta1: number;
	/** β₂: decay of the second moment v (0.999 by default). */
	beta2: number;
	epsilon: number;
}

/** An optimizer as a lesson names it: the kind, η, and any hyper-parameter left out takes its usual default. */
export type OptimizerSpec =
	| ({ kind: 'gd' } & GdHyper)
	| ({ kind: 'momentum' } & GdHyper & Partial<Omit<MomentumHyper, 'learningRate'>>)
	| ({ kind: 'adagrad' } & GdHyper & Partial<Omit<AdaGradHyper, 'learningRate'>>)
	| ({ kind: 'rmsprop' } & GdHyper & Partial<Omit<RmsPropHyper, 'learningRate'>>)
	| ({ kind: 'adam' } & GdHyper & Partial<Omit<AdamHyper, 'learningRate'>>);

/** The usual defaults (Kingma & Ba for Adam; Hinton's lecture for RMSProp). */
export const DEFAULT_BETA = 0.9;
export const DEFAULT_BETA1 = 0.9;
export const DEFAULT_BETA2 = 0.999;
export const DEFAULT_EPSILON = 1e-8;

interface StateBase {
	/** Number of parameters. */
	n: number;
	/** Steps taken so far (Adam's t is this + 1 during the next step). */
	t: number;
}
export interface GdState extends StateBase {
	kind: 'gd';
	hyper: GdHyper;
}
export interface MomentumState extends StateBase {
	kind: 'momentum';
	hyper: MomentumHyper;
	/** v: the decayed sum of past gradients ∂E/∂w, per parameter. */
	velocity: Float64Array;
}
export interface AdaGradState extends StateBase {
	kind: 'adagrad';
	hyper: AdaGradHyper;
	/** G: the sum of every past (∂E/∂w)², per parameter. */
	sumSquares: Float64Array;
}
export interface RmsPropState extends StateBase {
	kind: 'rmsprop';
	hyper: RmsPropHyper;
	/** v: the running mean of (∂E/∂w)², per parameter. */
	meanSquare: Float64Array;
}
export interface AdamState extends StateBase {
	kind: 'adam';
	hyper: AdamHyper;
	/** m: the running mean of ∂E/∂w (first moment), per parameter. */
	m: Float64Array;
	/** v: the running mean of (∂E/∂w)² (second moment, uncentred), per parameter. */
	v: Float64Array;
}
export type OptimizerState = GdState | MomentumState | AdaGradState | RmsPropState | AdamState;

interface StepBase {
	/** Which step this was, 1 for the first. */
	t: number;
	/** w before the step. */
	before: Float64Array;
	/** g = ∂E/∂w the step used. */
	gradient: Float64Array;
	/** The amount subtracted from each parameter: w⁺ = w − update. */
	update: Float64Array;
	/** w after the step. */
	after: Float64Array;
}
export interface GdStep extends StepBase {
	kind: 'gd';
	hyper: GdHyper;
}
export interface MomentumStep extends StepBase {
	kind: 'momentum';
	hyper: MomentumHyper;
	/** v⁺ = β·v + g (update = η·v⁺). */
	velocity: Float64Array;
}
export interface AdaGradStep extends StepBase {
	kind: 'adagrad';
	hyper: AdaGradHyper;
	/** G⁺ = G + g². */
	sumSquares: Float64Array;
	/** √G⁺ + ε (update = η·g / denominator). */
	denominator: Float64Array;
}
export interface RmsPropStep extends StepBase {
	kind: 'rmsprop';
	hyper: RmsPropHyper;
	/** v⁺ = β·v + (1 − β)·g². */
	meanSquare: Float64Array;
	/** √v⁺ + ε (update = η·g / denominator). */
	denominator: Float64Array;
}
export interface AdamStep extends StepBase {
	kind: 'adam';
	hyper: AdamHyper;
	/** m⁺ = β₁·m + (1 − β₁)·g. */
	m: Float64Array;
	/** v⁺ = β₂·v + (1 − β₂)·g². */
	v: Float64Array;
	/** 1 − β₁ᵗ, the bias correction of m. */
	correction1: number;
	/** 1 − β₂ᵗ, the bias correction of v. */
	correction2: number;
	/** m̂ = m⁺ / (1 − β₁ᵗ). */
	mHat: Float64Array;
	/** v̂ = v⁺ / (1 − β₂ᵗ). */
	vHat: Float64Array;
	/** √v̂ + ε (update = η·m̂ / denominator). */
	denominator: Float64Array;
}
export type OptimizerStep = GdStep | MomentumStep | AdaGradStep | RmsPropStep | AdamStep;

export interface Optimizer<H, S, R> {
	create(n: number, hyper: H): S;
	/** Updates w in place from g = ∂E/∂w and returns the record of the step. */
	step(state: S, w: Float64Array, g: Float64Array): R;
	/** The same update without a record: no allocation, for training loops. */
	apply(state: S, w: Float64Array, g: Float64Array): void;
}

function checkLengths(n: number, w: Float64Array, g: Float64Array): void {
	if (w.length !== n || g.length !== n) {
		throw new RangeError(`the optimizer was created for ${n} parameters, but got ${w.length} weights and ${g.length} gradients`);
	}
}

/**
 * An optimizer from its update rule, written once: `rule` subtracts each update from w in place and,
 * when given a record, also writes every intermediate quantity into it.
 */
function optimizer<H, S extends StateBase, R extends StepBase>(
	create: (n: number, hyper: H) => S,
	emptyRecord: (state: S, base: StepBase) => R,
	rule: (state: S, w: Float64Array, g: Float64Array, record: R | null) => void
): Optimizer<H, S, R> {
	return {
		create,
		step(state, w, g) {
			checkLengths(state.n, w, g);
			state.t += 1;
			const n = state.n;
			const record = emptyRecord(state, { t: state.t, before: w.slice(), gradient: g.slice(), update: new Float64Array(n), after: new Float64Array(n) });
			rule(state, w, g, record);
			record.after.set(w);
			return record;
		},
		apply(state, w, g) {
			checkLengths(state.n, w, g);
			state.t += 1;
			rule(state, w, g, null);
		}
	};
}

export const gd = optimizer<GdHyper, GdState, GdStep>(
	(n, hyper) => ({ kind: 'gd', n, t: 0, hyper: { ...hyper } }),
	(state, base) => ({ kind: 'gd', hyper: state.hyper, ...base }),
	(state, w, g, record) => {
		const eta = state.hyper.learningRate;
		for (let i = 0; i < state.n; i++) {
			// w⁺ = w − η·g
			const update = eta * (g[i] ?? 0);
			w[i] = (w[i] ?? 0) - update;
			if (record) record.update[i] = update;
		}
	}
);

/**
 * Momentum. The seed only describes it ("acumula una media móvil que decae exponencialmente de
 * gradientes pasados y continúa moviéndose en su dirección"); we use v⁺ = β·v + g, w⁺ = w − η·v⁺
 * (PyTorch's form). Goodfellow's v⁺ = β·v − η·g, w⁺ = w + v⁺ is the same path with v scaled by −η.
 */
export const momentum = optimizer<MomentumHyper, MomentumState, MomentumStep>(
	(n, hyper) => ({ kind: 'momentum', n, t: 0, hyper: { ...hyper }, velocity: new Float64Array(n) }),
	(state, base) => ({ kind: 'momentum', hyper: state.hyper, ...base, velocity: new Float64Array(state.n) }),
	(state, w, g, record) => {
		const { learningRate: eta, beta } = state.hyper;
		for (let i = 0; i < state.n; i++) {
			// v⁺ = β·v + g,  w⁺ = w − η·v⁺
			const v = beta * (state.velocity[i] ?? 0) + (g[i] ?? 0);
			state.velocity[i] = v;
			const update = eta * v;
			w[i] = (w[i] ?? 0) - update;
			if (record) {
				record.velocity[i] = v;
				record.update[i] = update;
			}
		}
	}
);

export const adagrad = optimizer<AdaGradHyper, AdaGradState, AdaGradStep>(
	(n, hyper) => ({ kind: 'adagrad', n, t: 0, hyper: { ...hyper }, sumSquares: new Float64Array(n) }),
	(state, base) => ({ kind: 'adagrad', hyper: state.hyper, ...base, sumSquares: new Float64Array(state.n), denominator: new Float64Array(state.n) }),
	(state, w, g, record) => {
		const { learningRate: eta, epsilon } = state.hyper;
		for (let i = 0; i < state.n; i++) {
			const gi = g[i] ?? 0;
			// G⁺ = G + g²
			const G = (state.sumSquares[i] ?? 0) + gi * gi;
			state.sumSquares[i] = G;
			// w⁺ = w − η·g / (√G⁺ + ε)
			const denominator = Math.sqrt(G) + epsilon;
			const update = (eta * gi) / denominator;
			w[i] = (w[i] ?? 0) - update;
			if (record) {
				record.sumSquares[i] = G;
				record.denominator[i] = denominator;
				record.update[i] = update;
			}
		}
	}
);

export const rmsprop = optimizer<RmsPropHyper, RmsPropState, RmsPropStep>(
	(n, hyper) => ({ kind: 'rmsprop', n, t: 0, hyper: { ...hyper }, meanSquare: new Float64Array(n) }),
	(state, base) => ({ kind: 'rmsprop', hyper: state.hyper, ...base, meanSquare: new Float64Array(state.n), denominator: new Float64Array(state.n) }),
	(state, w, g, record) => {
		const { learningRate: eta, beta, epsilon } = state.hyper;
		for (let i = 0; i < state.n; i++) {
			const gi = g[i] ?? 0;
			// v⁺ = β·v + (1 − β)·g²
			const v = beta * (state.meanSquare[i] ?? 0) + (1 - beta) * gi * gi;
			state.meanSquare[i] = v;
			// w⁺ = w − η·g / (√v⁺ + ε)
			const denominator = Math.sqrt(v) + epsilon;
			const update = (eta * gi) / denominator;
			w[i] = (w[i] ?? 0) - update;
			if (record) {
				record.meanSquare[i] = v;
				record.denominator[i] = denominator;
				record.update[i] = update;
			}
		}
	}
);

export const adam = optimizer<AdamHyper, AdamState, AdamStep>(
	(n, hyper) => ({ kind: 'adam', n, t: 0, hyper: { ...hyper }, m: new Float64Array(n), v: new Float64Array(n) }),
	(state, base) => {
		const n = state.n;
		const { beta1, beta2 } = state.hyper;
		return {
			kind: 'adam',
			hyper: state.hyper,
			...base,
			m: new Float64Array(n),
			v: new Float64Array(n),
			correction1: 1 - beta1 ** base.t,
			correction2: 1 - beta2 ** base.t,
			mHat: new Float64Array(n),
			vHat: new Float64Array(n),
			denominator: new Float64Array(n)
		};
	},
	(state, w, g, record) => {
		const { learningRate: eta, beta1, beta2, epsilon } = state.hyper;
		// 1 − βᵗ with t counted from 1: the moments start at 0, so early averages are biased towards 0
		const correction1 = 1 - beta1 ** state.t;
		const correction2 = 1 - beta2 ** state.t;
		for (let i = 0; i < state.n; i++) {
			const gi = g[i] ?? 0;
			// m⁺ = β₁·m + (1 − β₁)·g,  v⁺ = β₂·v + (1 − β₂)·g²
			const m = beta1 * (state.m[i] ?? 0) + (1 - beta1) * gi;
			const v = beta2 * (state.v[i] ?? 0) + (1 - beta2) * gi * gi;
			state.m[i] = m;
			state.v[i] = v;
			// m̂ = m⁺ / (1 − β₁ᵗ),  v̂ = v⁺ / (1 − β₂ᵗ),  w⁺ = w − η·m̂ / (√v̂ + ε)
			const mHat = m / correction1;
			const vHat = v / correction2;
			const denominator = Math.sqrt(vHat) + epsilon;
			const update = (eta * mHat) / denominator;
			w[i] = (w[i] ?? 0) - update;
			if (record) {
				record.m[i] = m;
				record.v[i] = v;
				record.mHat[i] = mHat;
				record.vHat[i] = vHat;
				record.denominator[i] = denominator;
				record.update[i] = update;
			}
		}
	}
);

/** A fresh state for `n` parameters, the defaults filled in for whatever the spec leaves out. */
export function createOptimizer(n: number, spec: OptimizerSpec): OptimizerState {
	const { learningRate } = spec;
	switch (spec.kind) {
		case 'gd':
			return gd.create(n, { learningRate });
		case 'momentum':
			return momentum.create(n, { learningRate, beta: spec.beta ?? DEFAULT_BETA });
		case 'adagrad':
			return adagrad.create(n, { learningRate, epsilon: spec.epsilon ?? DEFAULT_EPSILON });
		case 'rmsprop':
			return rmsprop.create(n, { learningRate, beta: spec.beta ?? DEFAULT_BETA, epsilon: spec.epsilon ?? DEFAULT_EPSILON });
		case 'adam':
			return adam.create(n, {
				learningRate,
				beta1: spec.beta1 ?? DEFAULT_BETA1,
				beta2: spec.beta2 ?? DEFAULT_BETA2,
				epsilon: spec.epsilon ?? DEFAULT_EPSILON
			});
	}
}

/** One step of whichever optimizer the state belongs to. */
export function stepOptimizer(state: OptimizerState, w: Float64Array, g: Float64Array): OptimizerStep {
	switch (state.kind) {
		case 'gd':
			return gd.step(state, w, g);
		case 'momentum':
			return momentum.step(state, w, g);
		case 'adagrad':
			return adagrad.step(state, w, g);
		case 'rmsprop':
			return rmsprop.step(state, w, g);
		case 'adam':
			return adam.step(state, w, g);
	}
}

/** The same update as stepOptimizer, without a record (no allocation). */
export function applyOptimizer(state: OptimizerState, w: Float64Array, g: Float64Array): void {
	switch (state.kind) {
		case 'gd':
			return gd.apply(state, w, g);
		case 'momentum':
			return momentum.apply(state, w, g);
		case 'adagrad':
			return adagrad.apply(state, w, g);
		case 'rmsprop':
			return rmsprop.apply(state, w, g);
		case 'adam':
			return adam.apply(state, w, g);
	}
}

/** What is wrong with a spec's numbers, as sentences; empty when it can be used. */
export function optimizerIssues(spec: OptimizerSpec): string[] {
	const issues: string[] = [];
	if (!Number.isFinite(spec.learningRate) || spec.learningRate <= 0) issues.push(`the learning rate must be a positive number, not ${spec.learningRate}`);
	const decay = (name: string, v: number | undefined) => {
		if (v !== undefined && !(v >= 0 && v < 1)) issues.push(`${name} must be in [0, 1), not ${v}`);
	};
	const positive = (name: string, v: number | undefined) => {
		if (v !== undefined && !(Number.isFinite(v) && v > 0)) issues.push(`${name} must be a small positive number, not ${v}`);
	};
	if (spec.kind === 'momentum') decay('β', spec.beta);
	if (spec.kind === 'rmsprop') decay('β', spec.beta);
	if (spec.kind === 'adam') {
		decay('β₁', spec.beta1);
		decay('β₂', spec.beta2);
	}
	if (spec.kind === 'adagrad' || spec.kind === 'rmsprop' || spec.kind === 'adam') positive('ε', spec.epsilon);
	return issues;
}
