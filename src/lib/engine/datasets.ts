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

/**
 * The training page's data sets, after TensorFlow Playground's `dataset.ts`: points (x, y) in the square
 * [−6, 6]², drawn from a seed. Four two-class sets (target 1 or 0) and two regressions (a real target).
 * `noise` is a fraction in [0, 0.5], as the playground's 0–50 %: the class sets and the plane move each
 * point by up to ±5·noise before it is labelled (so labels near the border mix), the two blobs widen.
 */
export type PlaneSetName = 'xor' | 'gauss' | 'circle' | 'spiral' | 'plane' | 'bump';

export const PLANE_SET_NAMES: readonly PlaneSetName[] = ['circle', 'xor', 'gauss', 'spiral', 'plane', 'bump'];

/** Whether a plane set's target is a class (0 or 1) or a real number. */
export function planeSetKind(name: PlaneSetName): 'classification' | 'regression' {
	return name === 'plane' || name === 'bump' ? 'regression' : 'classification';
}

/** Half the side of the square the plane sets are drawn in. */
export const PLANE_EXTENT = 6;

export interface PlaneSetOptions {
	seed: number;
	/** Number of examples. */
	n: number;
	/** In [0, 0.5]. */
	noise: number;
}

/** A point (x, y) and its target. */
type Labelled = [number, number, number];

function planeSetPoints(name: PlaneSetName, n: number, noise: number, rng: Rng): Labelled[] {
	const points: Labelled[] = [];
	const jitter = (radius: number) => rng.range(-radius, radius) * noise;
	switch (name) {
		case 'circle': {
			// class 1 inside radius 2.5, class 0 on the ring 3.5 to 5; labelled after the noise moves the point
			const radius = 5;
			for (let i = 0; i < n; i++) {
				const inner = i % 2 === 1;
				const r = inner ? rng.range(0, radius * 0.5) : rng.range(radius * 0.7, radius);
				const angle = rng.range(0, 2 * Math.PI);
				const x = r * Math.sin(angle);
				const y = r * Math.cos(angle);
				const nx = x + jitter(radius);
				const ny = y + jitter(radius);
				points.push([x, y, Math.hypot(nx, ny) < radius * 0.5 ? 1 : 0]);
			}
			return points;
		}
		case 'xor': {
			// uniform in [−5, 5]², pushed 0.3 off the axes; class 1 where x·y ≥ 0
			const away = (v: number) => v + (v > 0 ? 0.3 : -0.3);
			for (let i = 0; i < n; i++) {
				const x = away(rng.range(-5, 5));
				const y = away(rng.range(-5, 5));
				points.push([x, y, (x + jitter(5)) * (y + jitter(5)) >= 0 ? 1 : 0]);
			}
			return points;
		}
		case 'gauss': {
			// class 1 around (2, 2), class 0 around (−2, −2); variance 0.5 at no noise up to 4 at 50 %
			const sd = Math.sqrt(0.5 + (3.5 * noise) / 0.5);
			for (let i = 0; i < n; i++) {
				const label = i % 2 === 0 ? 1 : 0;
				const c = label === 1 ? 2 : -2;
				points.push([c + sd * gaussian(rng), c + sd * gaussian(rng), label]);
			}
			return points;
		}
		case 'spiral': {
			// two arms of radius up to 5, turned by π from each other
			const half = Math.ceil(n / 2);
			for (let i = 0; i < n; i++) {
				const label = i % 2 === 0 ? 1 : 0;
				const k = Math.floor(i / 2);
				const r = (k / half) * 5;
				const t = ((1.75 * k) / half) * 2 * Math.PI + (label === 1 ? 0 : Math.PI);
				points.push([r * Math.sin(t) + rng.range(-1, 1) * noise, r * Math.cos(t) + rng.range(-1, 1) * noise, label]);
			}
			return points;
		}
		case 'plane': {
			// target (x + y)/10, of the point moved by the noise: in [−1.2, 1.2]
			for (let i = 0; i < n; i++) {
				const x = rng.range(-PLANE_EXTENT, PLANE_EXTENT);
				const y = rng.range(-PLANE_EXTENT, PLANE_EXTENT);
				points.push([x, y, (x + jitter(PLANE_EXTENT) + y + jitter(PLANE_EXTENT)) / 10]);
			}
			return points;
		}
		case 'bump': {
			// a Gaussian bump e^{−(x² + y²)/8} at the origin, plus noise on the target
			for (let i = 0; i < n; i++) {
				const x = rng.range(-PLANE_EXTENT, PLANE_EXTENT);
				const y = rng.range(-PLANE_EXTENT, PLANE_EXTENT);
				points.push([x, y, Math.exp(-(x * x + y * y) / 8) + rng.range(-1, 1) * noise * 0.5]);
			}
			return points;
		}
	}
}

/** A plane set: inputs [x, y], targets [t]. The same seed, size and noise give the same set. */
export function planeSet(name: PlaneSetName, options: PlaneSetOptions): Dataset {
	const { n, noise, seed } = options;
	if (!Number.isInteger(n) || n < 1) throw new RangeError(`a data set needs a whole number of examples ≥ 1, not ${n}`);
	if (!(noise >= 0 && noise <= 0.5)) throw new RangeError(`the noise must be in [0, 0.5], not ${noise}`);
	const points = planeSetPoints(name, n, noise, seededRng(seed));
	return { inputs: points.map(([x, y]) => [x, y]), targets: points.map(([, , t]) => [t]) };
}

/**
 * The examples split in two, after a seeded shuffle: the first ⌈ratio·n⌉ (at least 1, at most n − 1 when
 * n ≥ 2) for training, the rest held out to measure how the net does on points it never learned from.
 */
export function splitDataset(data: Dataset, ratio: number, seed: number): { train: Dataset; test: Dataset } {
	const n = data.inputs.length;
	if (!(ratio > 0 && ratio < 1)) throw new RangeError(`the training share must be between 0 and 1, not ${ratio}`);
	const order = Array.from({ length: n }, (_, i) => i);
	const rng = seededRng(seed);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(rng.next() * (i + 1));
		[order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
	}
	const cut = n < 2 ? n : Math.min(n - 1, Math.max(1, Math.ceil(ratio * n)));
	const pick = (ids: number[]): Dataset => ({
		inputs: ids.map((i) => data.inputs[i] ?? []),
		targets: ids.map((i) => data.targets[i] ?? [])
	});
	return { train: pick(order.slice(0, cut)), test: pick(order.slice(cut)) };
}
