import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainLabel } from './plain-label';

describe('plain-text labels, for headings, the graph’s table and its tooltips', () => {
	it.each([
		['\\hat{y}_{1}', 'y\u0302₁'],
		['\\mathrm{sum}_{n_{1}}', 'sum_n₁'],
		['E_{\\mathrm{total}}', 'E_total'],
		['x^{(1)}', 'x⁽¹⁾'],
		['a^{(L-1)}', 'a⁽ᴸ⁻¹⁾'],
		['\\sigma_B^2', 'σ_B²'],
		['\\hat{x}^{(3)}', 'x\u0302⁽³⁾'],
		['\\gamma', 'γ'],
		['\\alpha', 'α'],
		['W^T', 'Wᵀ'],
		['w^{(2)}_{13}', 'w⁽²⁾₁₃'],
		// the labels that once showed raw TeX in lessons 7 and 11
		['w^{*}_{1}', 'w*₁'],
		['\\tilde{a}_{1}', 'a\u0303₁'],
		['R_{\\ell_2}', 'R_ℓ₂'],
		['q_{k \\neq c}', 'q_(k≠c)'],
		['L_{\\text{CCE}}', 'L_CCE'],
		['\\Delta\' / \\Delta', 'Δ′/Δ'],
		['\\eta_{\\max}', 'η_max']
	])('%s reads %s', (tex, plain) => {
		expect(plainLabel(tex)).toBe(plain);
	});

	it('never leaves a backslash, a brace or a TeX command name glued to a letter', () => {
		const piece = fc.constantFrom('x', 'w', '1', '\\hat{y}', '\\tilde{a}', '\\ell', '\\neq ', '\\mathrm{sum}', '\\text{CE}', '\\alpha', '(', ')', ',');
		const label = fc.array(fc.tuple(piece, fc.option(fc.constantFrom('_', '^')), piece), { minLength: 1, maxLength: 4 });
		fc.assert(
			fc.property(label, (parts) => {
				// each piece braced, as TeX needs: \ellx would be one (unknown) command
				const tex = parts.map(([a, mark, b]) => `{${a}}${mark ?? ''}{${b}}`).join('');
				const plain = plainLabel(tex);
				expect(plain).not.toMatch(/[\\{}]|neq|ell|tilde|mathrm|text/);
			})
		);
	});
});
