import { describe, expect, it } from 'vitest';
import { generateLesson } from '../lesson/generate';
import { DEFAULT_FORM, drawnWeights, formOf, networkOf, trainLink, type NetworkForm } from './network-form';
import { parseSettings } from '../playground-train/settings';

describe('the layered form', () => {
	it('draws the same weights from the same seed, one per edge, and the checker accepts the network', () => {
		expect(drawnWeights([2, 2, 1], 4)).toEqual(drawnWeights([2, 2, 1], 4));
		const built = networkOf(DEFAULT_FORM);
		if (!built.ok) throw new Error('does not build');
		expect(built.file.network).toMatchObject({ layers: [2, 2, 1], activations: ['sigmoid', 'sigmoid'] });
		expect(generateLesson(JSON.stringify(built.file)).ok).toBe(true);
	});

	it('names the field that holds something that is not a number', () => {
		const built = networkOf({ ...DEFAULT_FORM, inputs: '0.05, abc', rate: '' });
		expect(built.ok).toBe(false);
		if (built.ok) return;
		expect(built.problems.map((p) => p.field)).toEqual(['inputs', 'rate']);
		expect(built.problems[0]?.message).toContain('"abc"');
	});

	it('leaves a typed weight array of the wrong shape to the checker, which says where', () => {
		const built = networkOf({ ...DEFAULT_FORM, weightsFrom: 'typed', weights: '[[[0.1, 0.2]], [[0.3, 0.4]]]', biases: '[0.1, 0.2]' });
		if (!built.ok) throw new Error('the form refused it');
		const result = generateLesson(JSON.stringify(built.file));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.message).toMatch(/network\.weights\[0\]/);
	});

	it('sends its decimals, 5 unless changed, with the network into the lesson', () => {
		const built = networkOf({ ...DEFAULT_FORM, precision: 3 });
		if (!built.ok) throw new Error('does not build');

		expect(DEFAULT_FORM.precision).toBe(5);
		expect(built.file.precision).toBe(3);
		const result = generateLesson(JSON.stringify(built.file));
		expect(result.ok && result.lesson.precision).toBe(3);
	});

	it('names the decimals field when it is not a whole number from 0 to 12', () => {
		for (const precision of [13, -1, 2.5, Number.NaN]) {
			const built = networkOf({ ...DEFAULT_FORM, precision });

			expect(built.ok, String(precision)).toBe(false);
			if (!built.ok) expect(built.problems).toEqual([{ field: 'precision', message: 'decimals: a whole number from 0 to 12' }]);
		}
	});

	it('fills the form from a network read from a link, weights typed', () => {
		const built = networkOf(DEFAULT_FORM);
		if (!built.ok) throw new Error('does not build');
		const form = formOf({ ...DEFAULT_FORM, layers: [2, 2, 1], activations: ['tanh', 'sigmoid'], inputs: [1, 2], targets: [0.5], weights: [[[1, 2], [3, 4]], [[5, 6]]], biases: [0.1, 0.2], loss: 'mse', learningRate: 0.3 });
		expect(form).toMatchObject({ layers: '2, 2, 1', weightsFrom: 'typed', weights: '[[[1,2],[3,4]],[[5,6]]]', rate: '0.3', loss: 'mse', precision: 5 });
		const again = networkOf(form);
		expect(again.ok && again.file.network['weights']).toEqual([[[1, 2], [3, 4]], [[5, 6]]]);
	});
});

describe('the training page’s link for a layered network', () => {
	const form = (layers: string, activations: NetworkForm['activations'], rate = '0.3'): NetworkForm => ({ ...DEFAULT_FORM, layers, activations, rate });

	it('carries the hidden layers, the activation and η of a 2-…-1 network the page can train', () => {
		expect(trainLink(form('2, 8, 8, 1', ['tanh', 'tanh', 'sigmoid']), 'es')).toBe('/es/playground/train/#layers=8,8&activation=tanh&lr=0.3');
		const link = trainLink(form('2 4 1', ['relu', 'sigmoid'], 'x'), 'en') ?? '';
		expect(link).toBe('/en/playground/train/#layers=4&activation=relu');
		// the page reads back what the link says
		const read = parseSettings(link.slice(link.indexOf('#')));
		expect(read.settings.hidden).toEqual([4]);
		expect(read.settings.activation).toBe('relu');
		expect(read.problems).toEqual([]);
	});

	it('has none for a network the page cannot hold', () => {
		expect(trainLink(form('3, 4, 1', ['tanh', 'sigmoid']), 'en')).toBeNull();
		expect(trainLink(form('2, 4, 2', ['tanh', 'softmax']), 'en')).toBeNull();
		expect(trainLink(form('2, 9, 1', ['tanh', 'sigmoid']), 'en')).toBeNull();
		expect(trainLink(form('2, 4, 4, 1', ['tanh', 'relu', 'sigmoid']), 'en')).toBeNull();
		expect(trainLink(form('2, 4, 1', ['elu', 'sigmoid']), 'en')).toBeNull();
	});
});
