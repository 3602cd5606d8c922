/**
 * Small built-in data sets for training lessons: XOR, and 2-D two-class sets (two blobs, two circles,
 * two moons) drawn from a seed, so a lesson's figures are the same on every build. Each example has two
 * inputs and one target, 0 or 1; the classes alternate (example i is class i mod 2), so any prefix of
 * the set is balanced.
 */
import { seededRng, type Rng } from './random';

export interface Dataset {
	/** One row per example, in the order of the model's input names. */
	inputs: number[][];
	/** One row per example, in the order of the model's target names. */
	targets: number[][];
}

export interface GeneratedOptions {
	/** Seed of the mulberry32 generator. */
	seed: number;
	/** Number of examples (100 by default). */
	n?: number;
	/** Standard deviation of the Gaussian noise added to each coordinate. */
	noise?: number;
}

/** XOR: target 1 exactly when one input is 1. No line separates the classes, so it needs a hidden layer. */
export function xor(): Dataset {
	return {
		inputs: [
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1]
		],
		targets: [[0], [1], [1], [0]]
	};
}

/** A standard normal draw (Box–Muller; 1 − u keeps the logarithm's argument in (0, 1]). */
function gaussian(rng: Rng): number {
	const u = 1 - rng.next();
	const v = rng.next();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function generate(options: GeneratedOptions, defaultNoise: number, point: (label: number, rng: Rng) => [number, number]): Dataset {
	const n = options.n ?? 100;
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`a data set needs a whole number of examples ≥ 1, not ${n}`);
	const noise = options.noise ?? defaultNoise;
	const rng = seededRng(options.seed);
	const inputs: number[][] = [];
	const targets: number[][] = [];
	for (let i = 0; i < n; i++) {
		const label = i % 2;
		const [x, y] = point(label, rng);
		inputs.push([x + noise * gaussian(rng), y + noise * gaussian(rng)]);
		targets.push([label]);
	}
	return { inputs, targets };
}

/** Two Gaussian blobs: class 0 around (−1, −1), class 1 around (1, 1); `noise` is their spread (0.5). */
export function blobs(options: GeneratedOptions): Dataset {
	return generate(options, 0.5, (label) => (label === 0 ? [-1, -1] : [1, 1]));
}

/** Two circles around the origin: class 0 on radius 1, class 1 inside on radius `factor` (0.5); noise 0.05. */
export function circles(options: GeneratedOptions & { factor?: number }): Dataset {
	const factor = options.factor ?? 0.5;
	return generate(options, 0.05, (label, rng) => {
		const angle = 2 * Math.PI * rng.next();
		const r = label === 0 ? 1 : factor;
		return [r * Math.cos(angle), r * Math.sin(angle)];
	});
}

/**
 * Two interleaving half circles, as scikit-learn's make_moons: class 0 on the upper arc
 * (cos θ, sin θ), class 1 on the lower arc (1 − cos θ, ½ − sin θ), θ in [0, π]; noise 0.1.
 */
export function moons(options: GeneratedOptions): Dataset {
	return generate(options, 0.1, (label, rng) => {
		const theta = Math.PI * rng.next();
		return label === 0 ? [Math.cos(theta), Math.sin(theta)] : [1 - Math.cos(theta), 0.5 - Math.sin(theta)];
	});
}

export type DatasetName = 'xor' | 'blobs' | 'circles' | 'moons';

export const DATASET_NAMES: readonly DatasetName[] = ['xor', 'blobs', 'circles', 'moons'];

/** A built-in set by name, as a lesson file names it (XOR ignores the options). */
export function dataset(name: DatasetName, options: GeneratedOptions): Dataset {
	switch (name) {
		case 'xor':
			return xor();
		case 'blobs':
			return blobs(options);
		case 'circles':
			return circles(options);
		case 'moons':
			return moons(options);
	}
}
