/**
 * Two ways to train a dense tanh net other than Cadena's engine, for the bench to compare against:
 * the loop a person writes by hand over Float64Arrays, and a micrograd-style per-value autograd
 * (karpathy/micrograd's engine.py: each Value keeps data, grad and a backward closure, and the graph of
 * Values is built anew on every forward pass). Both compute L = Σ ½(y − ŷ)² and every gradient.
 * Indexing writes `x[k]!` as such code would: an index checked by its loop, no `?? 0` in the hot path.
 */
import type { NetworkSpec } from '../src/lib/engine/layered';

/** Loss and gradients of one iteration, by the layered names (w1_2_1, b1, x3). */
export interface Gradients {
	loss: number;
	grad(name: string): number;
}

/** Sizes, weights and shared biases of a tanh / half-SSE net, checked once. */
function shapeOf(spec: NetworkSpec): { sizes: number[]; weights: number[][][]; biases: number[] } {
	if (spec.loss !== 'half-sse' || spec.activations.some((a) => a !== 'tanh')) throw new Error('only tanh nets with ½Σ(y − ŷ)²');
	const biases = spec.biases.map((b) => {
		if (typeof b !== 'number') throw new Error('only one shared bias per layer');
		return b;
	});
	return { sizes: spec.layers, weights: spec.weights, biases };
}

/** Parses a layered name into [kind, layer, j, k] (1-based), for `grad`. */
function nameParts(name: string): [string, number, number, number] {
	const m = /^([a-z]+)(\d+)(?:_(\d+))?(?:_(\d+))?$/.exec(name);
	if (!m) throw new Error(`not a layered name: ${name}`);
	return [m[1] ?? '', Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
}

/** One layer of the hand-written loop: its buffers, allocated once. */
interface HandLayer {
	/** Activations coming in (the previous layer's, or the inputs). */
	x: Float64Array;
	/** tanh of this layer's pre-activations. */
	out: Float64Array;
	/** Weights row-major: w[j·n + k] into neuron j from unit k. */
	w: Float64Array;
	bias: number;
	/** ∂L/∂w, laid out as w. */
	gw: Float64Array;
	gb: number;
	/** ∂L/∂out and ∂L/∂x. */
	dOut: Float64Array;
	dIn: Float64Array;
}

/** The hand-written loop over Float64Arrays, every buffer allocated once. */
export function handLoop(spec: NetworkSpec): { step(): Gradients } {
	const { sizes, weights, biases } = shapeOf(spec);
	const units = sizes.map((n) => new Float64Array(n));
	const dUnits = sizes.map((n) => new Float64Array(n));
	units[0]?.set(spec.inputs);
	const layers: HandLayer[] = weights.map((m, l) => {
		const w = Float64Array.from(m.flat());
		return {
			x: units[l] ?? new Float64Array(0),
			out: units[l + 1] ?? new Float64Array(0),
			w,
			bias: biases[l] ?? 0,
			gw: new Float64Array(w.length),
			gb: 0,
			dOut: dUnits[l + 1] ?? new Float64Array(0),
			dIn: dUnits[l] ?? new Float64Array(0)
		};
	});
	const y = Float64Array.from(spec.targets);
	const yHat = units[units.length - 1] ?? new Float64Array(0);
	const dYHat = dUnits[dUnits.length - 1] ?? new Float64Array(0);
	let loss = 0;
	const grads: Gradients = {
		get loss() {
			return loss;
		},
		grad(name) {
			const [kind, l, j, k] = nameParts(name);
			if (kind === 'w') return layers[l - 1]?.gw[(j - 1) * (sizes[l - 1] ?? 0) + (k - 1)] ?? NaN;
			if (kind === 'b') return layers[l - 1]?.gb ?? NaN;
			if (kind === 'x') return dUnits[0]?.[l - 1] ?? NaN;
			throw new Error(`no gradient for ${name}`);
		}
	};
	return {
		step() {
			for (const { x, out, w, bias } of layers) {
				const n = x.length;
				for (let j = 0; j < out.length; j++) {
					let z = 0;
					for (let k = 0; k < n; k++) z += x[k]! * w[j * n + k]!;
					out[j] = Math.tanh(z + bias);
				}
			}
			loss = 0;
			for (let j = 0; j < yHat.length; j++) {
				const e = y[j]! - yHat[j]!;
				loss += 0.5 * e * e;
				dYHat[j] = -e;
			}
			for (let l = layers.length - 1; l >= 0; l--) {
				const layer = layers[l]!;
				const { x, out, w, gw, dOut, dIn } = layer;
				const n = x.length;
				dIn.fill(0);
				let gb = 0;
				for (let j = 0; j < out.length; j++) {
					// tanh′ = 1 − a²
					const dz = dOut[j]! * (1 - out[j]! * out[j]!);
					gb += dz;
					for (let k = 0; k < n; k++) {
						gw[j * n + k] = dz * x[k]!;
						dIn[k] = dIn[k]! + dz * w[j * n + k]!;
					}
				}
				layer.gb = gb;
			}
			return grads;
		}
	};
}

/** micrograd's Value: a number, ∂L/∂(this number), and how to pass the gradient to the values it came from. */
class Value {
	grad = 0;
	backward: () => void = () => {};
	constructor(
		public data: number,
		public readonly prev: readonly Value[] = []
	) {}

	add(other: Value): Value {
		const out = new Value(this.data + other.data, [this, other]);
		out.backward = () => {
			this.grad += out.grad;
			other.grad += out.grad;
		};
		return out;
	}

	mul(other: Value): Value {
		const out = new Value(this.data * other.data, [this, other]);
		out.backward = () => {
			this.grad += other.data * out.grad;
			other.grad += this.data * out.grad;
		};
		return out;
	}

	tanh(): Value {
		const t = Math.tanh(this.data);
		const out = new Value(t, [this]);
		out.backward = () => {
			this.grad += (1 - t * t) * out.grad;
		};
		return out;
	}

	/** ½(y − this)², the loss of one output. */
	halfSquaredError(y: number): Value {
		const e = y - this.data;
		const out = new Value(0.5 * e * e, [this]);
		out.backward = () => {
			this.grad += -e * out.grad;
		};
		return out;
	}

	/** Topological order, then the closures in reverse (micrograd's backward(), without recursion). */
	backpropagate(): void {
		const order: Value[] = [];
		const seen = new Set<Value>();
		const stack: [Value, number][] = [[this, 0]];
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const [v, i] = top;
			if (i === 0 && seen.has(v)) {
				stack.pop();
				continue;
			}
			seen.add(v);
			const child = v.prev[i];
			if (child !== undefined) {
				top[1] = i + 1;
				if (!seen.has(child)) stack.push([child, 0]);
			} else {
				stack.pop();
				order.push(v);
			}
		}
		this.grad = 1;
		for (let i = order.length - 1; i >= 0; i--) order[i]?.backward();
	}
}

