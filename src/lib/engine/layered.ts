/**
 * The layered shorthand: a dense feed-forward net given by layer sizes, activations and weight
 * arrays, expanded into the explicit model the rest of the engine reads (one scalar node per
 * pre-activation and per activation), so every figure and chain-rule factor is traced as usual.
 *
 * Names (1-based; layer 0 is the input layer, layer l = 1 the first hidden layer):
 *   inputs          x1 … xn                       TeX x_{k}
 *   targets         y1 … yK                       TeX y_{j}
 *   weights         w{l}_{j}_{k}  (w1_2_1)        TeX w^{(l)}_{jk}, w^{(l)}_{j,k} when any size > 9
 *                   into neuron j of layer l from unit k of layer l − 1; from `weights[l-1][j-1][k-1]`
 *   biases          b{l}_{j} (b1_2), or b{l} (b1) when the layer shares one bias, as the seed's B1
 *                                                 TeX b^{(l)}_{j}, b^{(l)}
 *   pre-activations z{l}_{j} = Σ_k a{l-1}_{k}·w{l}_{j}_{k} + b        TeX z^{(l)}_{j}
 *   activations     a{l}_{j} = act(z{l}_{j}) in hidden layers         TeX a^{(l)}_{j}
 *                   yhat{j} in the output layer                       TeX \hat{y}_{j}
 *                   (a0_k is x_k; a 'linear' activation is a = z, with factor 1)
 *   loss            L                                                 TeX L
 *
 * Losses: 'half-sse' L = Σ ½(y_j − ŷ_j)² (the worked example's E_total); 'mse' L = (1/K)Σ(ŷ_j − y_j)²;
 * 'sse' L = Σ(ŷ_j − y_j)²; 'bce' L = −(y ln ŷ + (1 − y) ln(1 − ŷ)) on one sigmoid output;
 * 'cce' L = −Σ y_j ln ŷ_j on a softmax output layer, ŷ_j = e^{z_j} / (e^{z_1} + … + e^{z_K})
 * (written without the max-shift, as taught: fine for teaching-sized z, overflows past z ≈ 709).
 *
 * Errors: expandNetwork returns a Result, as buildGraph does: `{ ok: false, issues }` lists every shape
 * problem with its JSON path, and each message names the place itself, so it reads alone:
 * `network.weights[1][0] has 3 values, expected 2 (one per unit of layer 1)`.
 */
import type { ModelSpec, NodeSpec } from './types';

export type Activation =
	| 'sigmoid'
	| 'tanh'
	| 'relu'
	| 'leaky_relu'
	| 'elu'
	| 'gelu'
	| 'gelu_tanh'
	| 'softplus'
	| 'swish'
	| 'step'
	| 'linear'
	| 'softmax';

export type LossKind = 'half-sse' | 'mse' | 'sse' | 'bce' | 'cce';

export interface NetworkSpec {
	/** Sizes, input layer first: [2, 2, 2]. */
	layers: number[];
	/** One per non-input layer; 'softmax' only on the last layer, with loss 'cce'. */
	activations: Activation[];
	inputs: number[];
	targets: number[];
	/** weights[l][j][k]: into neuron j of layer l + 1 from unit k of layer l (0-based indices). */
	weights: number[][][];
	/** Per non-input layer: one shared bias (as the seed's B1, B2) or one per neuron. */
	biases: (number | number[])[];
	loss: LossKind;
	/** η in w⁺ = w − η·∂L/∂w. */
	learningRate: number;
}

export const ACTIVATIONS: readonly Activation[] = [
	'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'softplus', 'swish', 'step', 'linear', 'softmax'
];
export const LOSS_KINDS: readonly LossKind[] = ['half-sse', 'mse', 'sse', 'bce', 'cce'];

export interface NetworkIssue {
	/** Where, as a JSON path: `network.weights[1][0]`. */
	path: string;
	message: string;
}

export type NetworkResult = { ok: true; model: ModelSpec } | { ok: false; issues: NetworkIssue[] };

