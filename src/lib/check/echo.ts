/**
 * What the answer box understood, as TeX, for the live echo (STACK's two-step validation):
 * the validated mathjs tree printed with `toTex`, the lesson's own labels for its symbols
 * (yhat1 → \hat{y}_{1}), products written without * shown as ·, and the value of arithmetic.
 * KaTeX stays out of this file: the component renders the strings.
 */

import {
	isConstantNode,
	isFunctionNode,
	isOperatorNode,
	isParenthesisNode,
	isSymbolNode,
	type MathNode
} from 'mathjs';
import type { InvalidCode, Lang, Msg } from './messages';
import { parseNumber } from './parse-number';
import { evaluateTree, parseSafe, startBudget, type Parsed } from './safe-math';

export type Echo =
	| {
			type: 'ok';
			tex: string;
			/** The number's value, or the expression's at `point` when one is given. */
			value?: number;
			valueTex?: string;
			valueText?: string;
			/** The student did arithmetic, so showing "= value" is worth it. */
			arithmetic: boolean;
			/** A product without * was read (2 w5 → 2·w5); the echo shows the dot. */
			implicit: boolean;
	  }
	| { type: 'invalid'; code: InvalidCode; message: Msg; suggestions?: string[]; position?: number };

export interface TexOptions {
	/** TeX for each symbol name; a name without one prints as \mathit{name}. */
	labels?: Readonly<Record<string, string>>;
	lang: Lang;
}

/**
 * How each function prints, with the engine's names (LeakyReLU, GELU…); \operatorname where KaTeX
 * has no command of its own. Arguments are joined by ",\ ": the space tells them apart from a
 * Spanish decimal comma, 0{,}5.
 */
const FUNCTION_TEX: ReadonlyMap<string, (args: readonly string[]) => string> = new Map([
	['exp', named('\\exp')],
	['log', named('\\ln')],
	['ln', named('\\ln')],
	['sqrt', (a: readonly string[]) => `\\sqrt{${a.join(',\\ ')}}`],
	['abs', (a: readonly string[]) => `\\left|${a.join(',\\ ')}\\right|`],
	['sign', named('\\operatorname{sign}')],
	['sigmoid', named('\\sigma')],
	['tanh', named('\\tanh')],
	['relu', named('\\operatorname{ReLU}')],
	['leaky_relu', named('\\operatorname{LeakyReLU}')],
	['elu', named('\\operatorname{ELU}')],
	['gelu', named('\\operatorname{GELU}')],
	['gelu_tanh', named('\\operatorname{GELU}_{\\tanh}')],
	['swish', named('\\operatorname{swish}')],
	['softplus', named('\\operatorname{softplus}')],
	['step', named('\\operatorname{step}')],
	['max', named('\\max')],
	['min', named('\\min')],
	['floor', (a: readonly string[]) => `\\left\\lfloor ${a.join(',\\ ')} \\right\\rfloor`]
]);

function named(name: string): (args: readonly string[]) => string {
	return (args) => `${name}\\left(${args.join(',\\ ')}\\right)`;
}

const CONSTANT_TEX: ReadonlyMap<string, string> = new Map([
	['pi', '\\pi'],
	['e', 'e']
]);

/** A decimal the way it was written, with the interface's decimal separator: 0{,}0802 in Spanish. */
export function numberTex(value: number, lang: Lang): string {
	const text = String(value);
	const e = text.indexOf('e');
	const mantissa = e < 0 ? text : text.slice(0, e);
	const separated = lang === 'es' ? mantissa.replace('.', '{,}') : mantissa;
	if (e < 0) return separated;
	const exponent = text.slice(e + 1).replace('+', '');
	return `${separated}\\cdot 10^{${exponent}}`;
}

/** A computed value to 6 significant figures, as TeX and as plain text. */
export function formatValue(value: number, lang: Lang): { tex: string; text: string } {
	const abs = Math.abs(value);
	const decimal = (s: string): string => (lang === 'es' ? s.replace('.', ',') : s);
	const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
	if (abs === 0 || (abs >= 1e-4 && abs < 1e6)) {
		const text = decimal(trim(value.toPrecision(6)));
		return { tex: text.replace(',', '{,}'), text };
	}
	const [mantissa = '', exponent = ''] = value.toExponential(5).split('e');
	const m = decimal(trim(mantissa));
	const k = exponent.replace('+', '');
	return { tex: `${m.replace(',', '{,}')}\\cdot 10^{${k}}`, text: `${m}·10^${k}` };
}

