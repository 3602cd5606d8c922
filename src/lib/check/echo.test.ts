import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { echoExpression, echoNumber, formatValue, numberTex } from './echo';
import type { Lang } from './messages';
import { FUNCTIONS } from './safe-math';

const LABELS = { yhat1: '\\hat{y}_{1}', sum_yhat1: '\\mathrm{sum}_{\\hat{y}_{1}}', w5: 'w_{5}' };
const SYMBOLS = ['yhat1', 'sum_yhat1', 'w5', 'out_h1'];

describe('echoNumber', () => {
	it.each<[string, Lang, string, string, boolean]>([
		// text, language, tex, value tex, arithmetic
		['0,0802', 'es', '0{,}0802', '0{,}0802', false],
		['0.0802', 'en', '0.0802', '0.0802', false],
		['8,02e-2', 'es', '0{,}0802', '0{,}0802', false],
		['1e-7', 'en', '1\\cdot 10^{-7}', '1\\cdot 10^{-7}', false],
		['0.68492*0.19480*0.60108', 'en', '0.68492\\cdot0.1948\\cdot0.60108', '0.0801975', true],
		['0,68492*0,19480', 'es', '0{,}68492\\cdot0{,}1948', '0{,}133422', true],
		['1/(1+exp(-0.5))', 'en', '\\frac{1}{1+\\exp\\left(-0.5\\right)}', '0.622459', true],
		['2 pi', 'en', '2\\cdot\\pi', '6.28319', true]
	])('%j (%s) echoes %s = %s', (text, lang, tex, valueTex, arithmetic) => {
		// Act
		const echo = echoNumber(text, lang);
		// Assert
		expect(echo).toMatchObject({ type: 'ok', tex, valueTex, arithmetic });
	});

	it('shows the dot of a product written without *', () => {
		// Act
		const echo = echoNumber('2 pi', 'en');
		// Assert
		expect(echo).toMatchObject({ type: 'ok', implicit: true });
	});

	it('passes the reason on when the number cannot be read', () => {
		// Act
		const echo = echoNumber('16,000', 'en');
		// Assert
		expect(echo).toMatchObject({ type: 'invalid', code: 'ambiguous-separator' });
	});
});

