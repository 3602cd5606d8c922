/**
 * Input features for a net on the plane, as TensorFlow Playground offers them: besides x and y, the
 * products and sines a net would otherwise have to learn. The net's inputs x1, x2, … are the chosen
 * features in the order of FEATURES (not the order they were picked), so a link names one net.
 */
import type { Dataset } from './datasets';

export type Feature = 'x' | 'y' | 'x2' | 'y2' | 'xy' | 'sinx' | 'siny';

export const FEATURES: readonly Feature[] = ['x', 'y', 'x2', 'y2', 'xy', 'sinx', 'siny'];

/** Each feature's value at the point (x, y). */
const VALUE: Record<Feature, (x: number, y: number) => number> = {
	x: (x) => x,
	y: (_, y) => y,
	x2: (x) => x * x,
	y2: (_, y) => y * y,
	xy: (x, y) => x * y,
	sinx: (x) => Math.sin(x),
	siny: (_, y) => Math.sin(y)
};

/** TeX of each feature, for labels. */
export const FEATURE_TEX: Record<Feature, string> = {
	x: 'x',
	y: 'y',
	x2: 'x^2',
	y2: 'y^2',
	xy: 'xy',
	sinx: '\\sin x',
	siny: '\\sin y'
};

/** The chosen features, each once, in the order of FEATURES. */
export function orderFeatures(chosen: readonly Feature[]): Feature[] {
	return FEATURES.filter((f) => chosen.includes(f));
}

/** The features' values at (x, y), written into `out` (one per chosen feature, in FEATURES order). */
export function featureRow(features: readonly Feature[], x: number, y: number, out: number[] = []): number[] {
	out.length = features.length;
	features.forEach((f, k) => (out[k] = VALUE[f](x, y)));
	return out;
}

/** A plane data set (inputs [x, y]) with its inputs replaced by the features' values. */
export function withFeatures(data: Dataset, features: readonly Feature[]): Dataset {
	return { inputs: data.inputs.map(([x = NaN, y = NaN]) => featureRow(features, x, y)), targets: data.targets };
}
