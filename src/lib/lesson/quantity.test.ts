import { describe, expect, it } from 'vitest';
import { denseNetwork, mustBuild, mustBuildNetwork, mustTrace, net221 } from '../engine/testing';
import { quantityValue } from './quantity';

function figure(t: Parameters<typeof quantityValue>[0], key: string): number {
	const q = quantityValue(t, key);
	if (!q.ok) throw new Error(q.message);
	return q.value;
}

describe('the quantities of the lessons on the backward pass itself', () => {
	const t = mustTrace(mustBuild(net221()));
	const yhat = t.values.yhat ?? NaN;

	it('delta:NODE is ∂E/∂node, the error the backward pass carries', () => {
		// E = ½(t − ŷ)² with t = 0: ∂E/∂ŷ = ŷ − t and δ of the sum is (ŷ − t)·ŷ(1 − ŷ), written out here
		expect(figure(t, 'delta:yhat')).toBeCloseTo(yhat, 12);
		expect(figure(t, 'delta:sum_yhat')).toBeCloseTo(yhat * yhat * (1 - yhat), 12);
		// a parameter's δ is its gradient
		expect(figure(t, 'delta:w5')).toBe(figure(t, 'grad:w5'));
	});

	it('paths:PARAM counts the chain-rule paths, width to the power of the layers above', () => {
		expect(figure(t, 'paths:w5')).toBe(1);
		expect(figure(t, 'paths:w1')).toBe(1);
		// a dense net of four layers of width 3: a first-layer weight reaches the loss through any of the
		// 3 units of layer 2, then any of 3 in layer 3, then any of the 3 outputs, 3^3 paths in all
		const deep = mustTrace(mustBuildNetwork(denseNetwork(4, 3)));
		expect(figure(deep, 'paths:w1_1_1')).toBe(3 ** 3);
		expect(figure(deep, 'paths:w3_1_1')).toBe(3);
		expect(figure(deep, 'paths:w4_1_1')).toBe(1);
	});

	it('edges counts one local factor per variable of each node, nodes the computed nodes', () => {
		// sum_n1: x1 w1 x2 w3 b1 (5), n1 (1), sum_n2 (5), n2 (1), sum_yhat: n1 w5 n2 w6 b3 (5), yhat (1), E: t yhat (2)
		expect(figure(t, 'edges')).toBe(5 + 1 + 5 + 1 + 5 + 1 + 2);
		expect(figure(t, 'nodes')).toBe(7);
	});

	it('names what is wrong with a key', () => {
		expect(quantityValue(t, 'delta:nope')).toEqual({ ok: false, message: '"nope" is not a name of the model' });
		expect(quantityValue(t, 'paths:n1')).toEqual({ ok: false, message: '"n1" is not a parameter' });
		expect(quantityValue(t, 'edges:3').ok).toBe(false);
	});
});
