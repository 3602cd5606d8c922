/**
 * Default TeX labels from names, in the course notes' notation:
 * yhat1 → ŷ₁, w5 → w₅, sum_n1 → sum_{n₁}, E_total → E_total, sum_yhat1 → sum_{ŷ₁}, eta → η.
 */

const GREEK = new Set([
	'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
	'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega', 'Gamma', 'Delta',
	'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega'
]);

const ACCENTS: Record<string, string> = { hat: '\\hat', bar: '\\bar', tilde: '\\tilde', dot: '\\dot' };

/** One piece without underscores: letters then optional digits (yhat1, w5, total, n1, alpha). */
function piece(s: string): string {
	const m = /^([A-Za-z]*?)(hat|bar|tilde|dot)?(\d*)$/.exec(s);
	if (!m) return `\\mathrm{${s}}`;
	const [, letters = '', accent, digits = ''] = m;
	let base: string;
	if (letters === '' && accent) base = `\\mathrm{${accent}}`;
	else if (letters === '') base = '';
	else if (GREEK.has(letters)) base = `\\${letters}`;
	else if (letters.length === 1) base = letters;
	else base = `\\mathrm{${letters}}`;
	if (accent && letters !== '') base = `${ACCENTS[accent] ?? ''}{${base}}`;
	if (digits === '') return base;
	if (base === '') return digits;
	return `${base}_{${digits}}`;
}

export function defaultLabel(name: string): string {
	const i = name.indexOf('_');
	if (i <= 0 || i === name.length - 1) return piece(name.replaceAll('_', ''));
	const head = name.slice(0, i);
	const tail = name.slice(i + 1);
	const sub = tail.includes('_') ? tail.split('_').map(piece).join(',') : piece(tail);
	const base = piece(head);
	// a head with its own digits (w1_2) needs braces before another subscript
	return /_\{/.test(base) ? `{${base}}_{${sub}}` : `${base}_{${sub}}`;
}
