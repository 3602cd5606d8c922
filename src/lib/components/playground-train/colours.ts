/**
 * The maps' diverging scale, after TensorFlow Playground: −1 orange, 0 white, +1 blue. Meaning never
 * rests on the colour alone: the points' classes differ by shape, training and held-out by fill.
 */
const ORANGE: readonly [number, number, number] = [245, 147, 34];
const BLUE: readonly [number, number, number] = [8, 119, 189];
const WHITE: readonly [number, number, number] = [255, 255, 255];

/** RGB of t in [−1, 1] (clamped; NaN grey). */
export function diverging(t: number): [number, number, number] {
	if (Number.isNaN(t)) return [160, 160, 160];
	const u = Math.max(-1, Math.min(1, t));
	const end = u < 0 ? ORANGE : BLUE;
	const a = Math.abs(u);
	const mix = (k: 0 | 1 | 2) => Math.round(WHITE[k] + a * (end[k] - WHITE[k]));
	return [mix(0), mix(1), mix(2)];
}

export function cssColour(t: number): string {
	const [r, g, b] = diverging(t);
	return `rgb(${r} ${g} ${b})`;
}

/** Fills an image (RGBA, row by row) from values already on the scale's [−1, 1]. */
export function paint(image: Uint8ClampedArray, values: Float32Array, toScale: (v: number) => number): void {
	for (let c = 0; c < values.length; c++) {
		const [r, g, b] = diverging(toScale(values[c] ?? NaN));
		image[4 * c] = r;
		image[4 * c + 1] = g;
		image[4 * c + 2] = b;
		image[4 * c + 3] = 255;
	}
}
