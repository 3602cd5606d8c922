/**
 * Two-parameter loss surfaces for comparing optimizers on a picture: each has its loss L(θ₁, θ₂), its
 * gradient written out by hand, a start, the minimum, a window to draw, and a learning rate per
 * optimizer that shows that optimizer's character there (GD's zigzag across a ravine, momentum's
 * overshoot, RMSProp's and Adam's per-parameter steps). `descend` runs one optimizer from the start
 * with optimizers.ts, the same update rules the lessons teach.
 *
 *   ravine      L = 0.05·θ₁² + θ₂²                          a bowl 20 times steeper across than along
 *   rosenbrock  L = (1 − θ₁)² + 10·(θ₂ − θ₁²)²                a curved valley (Rosenbrock's, made 10× gentler)
 *   saddle      L = θ₁² + 0.25·θ₂⁴ − 0.125·θ₂³ − 0.5·θ₂² + 0.375·θ₂ + 0.5
 *               ∂L/∂θ₂ = (θ₂² − 1)(θ₂ − 0.375): a global minimum at (0, −1) (L = 0), a saddle at (0, 0.375)
 *               and a local minimum at (0, 1) (L = 0.5); the start lies just above the saddle's ridge
 */
import { solve } from './hessian';
import { createOptimizer, stepOptimizer, type OptimizerKind } from './optimizers';

export type SurfaceName = 'ravine' | 'rosenbrock' | 'saddle';

export const SURFACE_NAMES: readonly SurfaceName[] = ['ravine', 'rosenbrock', 'saddle'];

export interface SurfaceLandmark {
	kind: 'saddle' | 'local-minimum';
	point: [number, number];
}

export interface Surface {
	name: SurfaceName;
	/** L(θ₁, θ₂). */
	loss(x: number, y: number): number;
	/** [∂L/∂θ₁, ∂L/∂θ₂]. */
	gradient(x: number, y: number): [number, number];
	/** [[∂²L/∂θ₁², ∂²L/∂θ₁∂θ₂], [∂²L/∂θ₂∂θ₁, ∂²L/∂θ₂²]], for Newton's method. */
	hessian(x: number, y: number): [[number, number], [number, number]];
	/** L as TeX, for a caption. */
	tex: string;
	start: [number, number];
	minimum: [number, number];
	/**
	 * Contour levels to draw, when halving from the top would miss the shape that matters (the two
	 * basins meeting at a saddle); the chart's note then says the lines are not halvings.
	 */
	contourLevels?: number[];
	/** Other critical points worth naming on the picture (a saddle, a local minimum). */
	landmarks?: SurfaceLandmark[];
	/** The window drawn: θ₁ from x[0] to x[1], θ₂ from y[0] to y[1]. */
	x: [number, number];
	y: [number, number];
	/** η for each optimizer on this surface. */
	learningRates: Record<OptimizerKind, number>;
	/** Steps that take the faster optimizers close to the minimum. */
	steps: number;
}

const ravine: Surface = {
	name: 'ravine',
	loss: (x, y) => 0.05 * x * x + y * y,
	// ∂L/∂θ₁ = 0.1·θ₁,  ∂L/∂θ₂ = 2·θ₂
	gradient: (x, y) => [0.1 * x, 2 * y],
	hessian: () => [
		[0.1, 0],
		[0, 2]
	],
	tex: 'L(\\theta_1, \\theta_2) = 0.05\\,\\theta_1^2 + \\theta_2^2',
	start: [-4.5, 1.2],
	minimum: [0, 0],
	x: [-5, 1.5],
	y: [-1.6, 1.6],
	learningRates: { gd: 0.9, momentum: 0.15, adagrad: 0.6, rmsprop: 0.08, adam: 0.25 },
	steps: 60
};

const rosenbrock: Surface = {
	name: 'rosenbrock',
	loss: (x, y) => (1 - x) ** 2 + 10 * (y - x * x) ** 2,
	// ∂L/∂θ₁ = −2(1 − θ₁) − 40·θ₁(θ₂ − θ₁²),  ∂L/∂θ₂ = 20(θ₂ − θ₁²)
	gradient: (x, y) => [-2 * (1 - x) - 40 * x * (y - x * x), 20 * (y - x * x)],
	// ∂²L/∂θ₁² = 2 − 40·θ₂ + 120·θ₁²,  ∂²L/∂θ₁∂θ₂ = −40·θ₁,  ∂²L/∂θ₂² = 20
	hessian: (x, y) => [
		[2 - 40 * y + 120 * x * x, -40 * x],
		[-40 * x, 20]
	],
	tex: 'L(\\theta_1, \\theta_2) = (1 - \\theta_1)^2 + 10\\,(\\theta_2 - \\theta_1^2)^2',
	start: [-1.5, 2],
	minimum: [1, 1],
	x: [-2, 2],
	y: [-1, 3],
	learningRates: { gd: 0.012, momentum: 0.002, adagrad: 1.5, rmsprop: 0.02, adam: 0.1 },
	steps: 150
};