describe('echoExpression', () => {
	it.each([
		['yhat1*(1-yhat1)', '\\hat{y}_{1}\\cdot\\left(1-\\hat{y}_{1}\\right)'],
		['sigmoid(sum_yhat1)', '\\sigma\\left(\\mathrm{sum}_{\\hat{y}_{1}}\\right)'],
		['2 w5', '2\\cdot w_{5}'],
		['out_h1/2', '\\frac{\\mathit{out\\_h1}}{2}'],
		['yhat1^2', '{\\hat{y}_{1}}^{2}'],
		['ln(yhat1) + log(w5)', '\\ln\\left(\\hat{y}_{1}\\right)+\\ln\\left( w_{5}\\right)'],
		['sqrt(abs(w5))', '\\sqrt{\\left| w_{5}\\right|}'],
		['relu(w5) + step(w5) + softplus(w5) + tanh(w5)', '\\operatorname{ReLU}'],
		['max(w5, 0)', '\\max\\left( w_{5},\\ 0\\right)'],
		['min(yhat1,w5)', '\\min\\left(\\hat{y}_{1},\\ w_{5}\\right)'],
		['leaky_relu(w5, 0.1)', '\\operatorname{LeakyReLU}\\left( w_{5},\\ 0.1\\right)'],
		['elu(w5)', '\\operatorname{ELU}\\left( w_{5}\\right)'],
		['gelu(w5) + gelu_tanh(w5)', '\\operatorname{GELU}\\left( w_{5}\\right)+\\operatorname{GELU}_{\\tanh}\\left( w_{5}\\right)'],
		['swish(w5) * sign(w5)', '\\operatorname{swish}\\left( w_{5}\\right)\\cdot\\operatorname{sign}\\left( w_{5}\\right)']
	])('%s → %s', (text, tex) => {
		// Act
		const echo = echoExpression(text, { symbols: SYMBOLS, labels: LABELS, lang: 'en' });
		// Assert
		expect(echo.type).toBe('ok');
		if (echo.type === 'ok') expect(echo.tex.replaceAll(' ', '')).toContain(tex.replaceAll(' ', ''));
	});

	it('sets the arguments apart from a Spanish decimal comma', () => {
		// Act
		const echo = echoExpression('leaky_relu(w5, 0,1)', { symbols: SYMBOLS, labels: LABELS, lang: 'es', point: { w5: -2 } });
		// Assert
		expect(echo).toMatchObject({ type: 'ok', valueText: '-0,2' });
		if (echo.type === 'ok') expect(echo.tex).toContain('w_{5},\\ 0{,}1');
	});

	it.each([...FUNCTIONS].map(([name, f]) => [name, f.arity[1]]))(
		'prints %s with a TeX name of its own, not mathjs’s default',
		(name, arity) => {
			// Arrange: as many arguments as it takes at most
			const text = `${name}(${Array.from({ length: arity }, () => 'w5').join(', ')})`;
			// Act
			const echo = echoExpression(text, { symbols: SYMBOLS, labels: LABELS, lang: 'en' });
			// Assert
			expect(echo.type).toBe('ok');
			if (echo.type === 'ok') expect(echo.tex).not.toMatch(/mathrm|_relu|_tanh\b/);
		}
	);

	it('carries the value at the lesson point when one is given', () => {
		// Act
		const echo = echoExpression('yhat1*(1-yhat1)', {
			symbols: SYMBOLS,
			labels: LABELS,
			lang: 'es',
			point: { yhat1: 0.75 }
		});
		// Assert
		expect(echo).toMatchObject({ type: 'ok', value: 0.1875, valueTex: '0{,}1875', valueText: '0,1875' });
	});

	it('suggests the symbol meant', () => {
		// Act
		const echo = echoExpression('yhat', { symbols: SYMBOLS, lang: 'en' });
		// Assert
		expect(echo).toMatchObject({ type: 'invalid', code: 'unknown-symbol', suggestions: ['yhat1'] });
	});
});

describe('echoExpression with a label that starts with a letter', () => {
	it('writes a product before it as \\cdot h_{1}, which KaTeX reads, never \\cdoth_{1}', () => {
		const echo = echoExpression('w*h1*(1-h1)', { symbols: ['w', 'h1'], labels: { w: 'w', h1: 'h_{1}' }, lang: 'en' });
		expect(echo.type === 'ok' && echo.tex).toBe(' w\\cdot h_{1}\\cdot\\left(1- h_{1}\\right)');
		if (echo.type === 'ok') expect(() => katex.renderToString(echo.tex, { throwOnError: true })).not.toThrow();
	});
});

describe('number formatting', () => {
	it.each<[number, Lang, string, string]>([
		[0.080197545809, 'en', '0.0801975', '0.0801975'],
		[0.080197545809, 'es', '0{,}0801975', '0,0801975'],
		[0, 'en', '0', '0'],
		[1500, 'en', '1500', '1500'],
		[-2.5, 'es', '-2{,}5', '-2,5'],
		[1.23456789e-7, 'en', '1.23457\\cdot 10^{-7}', '1.23457·10^-7'],
		[6.02e23, 'es', '6{,}02\\cdot 10^{23}', '6,02·10^23']
	])('formatValue(%d, %s)', (value, lang, tex, text) => {
		// Act & Assert
		expect(formatValue(value, lang)).toEqual({ tex, text });
	});

	it.each<[number, Lang, string]>([
		[0.0802, 'es', '0{,}0802'],
		[1e21, 'en', '1\\cdot 10^{21}'],
		[1.5e-9, 'es', '1{,}5\\cdot 10^{-9}']
	])('numberTex(%d, %s)', (value, lang, tex) => {
		// Act & Assert
		expect(numberTex(value, lang)).toBe(tex);
	});
});
