/**
 * Every optimizer against its first two steps worked by hand, on w = (1, −2) and g = (0.5, −1).
 * The arithmetic is written out above each expectation so a reader can redo it on paper.
 */
import { describe, expect, it } from 'vitest';
import { adagrad, adam, createOptimizer, gd, momentum, optimizerIssues, rmsprop, stepOptimizer } from './optimizers';

const start = () => Float64Array.of(1, -2);
const g1 = Float64Array.of(0.5, -1);
const eps = 1e-8;

/** Element-wise toBeCloseTo with `digits` decimals. */
function expectClose(actual: Float64Array, expected: number[], digits = 12): void {
	expect(actual.length).toBe(expected.length);
	expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
}

describe('gradient descent', () => {
	it('moves each weight by η·g', () => {
		// Arrange
		const w = start();
		const state = gd.create(2, { learningRate: 0.1 });

		// Act
		const record = gd.step(state, w, g1);

		// Assert: 1 − 0.1·0.5 = 0.95, −2 − 0.1·(−1) = −1.9
		expectClose(record.update, [0.05, -0.1]);
		expectClose(w, [0.95, -1.9]);
		expectClose(record.before, [1, -2]);
		expectClose(record.after, [0.95, -1.9]);
		expect(record.t).toBe(1);

		// step 2, same g: (0.95 − 0.05, −1.9 + 0.1) = (0.9, −1.8); plain GD keeps no memory
		const second = gd.step(state, w, g1);
		expectClose(second.update, [0.05, -0.1]);
		expectClose(w, [0.9, -1.8]);
		expect(second.t).toBe(2);
	});
});

describe('momentum (v⁺ = βv + g, w⁺ = w − ηv⁺)', () => {
	it('takes a plain GD step first, then a longer one in the same direction', () => {
		const w = start();
		const state = momentum.create(2, { learningRate: 0.1, beta: 0.9 });

		// step 1: v = 0·0.9 + g = (0.5, −1); w = (1 − 0.05, −2 + 0.1) = (0.95, −1.9)
		const first = momentum.step(state, w, g1);
		expectClose(first.velocity, [0.5, -1]);
		expectClose(w, [0.95, -1.9]);

		// step 2, same g: v = 0.9·(0.5, −1) + (0.5, −1) = (0.95, −1.9); w = (0.95 − 0.095, −1.9 + 0.19) = (0.855, −1.71)
		const second = momentum.step(state, w, g1);
		expectClose(second.velocity, [0.95, -1.9]);
		expectClose(second.update, [0.095, -0.19]);
		expectClose(w, [0.855, -1.71]);
		// the first record is a snapshot, not a view of the live state
		expectClose(first.velocity, [0.5, -1]);
	});
});

describe('AdaGrad (G⁺ = G + g², w⁺ = w − ηg/(√G⁺ + ε))', () => {
	it('first moves each weight by ≈ η·sign(g), then by η·g/√(sum of g²)', () => {
		const w = start();
		const state = adagrad.create(2, { learningRate: 0.1, epsilon: eps });

		// step 1: G = (0.25, 1), √G = (0.5, 1), update = (0.1·0.5/0.5, 0.1·(−1)/1) = (0.1, −0.1) up to ε
		const first = adagrad.step(state, w, g1);
		expectClose(first.sumSquares, [0.25, 1]);
		expectClose(first.denominator, [0.5 + eps, 1 + eps]);
		expectClose(w, [0.9, -1.9], 7);
		expectClose(w, [0.900000002, -1.900000001]);

		// step 2, same g: G = (0.5, 2), √G = (0.70711, 1.41421), update = ±0.1/√2 = ±0.0707107
		const second = adagrad.step(state, w, g1);
		expectClose(second.sumSquares, [0.5, 2]);
		expectClose(second.update, [0.1 * 0.5 / (Math.SQRT1_2 + eps), -0.1 / (Math.SQRT2 + eps)]);
		expectClose(w, [0.8292893248813452, -1.8292893233813452]);
	});
});

describe('RMSProp (v⁺ = βv + (1 − β)g², w⁺ = w − ηg/(√v⁺ + ε))', () => {
	it('first moves each weight by η·sign(g)/√(1 − β), then shrinks the step of a quiet weight', () => {
		const w = start();
		const state = rmsprop.create(2, { learningRate: 0.01, beta: 0.9, epsilon: eps });

		// step 1: v = 0.1·g² = (0.025, 0.1), √v = (0.158114, 0.316228),
		//         update = (0.01·0.5/0.158114, 0.01·(−1)/0.316228) = ±0.0316228 = ±0.01·√10
		const first = rmsprop.step(state, w, g1);
		expectClose(first.meanSquare, [0.025, 0.1]);
		expectClose(first.update, [0.01 * Math.sqrt(10), -0.01 * Math.sqrt(10)], 8);
		expectClose(w, [0.968377225398316, -1.9683772243983162]);

		// step 2, g = (−0.5, 0): v = (0.9·0.025 + 0.1·0.25, 0.9·0.1 + 0) = (0.0475, 0.09),
		//         update = (0.01·(−0.5)/√0.0475, 0) = (−0.0229416, 0)
		const second = rmsprop.step(state, w, Float64Array.of(-0.5, 0));
		expectClose(second.meanSquare, [0.0475, 0.09]);
		expectClose(second.update, [-0.02294157233442465, 0]);
		expectClose(w, [0.9913187977327407, -1.9683772243983162]);
	});
});

