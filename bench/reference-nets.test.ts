import { describe, expect, it } from 'vitest';
import { expandNetwork } from '../src/lib/engine/layered';
import { run } from '../src/lib/engine/pass';
import { denseNetwork, mustBuild } from '../src/lib/engine/testing';
import { handLoop, microgradNet } from './reference-nets';

describe('the bench’s hand-written loop and per-value autograd', () => {
	it('compute the engine’s loss and every gradient of a dense tanh net', () => {
		// Arrange
		const spec = denseNetwork(3, 4, 'tanh', 5);
		const expanded = expandNetwork(spec);
		if (!expanded.ok) throw new Error('the net does not expand');
		const graph = mustBuild(expanded.model);
		const pass = run(graph);
		const names = [...graph.params, 'x1', 'x4'];

		for (const reference of [handLoop(spec), microgradNet(spec)]) {
			// Act: twice, so a second step starts from zeroed gradients
			reference.step();
			const got = reference.step();

			// Assert
			expect(got.loss).toBeCloseTo(pass.values[graph.lossSlot] ?? NaN, 12);
			for (const n of names) expect(got.grad(n), n).toBeCloseTo(pass.adjoints[graph.slots.get(n) ?? -1] ?? NaN, 12);
		}
	});
});