/** Every shape problem of a network, empty when it can be expanded. */
export function checkNetwork(spec: NetworkSpec, at = 'network'): NetworkIssue[] {
	const issues: NetworkIssue[] = [];
	const fail = (path: string, message: string) => issues.push({ path: `${at}${path}`, message: `${at}${path} ${message}` });
	const finite = (path: string, v: unknown) => {
		if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, `is ${String(v)}, expected a finite number`);
	};
	const { layers } = spec;
	const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

	if (layers.length < 2) fail('.layers', `has ${count(layers.length, 'size')}, expected at least 2 (the input layer and the output layer)`);
	layers.forEach((n, l) => {
		if (!Number.isInteger(n) || n < 1) fail(`.layers[${l}]`, `is ${n}, expected a whole number of units ≥ 1`);
	});
	if (issues.length > 0) return issues;
	const last = layers.length - 1;
	const size = (l: number): number => layers[l] ?? 0;

	if (spec.activations.length !== last) {
		fail('.activations', `has ${count(spec.activations.length, 'entry', 'entries')}, expected ${last} (one per layer after the input layer)`);
	}
	spec.activations.forEach((a, i) => {
		if (!ACTIVATIONS.includes(a)) fail(`.activations[${i}]`, `is "${String(a)}", expected one of ${ACTIVATIONS.join(', ')}`);
		else if (a === 'softmax' && i !== last - 1) fail(`.activations[${i}]`, 'is softmax, which only the output layer may use');
	});
	const output = spec.activations[last - 1];
	if (!LOSS_KINDS.includes(spec.loss)) fail('.loss', `is "${String(spec.loss)}", expected one of ${LOSS_KINDS.join(', ')}`);
	if (spec.loss === 'cce' && output !== 'softmax') fail('.loss', `is cce, which needs a softmax output layer, not ${String(output)}`);
	if (spec.loss !== 'cce' && output === 'softmax') fail('.loss', `is ${spec.loss}, but a softmax output layer goes with cce`);
	if (spec.loss === 'cce' && size(last) < 2) fail(`.layers[${last}]`, 'is 1, but a softmax output needs at least 2 units');
	if (spec.loss === 'bce' && (size(last) !== 1 || output !== 'sigmoid')) {
		fail('.loss', `is bce, which needs one sigmoid output unit, not ${size(last)} ${String(output)} unit${size(last) === 1 ? '' : 's'}`);
	}

	if (spec.inputs.length !== size(0)) fail('.inputs', `has ${count(spec.inputs.length, 'value')}, expected ${size(0)} (the size of layer 0)`);
	spec.inputs.forEach((v, k) => finite(`.inputs[${k}]`, v));
	if (spec.targets.length !== size(last)) {
		fail('.targets', `has ${count(spec.targets.length, 'value')}, expected ${size(last)} (the size of the output layer ${last})`);
	}
	spec.targets.forEach((v, j) => finite(`.targets[${j}]`, v));

	if (spec.weights.length !== last) fail('.weights', `has ${count(spec.weights.length, 'matrix', 'matrices')}, expected ${last} (one per layer after the input layer)`);
	spec.weights.forEach((matrix, l) => {
		if (l >= last) return;
		if (matrix.length !== size(l + 1)) {
			fail(`.weights[${l}]`, `has ${count(matrix.length, 'row')}, expected ${size(l + 1)} (one per neuron of layer ${l + 1})`);
		}
		matrix.forEach((row, j) => {
			if (row.length !== size(l)) fail(`.weights[${l}][${j}]`, `has ${count(row.length, 'value')}, expected ${size(l)} (one per unit of layer ${l})`);
			row.forEach((v, k) => finite(`.weights[${l}][${j}][${k}]`, v));
		});
	});

	if (spec.biases.length !== last) fail('.biases', `has ${count(spec.biases.length, 'entry', 'entries')}, expected ${last} (one per layer after the input layer)`);
	spec.biases.forEach((b, l) => {
		if (typeof b === 'number') return finite(`.biases[${l}]`, b);
		if (l < last && b.length !== size(l + 1)) {
			fail(`.biases[${l}]`, `has ${count(b.length, 'value')}, expected ${size(l + 1)} (one per neuron of layer ${l + 1}) or a single shared number`);
		}
		b.forEach((v, j) => finite(`.biases[${l}][${j}]`, v));
	});
	finite('.learningRate', spec.learningRate);
	return issues;
}