/** The per-value autograd: parameters and inputs are kept Values; the rest of the graph is rebuilt each step. */
export function microgradNet(spec: NetworkSpec): { step(): Gradients } {
	const { weights, biases } = shapeOf(spec);
	const W = weights.map((m) => m.map((row) => row.map((v) => new Value(v))));
	const b = biases.map((v) => new Value(v));
	const x = spec.inputs.map((v) => new Value(v));
	let loss = 0;
	const grads: Gradients = {
		get loss() {
			return loss;
		},
		grad(name) {
			const [kind, l, j, k] = nameParts(name);
			const v = kind === 'w' ? W[l - 1]?.[j - 1]?.[k - 1] : kind === 'b' ? b[l - 1] : kind === 'x' ? x[l - 1] : undefined;
			if (v === undefined) throw new Error(`no gradient for ${name}`);
			return v.grad;
		}
	};
	return {
		step() {
			for (const v of [...W.flat(2), ...b, ...x]) v.grad = 0;
			let a: Value[] = x;
			W.forEach((matrix, l) => {
				const bias = b[l]!;
				a = matrix.map((row) => {
					let z = row[0]!.mul(a[0]!);
					for (let k = 1; k < row.length; k++) z = z.add(row[k]!.mul(a[k]!));
					return z.add(bias).tanh();
				});
			});
			let total = a[0]!.halfSquaredError(spec.targets[0] ?? NaN);
			for (let j = 1; j < a.length; j++) total = total.add(a[j]!.halfSquaredError(spec.targets[j] ?? NaN));
			total.backpropagate();
			loss = total.data;
			return grads;
		}
	};
}
