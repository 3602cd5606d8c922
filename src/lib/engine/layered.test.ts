/**
 * The layered shorthand: its expansion traces like the explicit model it stands for, its losses
 * have the gradients the course derives (softmax + CE and sigmoid + BCE give ŷ − y at z), and a
 * malformed network is refused with the place and the reason.
 */
import { erf } from 'mathjs';
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { ACTIVATIONS, expandNetwork, type Activation, type LossKind, type NetworkSpec } from './layered';
import { forward } from './pass';
import { listPaths } from './paths';
import { mulberry32, mustBuild, mustTrace, type Rng } from './testing';
import type { ModelSpec } from './types';

function expand(spec: NetworkSpec): ModelSpec {
	const result = expandNetwork(spec);
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.model;
}

/** The worked example as a network: weights[l][j] lists neuron j's weights, one per unit below. */
const seedLike: NetworkSpec = {
	layers: [2, 2, 2],
	activations: ['sigmoid', 'sigmoid'],
	inputs: [0.1, 0.5],
	targets: [0.05, 0.95],
	weights: [
		[
			[0.1, 0.3],
			[0.2, 0.4]
		],
		[
			[0.5, 0.6],
			[0.7, 0.8]
		]
	],
	biases: [0.25, 0.35],
	loss: 'half-sse',
	learningRate: 0.6
};

/** Random weights of the right shapes, seeded. */
function randomNetwork(rng: Rng, layers: number[], activations: Activation[], loss: LossKind, targets: number[]): NetworkSpec {
	return {
		layers,
		activations,
		inputs: Array.from({ length: layers[0] ?? 0 }, () => rng.range(-1, 1)),
		targets,
		weights: layers.slice(1).map((n, l) =>
			Array.from({ length: n }, () => Array.from({ length: layers[l] ?? 0 }, () => rng.range(-1, 1)))
		),
		biases: layers.slice(1).map((n) => (rng.next() < 0.5 ? rng.range(-0.5, 0.5) : Array.from({ length: n }, () => rng.range(-0.5, 0.5)))),
		loss,
		learningRate: 0.1
	};
}

// A plain dense forward pass, written from the definitions, independent of the expansion.
const REFERENCE: Record<Exclude<Activation, 'softmax'>, (z: number) => number> = {
	sigmoid: (z) => 1 / (1 + Math.exp(-z)),
	tanh: Math.tanh,
	relu: (z) => Math.max(0, z),
	leaky_relu: (z) => (z > 0 ? z : 0.01 * z),
	elu: (z) => (z > 0 ? z : Math.exp(z) - 1),
	gelu: (z) => 0.5 * z * (1 + erf(z / Math.SQRT2)),
	gelu_tanh: (z) => 0.5 * z * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (z + 0.044715 * z ** 3))),
	softplus: (z) => Math.log(1 + Math.exp(z)),
	swish: (z) => z / (1 + Math.exp(-z)),
	step: (z) => (z >= 0 ? 1 : 0),
	linear: (z) => z
};

function referenceLoss(spec: NetworkSpec): number {
	let a = spec.inputs;
	spec.weights.forEach((matrix, l) => {
		const bias = spec.biases[l] ?? 0;
		const z = matrix.map((row, j) => row.reduce((s, w, k) => s + w * (a[k] ?? NaN), typeof bias === 'number' ? bias : (bias[j] ?? NaN)));
		const activation = spec.activations[l] ?? 'linear';
		if (activation === 'softmax') {
			const total = z.reduce((s, v) => s + Math.exp(v), 0);
			a = z.map((v) => Math.exp(v) / total);
		} else a = z.map(REFERENCE[activation]);
	});
	const y = spec.targets;
	const errors = a.map((yhat, j) => yhat - (y[j] ?? NaN));
	switch (spec.loss) {
		case 'half-sse':
			return errors.reduce((s, e) => s + 0.5 * e * e, 0);
		case 'sse':
			return errors.reduce((s, e) => s + e * e, 0);
		case 'mse':
			return errors.reduce((s, e) => s + e * e, 0) / errors.length;
		case 'bce': {
			const [yhat = NaN] = a;
			const [t = NaN] = y;
			return -(t * Math.log(yhat) + (1 - t) * Math.log(1 - yhat));
		}
		case 'cce':
			return -a.reduce((s, yhat, j) => s + (y[j] ?? NaN) * Math.log(yhat), 0);
	}
}

