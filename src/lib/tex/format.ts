/**
 * Numbers as a lesson shows them: rounded (never truncated) to the lesson's decimals, trailing zeros
 * kept (0.19480) unless the value is exactly shorter (0.41); scientific notation when a value would
 * otherwise print as 0.00000 or is very large.
 */

export function formatNumber(v: number, decimals = 5): string {
	if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
	if (v === 0) return '0';
	const abs = Math.abs(v);
	if (abs >= 1e7 || abs < 0.5 * Math.pow(10, -decimals)) {
		const [mant = '0', exp = '0'] = v.toExponential(Math.max(1, Math.min(decimals, 4))).split('e');
		return `${trimZeros(mant)}e${Number(exp)}`;
	}
	for (let k = 0; k < decimals; k++) {
		const short = v.toFixed(k);
		if (Math.abs(Number(short) - v) < 1e-12 * Math.max(1, abs)) return short;
	}
	return v.toFixed(decimals);
}

function trimZeros(s: string): string {
	return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** The same figure as TeX: 1.5e-7 → 1.5 \times 10^{-7}. */
export function texOf(v: number, decimals = 5): string {
	const s = formatNumber(v, decimals);
	const m = /^(-?[\d.]+)e(-?\d+)$/.exec(s);
	if (m) return `${m[1]} \\times 10^{${m[2]}}`;
	if (s === '∞') return '\\infty';
	if (s === '−∞') return '-\\infty';
	return s;
}
