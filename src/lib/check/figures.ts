/**
 * Significant figures, as STACK's NumSigFigs and PrairieLearn's `sigfig` comparison count them: what a
 * typed number says about its own precision, and the roundings a student may make of a figure shown.
 */

/** Fewest significant figures an answer is graded at; fewer, given right, is "right so far" (grading.md). */
export const MIN_FIGURES = 3;

export interface Written {
	/** Significant figures written: 0.00111 → 3, 1.260 → 4, 1260 → 3, 0 → 0. */
	figures: number;
	/** Half a unit of the last figure written: the answer claims the value within ± this. */
	halfUnit: number;
}

/**
 * The precision a plain number claims, from its text with a decimal point (separators already read):
 * `0.00111`, `-1.26`, `8.02e-2`, `1260`. Undefined for anything else (arithmetic, functions).
 * Trailing zeros of a whole number without a point are not counted: 1260 may be 1255 rounded.
 */
export function writtenPrecision(text: string): Written | undefined {
	const m = /^\s*[-+−]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?\s*$/.exec(text);
	if (!m) return undefined;
	const whole = m[1] ?? '';
	const fraction = m[2];
	if (whole === '' && (fraction === undefined || fraction === '')) return undefined;
	const exponent = m[3] === undefined ? 0 : Number(m[3]);
	let digits = whole + (fraction ?? '');
	// the place of the last written figure: 10^-(decimals), shifted by the exponent
	let lastPlace = -(fraction?.length ?? 0) + exponent;
	if (/^0*$/.test(digits)) {
		// 0, 0.00: zero, to the places written
		return { figures: 0, halfUnit: 0.5 * Math.pow(10, lastPlace) };
	}
	if (fraction === undefined) {
		// 1260: the zeros may be placeholders, so the last figure is the last non-zero one
		const trimmed = digits.replace(/0+$/, '');
		lastPlace += digits.length - trimmed.length;
		digits = trimmed;
	}
	const significant = digits.replace(/^0+/, '');
	return { figures: significant.length, halfUnit: 0.5 * Math.pow(10, lastPlace) };
}

/** Half a unit of the k-th significant figure of x: 0.0005 for 0.123 at k = 3. */
export function halfUnitAt(x: number, k: number): number {
	if (x === 0 || !Number.isFinite(x)) return 0;
	return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - k + 1);
}

/** x rounded to k significant figures (0 stays 0). */
export function roundFigures(x: number, k: number): number {
	if (x === 0 || !Number.isFinite(x)) return x;
	return Number(x.toPrecision(k));
}

/**
 * The figures a student may copy from the page and compute with: the exact value, the figure as the
 * lesson displays it (`shown`), and the value rounded to 3, 4 and 5 significant figures (grading.md,
 * "propagated rounding"). Only their extremes matter to an interval.
 */
export function roundings(x: number, shown?: number): [number, number] {
	let lo = x;
	let hi = x;
	const candidates = [roundFigures(x, 3), roundFigures(x, 4), roundFigures(x, 5)];
	// a figure shown with fewer than 3 significant figures (0.00018, or 0) is no rounding to 3 or more
	if (shown !== undefined && Math.abs(shown - x) <= halfUnitAt(x, 3) * (1 + 1e-9)) candidates.push(shown);
	for (const r of candidates) {
		if (!Number.isFinite(r)) continue;
		lo = Math.min(lo, r);
		hi = Math.max(hi, r);
	}
	return [lo, hi];
}