describe('the seed-like 2-2-2 net', () => {
	it('traces exactly like the explicit worked example, name for name', () => {
		// Arrange
		const explicit = mustTrace(mustBuild(fixture.model));
		const rename: Record<string, string> = {
			w1: 'w1_1_1', w3: 'w1_1_2', w2: 'w1_2_1', w4: 'w1_2_2',
			w5: 'w2_1_1', w6: 'w2_1_2', w7: 'w2_2_1', w8: 'w2_2_2',
			B1: 'b1', B2: 'b2'
		};

		// Act
		const expanded = mustTrace(mustBuild(expand(seedLike)));

		// Assert
		expect(expanded.loss).toBe(explicit.loss);
		expect(expanded.newLoss).toBe(explicit.newLoss);
		for (const [seedName, name] of Object.entries(rename)) {
			expect(expanded.gradients[name], name).toBe(explicit.gradients[seedName]);
			expect(expanded.updated[name], name).toBe(explicit.updated[seedName]);
		}
		expect(expanded.values['a1_1']).toBe(explicit.values['n1']);
		expect(expanded.values['yhat2']).toBe(explicit.values['yhat2']);
		expect(Object.keys(expanded.gradients)).toHaveLength(10);
	});

	it('writes the documented names and TeX labels', () => {
		// Arrange, Act
		const model = expand(seedLike);

		// Assert
		expect(model.nodes.map((n) => `${n.name} = ${n.expr}`)).toEqual([
			'z1_1 = x1*w1_1_1 + x2*w1_1_2 + b1',
			'a1_1 = sigmoid(z1_1)',
			'z1_2 = x1*w1_2_1 + x2*w1_2_2 + b1',
			'a1_2 = sigmoid(z1_2)',
			'z2_1 = a1_1*w2_1_1 + a1_2*w2_1_2 + b2',
			'yhat1 = sigmoid(z2_1)',
			'z2_2 = a1_1*w2_2_1 + a1_2*w2_2_2 + b2',
			'yhat2 = sigmoid(z2_2)',
			'L = 0.5*(y1 - yhat1)^2 + 0.5*(y2 - yhat2)^2'
		]);
		expect(model.nodes.map((n) => n.tex)).toEqual([
			'z^{(1)}_{1}', 'a^{(1)}_{1}', 'z^{(1)}_{2}', 'a^{(1)}_{2}', 'z^{(2)}_{1}', '\\hat{y}_{1}', 'z^{(2)}_{2}', '\\hat{y}_{2}', 'L'
		]);
		expect(model.labels).toMatchObject({ x1: 'x_{1}', y2: 'y_{2}', w1_2_1: 'w^{(1)}_{21}', b2: 'b^{(2)}', L: 'L' });
		expect(Object.keys(model.inputs)).toEqual(['x1', 'x2']);
		expect(Object.keys(model.targets)).toEqual(['y1', 'y2']);
	});

	it('labels per-neuron biases b^{(l)}_{j} and puts a comma in w^{(l)}_{j,k} past 9 units', () => {
		// Arrange
		const rng = mulberry32(3);
		const spec = randomNetwork(rng, [10, 2, 1], ['tanh', 'linear'], 'sse', [0.3]);
		spec.biases = [[0.1, 0.2], 0.3];

		// Act
		const model = expand(spec);

		// Assert
		expect(model.labels).toMatchObject({ w1_2_10: 'w^{(1)}_{2,10}', w2_1_1: 'w^{(2)}_{1,1}', b1_2: 'b^{(1)}_{2}', b2: 'b^{(2)}', x10: 'x_{10}' });
		expect(model.params['b1_2']).toBe(0.2);
		expect(model.nodes.find((n) => n.name === 'yhat1')?.expr).toBe('z2_1');
	});
});