function symbolTex(name: string, labels: ReadonlyMap<string, string>): string {
	// mathjs writes \cdot straight before its right operand: a label that starts with a letter gets a
	// space, so \cdot h_{1} never reads as the unknown command \cdoth
	const label = labels.get(name);
	if (label !== undefined) return /^[A-Za-z]/.test(label) ? ` ${label}` : label;
	return CONSTANT_TEX.get(name) ?? `\\mathit{${name.replaceAll('_', '\\_')}}`;
}

/** TeX of a validated answer. Only call it with `Parsed` from safe-math: the tree is trusted. */
export function parsedToTex(parsed: Parsed, options: TexOptions): string {
	const labels = new Map(Object.entries(options.labels ?? {}));
	// lesson symbols use their labels even when they shadow a constant (a lesson's own e)
	const lessonNames = new Set(parsed.symbols);
	const texOptions: { parenthesis: string; implicit: string; handler: (node: MathNode) => string | undefined } = {
		// 'keep' echoes the student's own brackets; 'auto' would print 1-(-x) as 1--x
		parenthesis: 'keep',
		implicit: 'show',
		handler: (node: MathNode): string | undefined => {
			if (isSymbolNode(node)) {
				return lessonNames.has(node.name) ? symbolTex(node.name, labels) : symbolTex(node.name, new Map());
			}
			if (isConstantNode(node)) {
				const value: unknown = node.value;
				return typeof value === 'number' ? numberTex(value, options.lang) : undefined;
			}
			if (isOperatorNode(node)) {
				// a fraction bar and an exponent group by themselves: 1/(1+x) prints as \frac{1}{1+x}
				const fn: string = node.fn;
				const [left, right] = node.args;
				if (fn === 'divide' && left && right) return `\\frac{${unwrap(left)}}{${unwrap(right)}}`;
				if (fn === 'pow' && left && right) return `{${left.toTex(texOptions)}}^{${unwrap(right)}}`;
				return undefined;
			}
			if (isFunctionNode(node) && isSymbolNode(node.fn)) {
				const print = FUNCTION_TEX.get(node.fn.name);
				if (print) return print(node.args.map((arg) => arg.toTex(texOptions)));
			}
			return undefined;
		}
	};
	const unwrap = (node: MathNode): string => (isParenthesisNode(node) ? node.content : node).toTex(texOptions);
	return parsed.node.toTex(texOptions);
}

function echo(parsed: Parsed, options: TexOptions, value: number | undefined, arithmetic: boolean): Echo {
	const tex = parsedToTex(parsed, options);
	if (value === undefined || !Number.isFinite(value)) {
		return { type: 'ok', tex, arithmetic, implicit: parsed.implicit };
	}
	const formatted = formatValue(value, options.lang);
	return {
		type: 'ok',
		tex,
		value,
		valueTex: formatted.tex,
		valueText: formatted.text,
		arithmetic,
		implicit: parsed.implicit
	};
}

/** The echo of a numeric answer: what was read, and its value. */
export function echoNumber(text: string, lang: Lang): Echo {
	const read = parseNumber(text, lang);
	if (!read.ok) return { type: 'invalid', ...read.problem };
	return echo(read.value.parsed, { lang }, read.value.value, read.value.arithmetic);
}

export interface EchoExpressionOptions extends TexOptions {
	symbols: readonly string[];
	/** The lesson's point: when given, the echo carries the expression's value there. */
	point?: Readonly<Record<string, number>>;
}

/** The echo of an expression answer in the lesson's symbols. */
export function echoExpression(text: string, options: EchoExpressionOptions): Echo {
	const parsed = parseSafe(text, { symbols: options.symbols, lang: options.lang });
	if (!parsed.ok) return { type: 'invalid', ...parsed.problem };
	if (!options.point) return echo(parsed.value, options, undefined, false);
	const evaluated = evaluateTree(parsed.value.tree, new Map(Object.entries(options.point)), startBudget());
	if (!evaluated.ok) return { type: 'invalid', ...evaluated.problem };
	return echo(parsed.value, options, evaluated.value, true);
}