describe('Adam (bias-corrected m̂ and v̂)', () => {
	it('first moves each weight by ≈ η·sign(g), whatever the size of g', () => {
		const w = start();
		const state = adam.create(2, { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: eps });

		// step 1 (t = 1): m = 0.1·g = (0.05, −0.1), v = 0.001·g² = (0.00025, 0.001),
		//   1 − β₁ = 0.1, 1 − β₂ = 0.001, so m̂ = g = (0.5, −1) and v̂ = g² = (0.25, 1),
		//   update = 0.001·m̂/(√v̂ + ε) = 0.001·g/|g| ≈ (0.001, −0.001)
		const first = adam.step(state, w, g1);
		expectClose(first.m, [0.05, -0.1]);
		expectClose(first.v, [0.00025, 0.001]);
		expect(first.correction1).toBeCloseTo(0.1, 14);
		expect(first.correction2).toBeCloseTo(0.001, 14);
		expectClose(first.mHat, [0.5, -1]);
		expectClose(first.vHat, [0.25, 1]);
		expectClose(first.update, [0.001, -0.001], 9);
		expectClose(w, [0.99900000002, -1.99900000001]);
	});

	it('second step: the first moment remembers the old gradient', () => {
		const w = start();
		const state = adam.create(2, { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: eps });
		adam.step(state, w, g1);

		// step 2 (t = 2), g = (−0.5, 0):
		//   m = 0.9·(0.05, −0.1) + 0.1·(−0.5, 0) = (−0.005, −0.09)
		//   v = 0.999·(0.00025, 0.001) + 0.001·(0.25, 0) = (0.00049975, 0.000999)
		//   1 − β₁² = 0.19, 1 − β₂² = 0.001999
		//   m̂ = (−0.0263158, −0.4736842), v̂ = (0.25, 0.4997499)
		//   update = 0.001·m̂/(√v̂ + ε) = (−0.0000526316, −0.000670058): the second weight still moves
		//   though its gradient is now 0
		const second = adam.step(state, w, Float64Array.of(-0.5, 0));
		expectClose(second.m, [-0.005, -0.09]);
		expectClose(second.v, [0.00049975, 0.000999]);
		expect(second.correction1).toBeCloseTo(0.19, 14);
		expect(second.correction2).toBeCloseTo(0.001999, 14);
		expectClose(second.mHat, [-0.026315789473684206, -0.4736842105263158]);
		expectClose(second.vHat, [0.25, 0.49974987493747597]);
		expectClose(second.update, [-5.263157789473647e-5, -0.000670058244658113]);
		expectClose(w, [0.9990526315978947, -1.9983299417653417]);
	});
});

describe('createOptimizer, stepOptimizer and apply', () => {
	it('apply makes the same update as step, without a record', () => {
		const stepped = start();
		const applied = start();
		const a = adam.create(2, { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: eps });
		const b = adam.create(2, { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: eps });
		for (const g of [g1, Float64Array.of(-0.5, 0), Float64Array.of(0.25, 2)]) {
			adam.step(a, stepped, g);
			adam.apply(b, applied, g);
		}
		expect([...applied]).toEqual([...stepped]);
		expect(b.t).toBe(3);
	});

	it('fill in the usual defaults and dispatch on the kind', () => {
		const state = createOptimizer(2, { kind: 'adam', learningRate: 0.001 });
		expect(state.kind).toBe('adam');
		expect(state.hyper).toEqual({ learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });

		const w = start();
		const record = stepOptimizer(state, w, g1);
		expect(record.kind).toBe('adam');
		expectClose(w, [0.99900000002, -1.99900000001]);
	});

	it('refuse vectors of the wrong length', () => {
		const state = createOptimizer(3, { kind: 'gd', learningRate: 0.1 });
		expect(() => stepOptimizer(state, start(), g1)).toThrow(/3 parameters/);
	});

	it('name bad hyper-parameters', () => {
		expect(optimizerIssues({ kind: 'adam', learningRate: 0.01 })).toEqual([]);
		expect(optimizerIssues({ kind: 'adam', learningRate: -1, beta2: 1 })).toEqual([
			'the learning rate must be a positive number, not -1',
			'β₂ must be in [0, 1), not 1'
		]);
	});
});