describe('every activation and loss', () => {
	const hidden = ACTIVATIONS.filter((a) => a !== 'softmax');
	const cases: [Activation, Activation, LossKind, number[]][] = [
		...hidden.map((a): [Activation, Activation, LossKind, number[]] => [a, 'sigmoid', 'half-sse', [0.2, 0.7]]),
		['tanh', 'linear', 'mse', [0.3, -0.4]],
		['relu', 'linear', 'sse', [0.3, -0.4]],
		['swish', 'sigmoid', 'bce', [1]],
		['elu', 'softmax', 'cce', [0, 1]]
	];

	it.each(cases)('%s hidden layer, %s output, %s loss: the loss of a plain dense forward pass', (act, out, loss, targets) => {
		// Arrange
		const rng = mulberry32(targets.length * 100 + ACTIVATIONS.indexOf(act));
		const spec = randomNetwork(rng, [3, 4, targets.length], [act, out], loss, targets);

		// Act
		const t = mustTrace(mustBuild(expand(spec)));

		// Assert
		expect(t.loss).toBeCloseTo(referenceLoss(spec), 12);
	});
});

describe('the gradients the course derives at z', () => {
	it.each([
		[[1, 0, 0], 11],
		[[0, 0, 1], 12],
		[[0.2, 0.5, 0.3], 13]
	])('softmax + cross-entropy with targets %j: ∂L/∂z_j summed over paths is ŷ_j − y_j', (targets, seed) => {
		// Arrange
		const spec = randomNetwork(mulberry32(seed), [2, 3, 3], ['tanh', 'softmax'], 'cce', targets);
		const t = mustTrace(mustBuild(expand(spec)));

		// Act
		const viaPaths = [1, 2, 3].map((j) => listPaths(t, `z2_${j}`, Infinity).reduce((s, p) => s + p.product, 0));

		// Assert
		[1, 2, 3].forEach((j, i) => {
			const expected = (t.values[`yhat${j}`] ?? NaN) - (targets[i] ?? NaN);
			expect(viaPaths[i]).toBeCloseTo(expected, 14);
			expect(t.adjoints[`z2_${j}`]).toBeCloseTo(expected, 14);
		});
		// each z_j reaches L through every ŷ_i
		expect(listPaths(t, 'z2_1', Infinity)).toHaveLength(3);
	});

	it.each([0, 1, 0.3])('sigmoid + binary cross-entropy with y = %d: ∂L/∂z = ŷ − y', (y) => {
		// Arrange
		const spec = randomNetwork(mulberry32(21), [2, 2, 1], ['relu', 'sigmoid'], 'bce', [y]);
		const t = mustTrace(mustBuild(expand(spec)));

		// Act
		const [path, ...rest] = listPaths(t, 'z2_1');

		// Assert
		expect(rest).toEqual([]);
		expect(path?.factors.map((f) => f.wrt)).toEqual(['yhat1', 'z2_1']);
		expect(path?.product).toBeCloseTo((t.values['yhat1'] ?? NaN) - y, 14);
	});
});

describe('mse gradients against central finite differences', () => {
	it.each([31, 32, 33, 34, 35])('seed %i', (seed) => {
		// Arrange
		const rng = mulberry32(seed);
		const spec = randomNetwork(rng, [3, 4, 3, 2], ['tanh', 'softplus', 'linear'], 'mse', [rng.range(-1, 1), rng.range(-1, 1)]);
		const graph = mustBuild(expand(spec));
		const t = mustTrace(graph);

		for (const p of graph.params) {
			// Act
			const slot = graph.slots.get(p) ?? -1;
			const at = (delta: number): number => {
				const values = graph.initial.slice();
				values[slot] = (values[slot] ?? NaN) + delta;
				return forward(graph, values)[graph.lossSlot] ?? NaN;
			};
			const h = 1e-6;
			const fd = (at(h) - at(-h)) / (2 * h);

			// Assert
			const g = t.gradients[p] ?? NaN;
			expect(Math.abs(g - fd), p).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(g)));
		}
	});
});

