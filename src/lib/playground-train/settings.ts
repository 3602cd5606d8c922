/**
 * The training page's whole set-up in the URL fragment, after TensorFlow Playground's `state.ts`: one
 * typed row per control, printed as `#dataset=circle&noise=10&…` and read back. A value that does not
 * read falls back to its default and is listed as a problem (the page says which), so a damaged link
 * still opens a page that trains. `hide=dataset,features` hides those controls, for a class that should
 * see only what the lesson is about.
 */
import { PLANE_SET_NAMES, type PlaneSetName } from '../engine/datasets';
import { FEATURES, orderFeatures, type Feature } from '../engine/features';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../engine/optimizers';

export type RegularizationKind = 'none' | 'l1' | 'l2';
export const REGULARIZATIONS: readonly RegularizationKind[] = ['none', 'l1', 'l2'];

/** The hidden layers' activations the page offers. */
export type HiddenActivation = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ['tanh', 'relu', 'sigmoid', 'linear'];

/** Learning rates and regularisation rates the menus offer (a link may carry any other in range). */
export const LEARNING_RATES: readonly number[] = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const REGULARIZATION_RATES: readonly number[] = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_UNITS = 8;
/** Examples drawn in all, split between training and held out. */
export const DATASET_SIZE = 400;

export interface TrainSettings {
	dataset: PlaneSetName;
	/** Percent, 0 to 50. */
	noise: number;
	/** Percent of the examples used for training, 10 to 90; the rest are held out. */
	ratio: number;
	/** Examples per update, 1 to 400 (more than the training set is the full batch). */
	batch: number;
	regularization: RegularizationKind;
	/** λ of the penalty. */
	regularizationRate: number;
	/** η. */
	learningRate: number;
	optimizer: OptimizerKind;
	/** Hidden layer sizes, first to last. */
	hidden: number[];
	activation: HiddenActivation;
	/** Chosen input features, in FEATURES order, at least one. */
	features: Feature[];
	seed: number;
	/** Controls hidden through the link. */
	hide: Control[];
}

/** Every control, by its key in the fragment. */
export type Control = 'dataset' | 'noise' | 'ratio' | 'batch' | 'reg' | 'regRate' | 'lr' | 'optimizer' | 'layers' | 'activation' | 'features' | 'seed';
export const CONTROLS: readonly Control[] = ['dataset', 'noise', 'ratio', 'batch', 'reg', 'regRate', 'lr', 'optimizer', 'layers', 'activation', 'features', 'seed'];

export const DEFAULT_SETTINGS: TrainSettings = {
	dataset: 'circle',
	noise: 0,
	ratio: 50,
	batch: 10,
	regularization: 'none',
	regularizationRate: 0,
	learningRate: 0.03,
	optimizer: 'gd',
	hidden: [4, 2],
	activation: 'tanh',
	features: ['x', 'y'],
	seed: 1,
	hide: []
};

/** A value in the fragment that did not read: its key, what it said, and the default used instead. */
export interface SettingProblem {
	key: string;
	value: string;
	/** The default, as the fragment would print it; empty for an unknown key (ignored). */
	fallback: string;
	kind: 'bad-value' | 'unknown-key';
}

/** How one setting prints and reads, as written in the table: `read` returns undefined for a value it refuses. */
interface RowSpec<K extends keyof TrainSettings> {
	field: K;
	key: string;
	print: (v: TrainSettings[K]) => string;
	read: (text: string) => TrainSettings[K] | undefined;
}

/** A row with its field's type closed over, so rows of different fields share one list. */
interface Row {
	field: keyof TrainSettings;
	key: string;
	print: (settings: TrainSettings) => string;
	/** Sets the field from its text; false when the text does not read. */
	assign: (settings: TrainSettings, text: string) => boolean;
}

const oneOf =
	<T extends string>(list: readonly T[]) =>
	(text: string): T | undefined =>
		list.find((item) => item === text);