const saddle: Surface = {
	name: 'saddle',
	// the coefficients are chosen so that every derivative folds to plain decimals (0.25·4 = 1, 0.125·3 = 0.375);
	// the 0.5 lifts the global minimum to L = 0, so the contour levels (halvings of the top) reach it
	loss: (x, y) => x * x + 0.25 * y ** 4 - 0.125 * y ** 3 - 0.5 * y * y + 0.375 * y + 0.5,
	// ∂L/∂θ₁ = 2θ₁,  ∂L/∂θ₂ = θ₂³ − 0.375·θ₂² − θ₂ + 0.375 = (θ₂² − 1)(θ₂ − 0.375)
	gradient: (x, y) => [2 * x, (y * y - 1) * (y - 0.375)],
	// ∂²L/∂θ₁² = 2,  ∂²L/∂θ₂² = 3θ₂² − 0.75·θ₂ − 1, no cross term
	hessian: (_x, y) => [
		[2, 0],
		[0, 3 * y * y - 0.75 * y - 1]
	],
	// two rows, so the caption fits a phone's column
	tex: '\\begin{aligned} L(\\theta_1, \\theta_2) &= \\theta_1^2 + 0.25\\,\\theta_2^4 - 0.125\\,\\theta_2^3 \\\\ &\\quad - 0.5\\,\\theta_2^2 + 0.375\\,\\theta_2 + 0.5 \\end{aligned}',
	start: [-3.5, 0.38],
	minimum: [0, -1],
	// around the local minimum (L = 0.5) and through the saddle (L ≈ 0.5687), so both basins show
	contourLevels: [0.05, 0.2, 0.4, 0.52, 0.55, 0.5687, 0.6, 0.75, 1, 1.5, 2.5, 4, 6, 9],
	landmarks: [
		{ kind: 'saddle', point: [0, 0.375] },
		{ kind: 'local-minimum', point: [0, 1] }
	],
	x: [-3.8, 2],
	y: [-1.6, 1.6],
	// GD crawls off the ridge, momentum's velocity grows faster; RMSProp and Adam divide the small slope by its own size and leave at once
	learningRates: { gd: 0.1, momentum: 0.04, adagrad: 0.6, rmsprop: 0.05, adam: 0.1 },
	steps: 80
};

const SURFACES: Record<SurfaceName, Surface> = { ravine, rosenbrock, saddle };

export function surface(name: SurfaceName): Surface {
	return SURFACES[name];
}

/** Where one optimizer goes from the surface's start: the start, then the point after each step. */
export function descend(s: Surface, kind: OptimizerKind, steps: number, learningRate = s.learningRates[kind]): [number, number][] {
	const state = createOptimizer(2, { kind, learningRate });
	const w = Float64Array.from(s.start);
	const out: [number, number][] = [[w[0] ?? NaN, w[1] ?? NaN]];
	for (let i = 0; i < steps; i++) {
		const g = s.gradient(w[0] ?? NaN, w[1] ?? NaN);
		stepOptimizer(state, w, Float64Array.from(g));
		const x = w[0] ?? NaN;
		const y = w[1] ?? NaN;
		out.push([x, y]);
		// a diverging path stops where it leaves the picture for good
		if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) break;
	}
	return out;
}

/**
 * Newton's method from the surface's start: w ← w − H⁻¹·∇L, no learning rate. It goes to the nearest
 * point where the gradient is zero, a saddle as readily as a minimum. The path ends when a step is
 * below 1e-10 (it has arrived) or H is singular, so its length is the steps Newton needed.
 */
export function descendNewton(s: Surface, steps: number): [number, number][] {
	let [x, y] = s.start;
	const out: [number, number][] = [[x, y]];
	for (let i = 0; i < steps; i++) {
		const [dx = NaN, dy = NaN] = solve(s.hessian(x, y), s.gradient(x, y));
		// a singular H, or a step too small to matter: the path ends where Newton has arrived
		if (!Number.isFinite(dx) || !Number.isFinite(dy) || Math.hypot(dx, dy) < 1e-10) break;
		x -= dx;
		y -= dy;
		out.push([x, y]);
		if (Math.abs(x) > 1e6 || Math.abs(y) > 1e6) break;
	}
	return out;
}
