import { describe, expect, it } from 'vitest';
import { loadModelFile } from '../lesson/load';
import { backward, run } from '../engine/pass';
import { decodeBase64Url } from './model-link';
import { advance, createSession, lookInsideFragment, measure, type Session } from './session';
import { DEFAULT_SETTINGS, type TrainSettings } from './settings';

function mustSession(settings: TrainSettings): Session {
	const result = createSession(settings);
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.session;
}

const circle88: TrainSettings = { ...DEFAULT_SETTINGS, hidden: [8, 8], learningRate: 0.03, optimizer: 'adam' };

describe('a training session', () => {
	it('splits 400 examples by the ratio and trains a 2-8-8-1 net on the circle until the held-out loss halves', () => {
		const session = mustSession(circle88);
		expect(session.trainPoints.inputs).toHaveLength(200);
		expect(session.testPoints.inputs).toHaveLength(200);
		const start = measure(session);
		advance(session, 800);
		expect(session.trainer.iteration).toBe(800);
		expect(measure(session)).toBeLessThan(start / 2);
	});

	it('stops advancing when the time budget is spent, after at least one update', () => {
		const session = mustSession(circle88);
		let clock = 0;
		const made = advance(session, 100, 5, () => (clock += 2));
		expect(made).toBe(3);
		expect(session.trainer.iteration).toBe(3);
	});

	it('changes the heat map as it trains', () => {
		const session = mustSession(circle88);
		const before = session.maps.output.slice();
		advance(session, 50);
		measure(session);
		expect(session.maps.output).not.toEqual(before);
	});

	it('computes the chosen features as the net\'s inputs', () => {
		const session = mustSession({ ...circle88, features: ['x', 'y', 'xy'] });
		const [x = NaN, y = NaN] = session.trainPoints.inputs[4] ?? [];
		expect(session.trainer.data.inputs[4]).toEqual([x, y, x * y]);
		expect(session.net.network.layers).toEqual([3, 8, 8, 1]);
	});
});

describe('look inside this iteration', () => {
	const cases: [string, TrainSettings][] = [
		['a classifier (bce)', { ...circle88, regularization: 'l2', regularizationRate: 0.01 }],
		['a regression (½(y − ŷ)²)', { ...DEFAULT_SETTINGS, dataset: 'bump', features: ['x2', 'y2'], hidden: [3] }]
	];
	it.each(cases)('links %s whose model gives the trainer\'s loss and gradient for that example', (_, settings) => {
		// Arrange
		const session = mustSession(settings);
		advance(session, 40);
		const i = 9;
		const values = session.trainer.examples[i] ?? new Float64Array();
		const expected = backward(session.trainer.graph, values.slice());

		// Act
		const fragment = lookInsideFragment(session, i);
		// read as the lesson format reads a model file: schema, expansion, graph and trace
		const loaded = loadModelFile(decodeBase64Url(fragment.replace(/^model=/, '')));
		if (!loaded.ok) throw new Error(loaded.problems.map((x) => x.message).join('\n'));
		const built = loaded;
		const pass = run(built.graph);

		// Assert
		const { graph } = built;
		const lossSlot = session.trainer.graph.lossSlot;
		expect(pass.values[graph.lossSlot]).toBe(values[lossSlot]);
		expect(graph.params).toEqual(session.trainer.graph.params);
		for (const p of graph.params) {
			expect(pass.adjoints[graph.slots.get(p) ?? -1]).toBe(expected.adjoints[session.trainer.graph.slots.get(p) ?? -1]);
		}
		expect(graph.learningRate).toBe(settings.learningRate);
	});
});