/** A decimal number in [lo, hi]; whole when `whole`. */
const numberIn =
	(lo: number, hi: number, whole = false) =>
	(text: string): number | undefined => {
		if (!/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return undefined;
		const v = Number(text);
		return v >= lo && v <= hi && (!whole || Number.isInteger(v)) ? v : undefined;
	};

/** A comma list: every item must read, else the whole value is refused. */
const listOf =
	<T>(item: (text: string) => T | undefined) =>
	(text: string): T[] | undefined => {
		if (text === '') return [];
		const items = text.split(',').map(item);
		return items.every((x) => x !== undefined) ? items.filter((x) => x !== undefined) : undefined;
	};

const row = <K extends keyof TrainSettings>(r: RowSpec<K>): Row => ({
	field: r.field,
	key: r.key,
	print: (settings) => r.print(settings[r.field]),
	assign: (settings, text) => {
		const v = r.read(text);
		if (v === undefined) return false;
		settings[r.field] = v;
		return true;
	}
});

const ROWS: Row[] = [
	row({ field: 'dataset', key: 'dataset', print: String, read: oneOf(PLANE_SET_NAMES) }),
	row({ field: 'noise', key: 'noise', print: String, read: numberIn(0, 50, true) }),
	row({ field: 'ratio', key: 'ratio', print: String, read: numberIn(10, 90, true) }),
	row({ field: 'batch', key: 'batch', print: String, read: numberIn(1, DATASET_SIZE, true) }),
	row({ field: 'regularization', key: 'reg', print: String, read: oneOf(REGULARIZATIONS) }),
	row({ field: 'regularizationRate', key: 'regRate', print: String, read: numberIn(0, 10) }),
	row({ field: 'learningRate', key: 'lr', print: String, read: (text) => { const v = numberIn(0, 10)(text); return v && v > 0 ? v : undefined; } }),
	row({ field: 'optimizer', key: 'optimizer', print: String, read: oneOf(OPTIMIZER_KINDS) }),
	row({
		field: 'hidden',
		key: 'layers',
		print: (v) => v.join(','),
		read: (text) => {
			const sizes = listOf(numberIn(1, MAX_UNITS, true))(text);
			return sizes && sizes.length <= MAX_HIDDEN_LAYERS ? sizes : undefined;
		}
	}),
	row({ field: 'activation', key: 'activation', print: String, read: oneOf(HIDDEN_ACTIVATIONS) }),
	row({
		field: 'features',
		key: 'features',
		print: (v) => v.join(','),
		read: (text) => {
			const chosen = listOf(oneOf(FEATURES))(text);
			return chosen && chosen.length > 0 ? orderFeatures(chosen) : undefined;
		}
	}),
	row({ field: 'seed', key: 'seed', print: String, read: numberIn(0, 2 ** 32 - 1, true) }),
	row({ field: 'hide', key: 'hide', print: (v) => v.join(','), read: (text) => { const list = listOf(oneOf(CONTROLS))(text); return list && CONTROLS.filter((c) => list.includes(c)); } })
];

/** Reads `#key=value&…` (the leading # optional); what does not read takes its default and is listed. */
export function parseSettings(hash: string): { settings: TrainSettings; problems: SettingProblem[] } {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const settings: TrainSettings = { ...DEFAULT_SETTINGS, hidden: [...DEFAULT_SETTINGS.hidden], features: [...DEFAULT_SETTINGS.features], hide: [] };
	const problems: SettingProblem[] = [];
	const known = new Set<string>(ROWS.map((r) => r.key));
	for (const [key, value] of params) {
		if (!known.has(key)) problems.push({ key, value, fallback: '', kind: 'unknown-key' });
	}
	for (const r of ROWS) {
		const text = params.get(r.key);
		if (text === null) continue;
		if (!r.assign(settings, text)) problems.push({ key: r.key, value: text, fallback: r.print(DEFAULT_SETTINGS), kind: 'bad-value' });
	}
	return { settings, problems };
}

/** The fragment, without the #: every setting, so a link keeps working if a default changes; `hide` only when set. */
export function printSettings(settings: TrainSettings): string {
	const params = new URLSearchParams();
	for (const r of ROWS) {
		if (r.field === 'hide' && settings.hide.length === 0) continue;
		params.set(r.key, r.print(settings));
	}
	// commas read more easily in a link than %2C, and URLSearchParams reads them back either way
	return params.toString().replaceAll('%2C', ',');
}
