import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLANE_SET_NAMES } from '../engine/datasets';
import { FEATURES } from '../engine/features';
import { OPTIMIZER_KINDS } from '../engine/optimizers';
import {
	CONTROLS,
	DEFAULT_SETTINGS,
	HIDDEN_ACTIVATIONS,
	MAX_HIDDEN_LAYERS,
	MAX_UNITS,
	parseSettings,
	printSettings,
	REGULARIZATIONS,
	type TrainSettings
} from './settings';

const settingsArb: fc.Arbitrary<TrainSettings> = fc.record({
	dataset: fc.constantFrom(...PLANE_SET_NAMES),
	noise: fc.integer({ min: 0, max: 50 }),
	ratio: fc.integer({ min: 10, max: 90 }),
	batch: fc.integer({ min: 1, max: 400 }),
	regularization: fc.constantFrom(...REGULARIZATIONS),
	regularizationRate: fc.double({ min: 0, max: 10, noNaN: true }),
	learningRate: fc.double({ min: 1e-6, max: 10, noNaN: true }),
	optimizer: fc.constantFrom(...OPTIMIZER_KINDS),
	hidden: fc.array(fc.integer({ min: 1, max: MAX_UNITS }), { maxLength: MAX_HIDDEN_LAYERS }),
	activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
	features: fc.subarray([...FEATURES], { minLength: 1 }),
	seed: fc.nat(),
	hide: fc.subarray([...CONTROLS])
});

describe('the set-up in the fragment', () => {
	it('reads back exactly what it printed, with no problems (parse ∘ print = id)', () => {
		fc.assert(
			fc.property(settingsArb, (settings) => {
				const { settings: back, problems } = parseSettings(`#${printSettings(settings)}`);
				expect(problems).toEqual([]);
				expect(back).toEqual(settings);
			})
		);
	});

	it('prints a readable link', () => {
		expect(printSettings({ ...DEFAULT_SETTINGS, hidden: [8, 8], hide: ['dataset', 'features'] })).toBe(
			'dataset=circle&noise=0&ratio=50&batch=10&reg=none&regRate=0&lr=0.03&optimizer=gd&layers=8,8&activation=tanh&features=x,y&seed=1&hide=dataset,features'
		);
	});

	it('takes the defaults for an empty fragment', () => {
		expect(parseSettings('')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
	});

	it('keeps what reads, and gives each bad value its default with a problem naming the key, the value and the default', () => {
		const { settings, problems } = parseSettings('#dataset=moon&noise=20&lr=-1&layers=8,99&features=x,z&batch=2.5&hide=dataset,colour&zoom=3&seed=7');
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, noise: 20, seed: 7 });
		expect(problems).toEqual([
			{ key: 'zoom', value: '3', fallback: '', kind: 'unknown-key' },
			{ key: 'dataset', value: 'moon', fallback: 'circle', kind: 'bad-value' },
			{ key: 'batch', value: '2.5', fallback: '10', kind: 'bad-value' },
			{ key: 'lr', value: '-1', fallback: '0.03', kind: 'bad-value' },
			{ key: 'layers', value: '8,99', fallback: '4,2', kind: 'bad-value' },
			{ key: 'features', value: 'x,z', fallback: 'x,y', kind: 'bad-value' },
			{ key: 'hide', value: 'dataset,colour', fallback: '', kind: 'bad-value' }
		]);
	});

	it('refuses no features, too many layers, a zero learning rate and a noise out of range', () => {
		const { problems } = parseSettings('features=&layers=1,1,1,1,1,1,1&lr=0&noise=60&ratio=95');
		expect(problems.map((p) => p.key)).toEqual(['noise', 'ratio', 'lr', 'layers', 'features']);
	});

	it('reads no hidden layers from an empty list, and features in any order', () => {
		const { settings, problems } = parseSettings('layers=&features=siny,x');
		expect(problems).toEqual([]);
		expect(settings.hidden).toEqual([]);
		expect(settings.features).toEqual(['x', 'siny']);
	});
});
