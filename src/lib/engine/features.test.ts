import { describe, expect, it } from 'vitest';
import { FEATURES, featureRow, orderFeatures, withFeatures } from './features';

describe('features', () => {
	it('compute x, y, x², y², xy, sin x and sin y at a point', () => {
		expect(featureRow(FEATURES, 2, -3)).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
	});

	it('keep the order of FEATURES whatever order they were chosen in, each once', () => {
		expect(orderFeatures(['siny', 'x', 'xy', 'x'])).toEqual(['x', 'xy', 'siny']);
		expect(featureRow(orderFeatures(['siny', 'x']), 1, 2)).toEqual([1, Math.sin(2)]);
	});

	it('replace a data set\'s inputs and keep its targets', () => {
		const data = { inputs: [[1, 2], [-1, 0.5]], targets: [[1], [0]] };
		expect(withFeatures(data, ['x2', 'xy'])).toEqual({ inputs: [[1, 2], [1, -0.5]], targets: [[1], [0]] });
	});
});
