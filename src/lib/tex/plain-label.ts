/**
 * A label's TeX as plain text, for the places that cannot typeset it: headings, a page's title, the graph's
 * table and tooltips, the path control. Only the subset labels use: letters, digits, Greek, accents
 * (\hat, \tilde, \bar), fonts (\mathrm, \text, \operatorname), a few symbols (\neq, \ell), groups, and
 * sub- and superscripts, which become Unicode small figures where every character has one (x^{(1)} → x⁽¹⁾,
 * a^{(L-1)} → a⁽ᴸ⁻¹⁾) and are written after _ or ^ otherwise (E_{\mathrm{total}} → E_total).
 * Anything else keeps its name without the backslash, so no TeX syntax (\ { } ^{…}) is ever shown.
 */

const GREEK: Record<string, string> = {
	alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ', iota: 'ι', kappa: 'κ',
	lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ',
	omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω'
};
const SYMBOLS: Record<string, string> = {
	neq: '≠', ne: '≠', ell: 'ℓ', cdot: '·', times: '×', infty: '∞', partial: '∂', prime: '′', ldots: '…', cdots: '⋯', leq: '≤', geq: '≥', pm: '±',
	',': ' ', ';': ' ', ' ': ' ', quad: ' ', '!': '', '{': '{', '}': '}', _: '_'
};
/** Accents as combining marks, written after the letter they sit on (\hat{y} → ŷ). */
const ACCENTS: Record<string, string> = { hat: '\u0302', widehat: '\u0302', tilde: '\u0303', widetilde: '\u0303', bar: '\u0304', overline: '\u0304', dot: '\u0307', vec: '\u20D7' };
/** Commands whose argument is shown as it is. */
const FONTS = new Set(['mathrm', 'text', 'textrm', 'operatorname', 'mathbf', 'mathit', 'boldsymbol', 'mathsf', 'mathcal']);
const SUB: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '(': '₍', ')': '₎', '+': '₊', '-': '₋' };
const SUP: Record<string, string> = {
	'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '(': '⁽', ')': '⁾', '+': '⁺', '-': '⁻', '=': '⁼',
	// the letters Unicode has as modifier letters, so a^{(L-1)} reads a⁽ᴸ⁻¹⁾, never with a caret
	A: 'ᴬ', B: 'ᴮ', D: 'ᴰ', E: 'ᴱ', G: 'ᴳ', H: 'ᴴ', I: 'ᴵ', J: 'ᴶ', K: 'ᴷ', L: 'ᴸ', M: 'ᴹ', N: 'ᴺ', O: 'ᴼ', P: 'ᴾ', R: 'ᴿ', T: 'ᵀ', U: 'ᵁ', V: 'ⱽ', W: 'ᵂ',
	a: 'ᵃ', b: 'ᵇ', c: 'ᶜ', d: 'ᵈ', e: 'ᵉ', f: 'ᶠ', g: 'ᵍ', h: 'ʰ', i: 'ⁱ', j: 'ʲ', k: 'ᵏ', l: 'ˡ', m: 'ᵐ', n: 'ⁿ', o: 'ᵒ', p: 'ᵖ', r: 'ʳ', s: 'ˢ', t: 'ᵗ', u: 'ᵘ', v: 'ᵛ', w: 'ʷ', x: 'ˣ', y: 'ʸ', z: 'ᶻ'
};

/** Characters in a small-script alphabet, or undefined when one of them has no such form. */
function small(text: string, table: Record<string, string>): string | undefined {
	const out = [...text].map((c) => table[c]);
	return out.length > 0 && out.every((c) => c !== undefined) ? out.join('') : undefined;
}

/** A script with no small form, after its _ or ^: bracketed when it is more than one word (q_(k≠c)). */
function spelled(mark: '_' | '^', text: string): string {
	if (text === '*' && mark === '^') return '*';
	return /^[\p{L}\p{N}\p{M}′₀-₉⁰-⁹]+$/u.test(text) || text.startsWith('(') ? `${mark}${text}` : `${mark}(${text})`;
}

export function plainLabel(tex: string): string {
	let i = 0;
	/** One atom: a command with its argument, a group, or a character. */
	const atom = (): string => {
		const c = tex[i];
		if (c === undefined) return '';
		if (c === '{') {
			i++;
			const inner = sequence();
			if (tex[i] === '}') i++;
			return inner;
		}
		if (c === '\\') {
			i++;
			const name = /^[A-Za-z]+/.exec(tex.slice(i))?.[0] ?? tex[i] ?? '';
			i += name.length;
			const accent = ACCENTS[name];
			if (accent !== undefined) {
				const base = atom();
				return base.length === 1 ? base + accent : base;
			}
			if (FONTS.has(name)) return atom();
			return GREEK[name] ?? SYMBOLS[name] ?? name;
		}
		i++;
		if (c === "'") return '′';
		return /\s/.test(c) ? '' : c;
	};
	/** Atoms with their scripts, up to a closing brace or the end. */
	const sequence = (): string => {
		let out = '';
		while (i < tex.length && tex[i] !== '}') {
			const c = tex[i];
			if (c === '_' || c === '^') {
				i++;
				const script = atom();
				out += small(script, c === '_' ? SUB : SUP) ?? spelled(c, script);
			} else out += atom();
		}
		return out;
	};
	let out = '';
	// a stray closing brace is skipped rather than ending the label
	while (i < tex.length) {
		out += sequence();
		if (tex[i] === '}') i++;
	}
	return out;
}
