import { describe, expect, it } from 'vitest';
import { mustBuild, mustTrace } from '../engine/testing';
import { fillTemplates } from './steps';

describe('templates in lesson prose', () => {
	const t = mustTrace(
		mustBuild({ inputs: {}, targets: {}, params: { w: 0.125 }, constants: {}, nodes: [{ name: 'g', expr: 'w^10' }, { name: 'L', expr: 'g' }], loss: 'L', learningRate: 0.1 })
	);

	it('print a figure rounded, cut, with other decimals, or as TeX for a tiny one', () => {
		expect(fillTemplates('{{value:w}}', t, 2)).toBe('0.13');
		expect(fillTemplates('{{value:w|trunc}}', t, 2)).toBe('0.12');
		expect(fillTemplates('{{value:w|3}}', t, 2)).toBe('0.125');
		// 0.125¹⁰ = 9.3132…e-10
		expect(fillTemplates('$G = {{value:g|tex}}$', t, 5)).toBe('$G = 9.3132 \\times 10^{-10}$');
		expect(fillTemplates('{{value:g}}', t, 5)).toBe('9.3132e-10');
	});

	it('leave a key the engine does not know as it is, for check to report', () => {
		expect(fillTemplates('{{value:nope|tex}}', t, 5)).toBe('{{value:nope|tex}}');
	});
});