/** The explicit model of a layered network, or every shape problem it has. */
export function expandNetwork(spec: NetworkSpec, at = 'network'): NetworkResult {
	const issues = checkNetwork(spec, at);
	if (issues.length > 0) return { ok: false, issues };

	const { layers } = spec;
	const last = layers.length - 1;
	const wide = layers.some((n) => n > 9);
	const model: ModelSpec = { inputs: {}, targets: {}, params: {}, constants: {}, nodes: [], loss: 'L', learningRate: spec.learningRate };
	const labels: Record<string, string> = { L: 'L' };
	const nodes: NodeSpec[] = [];
	const node = (name: string, expr: string, tex: string) => nodes.push({ name, expr, tex });

	spec.inputs.forEach((v, k) => {
		model.inputs[`x${k + 1}`] = v;
		labels[`x${k + 1}`] = `x_{${k + 1}}`;
	});
	spec.targets.forEach((v, j) => {
		model.targets[`y${j + 1}`] = v;
		labels[`y${j + 1}`] = `y_{${j + 1}}`;
	});

	/** Name of unit k (0-based) of layer l. */
	const unit = (l: number, k: number): string => (l === 0 ? `x${k + 1}` : l === last ? `yhat${k + 1}` : `a${l}_${k + 1}`);

	for (let l = 1; l <= last; l++) {
		const activation = spec.activations[l - 1] ?? 'linear';
		const bias = spec.biases[l - 1] ?? 0;
		const matrix = spec.weights[l - 1] ?? [];
		const zs: string[] = [];
		for (let j = 0; j < (layers[l] ?? 0); j++) {
			const terms: string[] = [];
			(matrix[j] ?? []).forEach((v, k) => {
				const w = `w${l}_${j + 1}_${k + 1}`;
				model.params[w] = v;
				labels[w] = `w^{(${l})}_{${j + 1}${wide ? ',' : ''}${k + 1}}`;
				// input first, as the worked example writes x1*w1
				terms.push(`${unit(l - 1, k)}*${w}`);
			});
			const b = typeof bias === 'number' ? `b${l}` : `b${l}_${j + 1}`;
			model.params[b] = typeof bias === 'number' ? bias : (bias[j] ?? 0);
			labels[b] = typeof bias === 'number' ? `b^{(${l})}` : `b^{(${l})}_{${j + 1}}`;
			terms.push(b);
			const z = `z${l}_${j + 1}`;
			node(z, terms.join(' + '), `z^{(${l})}_{${j + 1}}`);
			zs.push(z);
			if (activation !== 'softmax') {
				const a = unit(l, j);
				node(a, activation === 'linear' ? z : `${activation}(${z})`, l === last ? `\\hat{y}_{${j + 1}}` : `a^{(${l})}_{${j + 1}}`);
			}
		}
		if (activation === 'softmax') {
			// every output after every pre-activation: ŷ_j = e^{z_j} / Σ_i e^{z_i}
			const denominator = zs.map((z) => `exp(${z})`).join(' + ');
			zs.forEach((z, j) => node(unit(l, j), `exp(${z}) / (${denominator})`, `\\hat{y}_{${j + 1}}`));
		}
	}

	const K = layers[last] ?? 0;
	const outputs = Array.from({ length: K }, (_, j) => j + 1);
	const loss = {
		'half-sse': () => outputs.map((j) => `0.5*(y${j} - yhat${j})^2`).join(' + '),
		mse: () => `(${outputs.map((j) => `(yhat${j} - y${j})^2`).join(' + ')}) / ${K}`,
		sse: () => outputs.map((j) => `(yhat${j} - y${j})^2`).join(' + '),
		bce: () => '-(y1*log(yhat1) + (1 - y1)*log(1 - yhat1))',
		cce: () => `-(${outputs.map((j) => `y${j}*log(yhat${j})`).join(' + ')})`
	}[spec.loss];
	node('L', loss(), 'L');

	model.nodes = nodes;
	model.labels = labels;
	return { ok: true, model };
}
