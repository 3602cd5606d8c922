/**
 * Seeded random model files for the playground's tests and benchmarks: an explicit graph of about
 * `size` nodes, and a layered network. Numbers have two decimals, as a student would type them.
 */
import { seededRng, type Rng } from '../engine/random';
import type { ModelSpec } from '../engine/types';
import type { NetworkInput } from './schema';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * An explicit model: inputs x1…, one target t, parameters p1…, hidden nodes h1… each an activation
 * (or none) of a sum of products of two earlier names, an output yhat = σ(…) and L = ½(t − ŷ)².
 * Weighted sums stay small, so σ and tanh do not saturate into zero gradients.
 */
export function randomModel(seed: number, size = 6): { model: ModelSpec } {
	const rng: Rng = seededRng(seed);
	const inputs: Record<string, number> = {};
	const params: Record<string, number> = {};
	const nInputs = rng.int(1, 3);
	for (let k = 1; k <= nInputs; k++) inputs[`x${k}`] = round2(rng.range(-1, 1));
	let pCount = 0;
	const param = (): string => {
		pCount++;
		params[`p${pCount}`] = round2(rng.awayFromZero(0.1, 1));
		return `p${pCount}`;
	};
	const earlier: string[] = Object.keys(inputs);
	const nodes: { name: string; expr: string }[] = [];
	const hidden = Math.max(1, size - 2);
	for (let k = 1; k <= hidden; k++) {
		const a = rng.pick(earlier);
		const terms = [`${param()}*${a}`];
		if (rng.next() < 0.5) terms.push(`${param()}*${rng.pick(earlier)}`);
		if (rng.next() < 0.4) terms.push(param());
		const sum = terms.join(' + ');
		const f = rng.pick(['sigmoid', 'tanh', '']);
		const name = `h${k}`;
		nodes.push({ name, expr: f === '' ? sum : `${f}(${sum})` });
		earlier.push(name);
	}
	const last = earlier.slice(-2);
	nodes.push({ name: 'yhat', expr: `sigmoid(${last.map((n) => `${param()}*${n}`).join(' + ')})` });
	nodes.push({ name: 'L', expr: '0.5*(t - yhat)^2' });
	return {
		model: {
			inputs,
			targets: { t: round2(rng.range(0, 1)) },
			params,
			constants: {},
			nodes,
			loss: 'L',
			learningRate: round2(rng.range(0.1, 1))
		}
	};
}

/** A dense network of 1–3 layers after 1–3 inputs, each of 1–3 units, seeded weights in ±1. */
export function randomNetwork(seed: number): { network: NetworkInput } {
	const rng = seededRng(seed);
	const depth = rng.int(1, 3);
	const layers = [rng.int(1, 3), ...Array.from({ length: depth }, () => rng.int(1, 3))];
	const hidden = rng.pick(['sigmoid', 'tanh', 'relu', 'softplus'] as const);
	const loss = rng.pick(['half-sse', 'mse', 'sse'] as const);
	const activations = layers.slice(1).map((_, l) => (l === depth - 1 ? 'sigmoid' : hidden));
	return {
		network: {
			layers,
			activations,
			inputs: Array.from({ length: layers[0] ?? 1 }, () => round2(rng.range(-1, 1))),
			targets: Array.from({ length: layers[depth] ?? 1 }, () => round2(rng.range(0, 1))),
			weights: layers.slice(1).map((n, l) => Array.from({ length: n }, () => Array.from({ length: layers[l] ?? 1 }, () => round2(rng.awayFromZero(0.1, 1))))),
			biases: layers.slice(1).map((n) => Array.from({ length: n }, () => round2(rng.range(-0.5, 0.5)))),
			loss,
			learningRate: round2(rng.range(0.1, 1))
		}
	};
}
