/**
 * The playground's layered form: what a student types (sizes, activations, numbers as text, the
 * decimals shown) → the lesson format's `network` and `precision`, or what is wrong, field by field. Weights are typed, or drawn from a
 * seed: uniform in [−1, 1), two decimals, layer by layer, neuron by neuron, as a student would copy them.
 */
import { seededRng } from '../engine/random';
import type { Lang } from '../i18n/lang';
import { DEFAULT_PRECISION, MAX_PRECISION, type NetworkInput } from '../lesson/schema';
import { HIDDEN_ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_UNITS } from '../playground-train/settings';

export type Activation = NetworkInput['activations'][number];
export type LossKind = NetworkInput['loss'];

export const FORM_ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'swish', 'gelu', 'linear', 'softmax'];
export const FORM_LOSSES: readonly LossKind[] = ['half-sse', 'mse', 'sse', 'bce', 'cce'];

export interface NetworkForm {
	/** Sizes, input layer first: "2, 2, 1". */
	layers: string;
	/** One per layer after the input; missing ones are sigmoid. */
	activations: Activation[];
	loss: LossKind;
	inputs: string;
	targets: string;
	weightsFrom: 'seed' | 'typed';
	seed: number;
	/** JSON: weights[l][j][k], as the lesson format writes them. */
	weights: string;
	/** JSON: one number or one list per layer. */
	biases: string;
	rate: string;
	/** Decimals the lesson shows, 0 to 12. */
	precision: number;
}

export type FormField = 'layers' | 'inputs' | 'targets' | 'weights' | 'biases' | 'rate' | 'seed' | 'precision';
export interface FormProblem {
	field: FormField;
	message: string;
}

export const DEFAULT_FORM: NetworkForm = {
	layers: '2, 2, 1',
	activations: ['sigmoid', 'sigmoid'],
	loss: 'half-sse',
	inputs: '0.05, 0.1',
	targets: '0.01',
	weightsFrom: 'seed',
	seed: 1,
	weights: '',
	biases: '',
	rate: '0.5',
	precision: DEFAULT_PRECISION
};

function numbers(text: string, what: string, field: FormField, problems: FormProblem[]): number[] {
	const parts = text.split(/[,;\s]+/).filter((s) => s !== '');
	const out: number[] = [];
	for (const p of parts) {
		const x = Number(p);
		if (!Number.isFinite(x)) problems.push({ field, message: `${what}: "${p}" is not a number` });
		else out.push(x);
	}
	return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Weights and biases for these sizes drawn from the seed. */
export function drawnWeights(layers: readonly number[], seed: number): { weights: number[][][]; biases: number[][] } {
	const rng = seededRng(seed);
	const weights = layers.slice(1).map((n, l) => Array.from({ length: n }, () => Array.from({ length: layers[l] ?? 0 }, () => round2(rng.range(-1, 1)))));
	const biases = layers.slice(1).map((n) => Array.from({ length: n }, () => round2(rng.range(-1, 1))));
	return { weights, biases };
}

function json(text: string, field: FormField, problems: FormProblem[]): unknown {
	try {
		return JSON.parse(text);
	} catch (err) {
		problems.push({ field, message: `${field}: not JSON (${err instanceof Error ? err.message : String(err)})` });
		return undefined;
	}
}

/**
 * The form → `{ network, precision }`. Only what the form itself can say is checked here (numbers that
 * are not numbers, decimals out of range); the network's shape is left to the checker, whose messages
 * name the place.
 */
export function networkOf(form: NetworkForm): { ok: true; file: { network: Record<string, unknown>; precision: number } } | { ok: false; problems: FormProblem[] } {
	const problems: FormProblem[] = [];
	const layers = numbers(form.layers, 'layer sizes', 'layers', problems);
	if (problems.length === 0 && layers.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) {
		problems.push({ field: 'layers', message: 'layer sizes: each is a whole number from 1 to 64' });
	}
	if (problems.length === 0 && layers.length < 2) problems.push({ field: 'layers', message: 'layer sizes: at least two, the inputs and the outputs (e.g. 2, 1)' });
	const inputs = numbers(form.inputs, 'inputs', 'inputs', problems);
	const targets = numbers(form.targets, 'targets', 'targets', problems);
	const learningRate = Number(form.rate);
	if (form.rate.trim() === '' || !Number.isFinite(learningRate)) problems.push({ field: 'rate', message: `η: "${form.rate}" is not a number` });
	if (form.weightsFrom === 'seed' && (!Number.isInteger(form.seed) || form.seed < 0)) problems.push({ field: 'seed', message: 'seed: a whole number, 0 or more' });
	if (!Number.isInteger(form.precision) || form.precision < 0 || form.precision > MAX_PRECISION) {
		problems.push({ field: 'precision', message: `decimals: a whole number from 0 to ${MAX_PRECISION}` });
	}
	let weights: unknown;
	let biases: unknown;
	if (form.weightsFrom === 'seed') {
		({ weights, biases } = drawnWeights(layers, form.seed));
	} else {
		weights = json(form.weights, 'weights', problems);
		biases = json(form.biases, 'biases', problems);
	}
	if (problems.length > 0) return { ok: false, problems };
	const activations = layers.slice(1).map((_, l) => form.activations[l] ?? 'sigmoid');
	// the arrays typed as JSON go to the checker as they are: it says where their shape is wrong
	return { ok: true, file: { network: { layers, activations, inputs, targets, weights, biases, loss: form.loss, learningRate }, precision: form.precision } };
}

/** A network read from a link → the form, its weights typed; a link that says no precision shows 5 decimals. */
export function formOf(network: NetworkInput, precision: number = DEFAULT_PRECISION): NetworkForm {
	return {
		layers: network.layers.join(', '),
		activations: [...network.activations],
		loss: network.loss,
		inputs: network.inputs.join(', '),
		targets: network.targets.join(', '),
		weightsFrom: 'typed',
		seed: 1,
		weights: JSON.stringify(network.weights),
		biases: JSON.stringify(network.biases),
		rate: String(network.learningRate),
		precision
	};
}

/**
 * The training page's address for this network, when it is one that page trains on points of the plane:
 * two inputs, one output, hidden layers of at most 8 units, all with one activation it offers. Null
 * otherwise. The layer sizes, the activation and η go with it; the data set and the rest are the page's.
 */
export function trainLink(form: NetworkForm, lang: Lang): string | null {
	const sizes = form.layers.split(/[,;\s]+/).filter((s) => s !== '').map(Number);
	const hidden = sizes.slice(1, -1);
	if (sizes.length < 3 || sizes[0] !== 2 || sizes[sizes.length - 1] !== 1 || hidden.length > MAX_HIDDEN_LAYERS) return null;
	if (!hidden.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_UNITS)) return null;
	const activation = form.activations[0] ?? 'sigmoid';
	const offered = HIDDEN_ACTIVATIONS.find((a) => a === activation);
	if (offered === undefined || form.activations.slice(0, hidden.length).some((a) => a !== offered)) return null;
	const rate = Number(form.rate);
	const lr = Number.isFinite(rate) && rate > 0 && rate <= 10 ? `&lr=${rate}` : '';
	return `/${lang}/playground/train/#layers=${hidden.join(',')}&activation=${offered}${lr}`;
}
