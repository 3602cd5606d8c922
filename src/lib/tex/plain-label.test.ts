import { describe, expect, it } from 'vitest';
import { plainLabel } from './steps';

describe('plain-text labels, for headings and the graph’s boxes', () => {
	it.each([
		['\\hat{y}_{1}', 'y\u0302₁'],
		['\\mathrm{sum}_{n_{1}}', 'sum_n₁'],
		['E_{\\mathrm{total}}', 'E_total'],
		['x^{(1)}', 'x⁽¹⁾'],
		['a^{(L-1)}', 'a^(L-1)'],
		['\\sigma_B^2', 'σ_B²'],
		['\\hat{x}^{(3)}', 'x\u0302⁽³⁾'],
		['\\gamma', 'γ'],
		['\\alpha', 'α'],
		['W^T', 'Wᵀ'],
		['w^{(2)}_{13}', 'w⁽²⁾₁₃']
	])('%s reads %s', (tex, plain) => {
		expect(plainLabel(tex)).toBe(plain);
	});
});