describe('shape errors', () => {
	const bad = (change: Partial<NetworkSpec>): string[] => {
		const result = expandNetwork({ ...structuredClone(seedLike), ...change });
		return result.ok ? [] : result.issues.map((i) => i.message);
	};

	it.each<[string, Partial<NetworkSpec>, string[]]>([
		[
			'a weight row of the wrong length',
			{ weights: [[[0.1, 0.3], [0.2, 0.4]], [[0.5, 0.6], [0.7, 0.8, 0.9]]] },
			['network.weights[1][1] has 3 values, expected 2 (one per unit of layer 1)']
		],
		[
			'a missing weight row',
			{ weights: [[[0.1, 0.3]], [[0.5, 0.6], [0.7, 0.8]]] },
			['network.weights[0] has 1 row, expected 2 (one per neuron of layer 1)']
		],
		[
			'a missing weight matrix',
			{ weights: [[[0.1, 0.3], [0.2, 0.4]]] },
			['network.weights has 1 matrix, expected 2 (one per layer after the input layer)']
		],
		[
			'inputs and targets of the wrong size',
			{ inputs: [1, 2, 3], targets: [1] },
			['network.inputs has 3 values, expected 2 (the size of layer 0)', 'network.targets has 1 value, expected 2 (the size of the output layer 2)']
		],
		[
			'a bias list of the wrong length',
			{ biases: [[0.1, 0.2, 0.3], 0.35] },
			['network.biases[0] has 3 values, expected 2 (one per neuron of layer 1) or a single shared number']
		],
		['too few biases', { biases: [0.25] }, ['network.biases has 1 entry, expected 2 (one per layer after the input layer)']],
		['too few activations', { activations: ['sigmoid'] }, ['network.activations has 1 entry, expected 2 (one per layer after the input layer)']],
		['a single layer', { layers: [2] }, ['network.layers has 1 size, expected at least 2 (the input layer and the output layer)']],
		['an empty layer', { layers: [2, 0, 2] }, ['network.layers[1] is 0, expected a whole number of units ≥ 1']],
		['a non-finite weight', { weights: [[[0.1, NaN], [0.2, 0.4]], [[0.5, 0.6], [0.7, 0.8]]] }, ['network.weights[0][0][1] is NaN, expected a finite number']],
		[
			'softmax on a hidden layer',
			{ activations: ['softmax', 'softmax'], loss: 'cce' },
			['network.activations[0] is softmax, which only the output layer may use']
		],
		['cce without softmax', { loss: 'cce' }, ['network.loss is cce, which needs a softmax output layer, not sigmoid']],
		['softmax without cce', { activations: ['sigmoid', 'softmax'] }, ['network.loss is half-sse, but a softmax output layer goes with cce']],
		['bce on two outputs', { loss: 'bce' }, ['network.loss is bce, which needs one sigmoid output unit, not 2 sigmoid units']]
	])('%s', (_what, change, messages) => {
		// Arrange, Act
		const issues = bad(change);

		// Assert
		expect(issues).toEqual(messages);
	});

	it('gives each issue the path it names', () => {
		// Arrange, Act
		const result = expandNetwork({ ...seedLike, inputs: [1] }, 'lesson.network');

		// Assert
		expect(result).toEqual({
			ok: false,
			issues: [{ path: 'lesson.network.inputs', message: 'lesson.network.inputs has 1 value, expected 2 (the size of layer 0)' }]
		});
	});
});
