/**
 * L1 and L2 in the trainer, against central finite differences of what each update minimises:
 * J(w) = mean data loss over the batch + penalty(w).
 */
import { describe, expect, it } from 'vitest';
import { blobs } from './datasets';
import { createTrainer, penalty, randomParams, trainStep, type Regularization, type Trainer } from './train';
import { mustBuild, net221 } from './testing';

const graph = mustBuild(net221());
const data = blobs({ seed: 4, n: 12 });

function make(params: Float64Array, regularization: Regularization): Trainer {
	const result = createTrainer(graph, data, {
		inputs: ['x1', 'x2'],
		targets: ['t'],
		optimizer: { kind: 'gd', learningRate: 0.1 },
		schedule: { kind: 'full-batch' },
		params,
		regularization
	});
	if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	return result.trainer;
}

/** J at w: the data loss plus the penalty. */
const objective = (w: Float64Array, r: Regularization) => {
	const t = make(w, r);
	return t.loss + penalty(t);
};

describe('regularisation', () => {
	const start = randomParams(graph, 11);
	const weights = graph.params.filter((p) => p.startsWith('w'));
	const cases: Regularization[] = [
		{ kind: 'l1', rate: 0.05 },
		{ kind: 'l2', rate: 0.3 },
		{ kind: 'l2', rate: 0.3, params: weights }
	];

	it.each(cases)('gives the gradient of data loss + penalty (%o), by central differences', (r) => {
		// Arrange
		const t = make(start, r);
		const h = 1e-6;

		// Act
		trainStep(t);
		const gradient = t.last?.gradient ?? new Float64Array();

		// Assert
		graph.params.forEach((_, k) => {
			const up = start.slice();
			const down = start.slice();
			up[k] = (up[k] ?? 0) + h;
			down[k] = (down[k] ?? 0) - h;
			const numeric = (objective(up, r) - objective(down, r)) / (2 * h);
			expect(gradient[k]).toBeCloseTo(numeric, 6);
		});
	});

	it('penalises only the parameters named, and keeps `loss` the data loss alone', () => {
		const all = make(start, { kind: 'l2', rate: 1 });
		const some = make(start, { kind: 'l2', rate: 1, params: weights });
		const none = make(start, { kind: 'none' });
		const half = (names: readonly string[]) => names.reduce((s, p) => s + 0.5 * (start[graph.params.indexOf(p)] ?? 0) ** 2, 0);
		expect(penalty(all)).toBeCloseTo(half(graph.params), 12);
		expect(penalty(some)).toBeCloseTo(half(weights), 12);
		expect(penalty(none)).toBe(0);
		expect(all.loss).toBe(none.loss);
	});

	it('shrinks the weights: after the same updates, L2 leaves them smaller than no penalty', () => {
		const plain = make(start, { kind: 'none' });
		const l2 = make(start, { kind: 'l2', rate: 0.5 });
		for (let i = 0; i < 50; i++) {
			trainStep(plain);
			trainStep(l2);
		}
		const norm = (w: Float64Array) => w.reduce((s, v) => s + v * v, 0);
		expect(norm(l2.params)).toBeLessThan(norm(plain.params));
	});

	it('refuses a negative rate and a parameter the model does not have', () => {
		const result = createTrainer(graph, data, {
			inputs: ['x1', 'x2'],
			targets: ['t'],
			optimizer: { kind: 'gd', learningRate: 0.1 },
			schedule: { kind: 'full-batch' },
			regularization: { kind: 'l1', rate: -1, params: ['nope'] }
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['regularization.rate', 'regularization.params[0]']);
	});
});
