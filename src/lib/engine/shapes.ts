/**
 * Parse and derive each distinct expression shape once. A dense layer writes the same expression for
 * every neuron with other names (a1_1*w2_1_1 + … + b2, a1_1*w2_2_1 + … + b2): with each model name
 * written as a placeholder in order of appearance ($0*$1 + … + $128), those texts are one template,
 * parsed by mathjs and derived once, and each node gets the template's trees with its own names put back.
 *
 * Renaming is exact: the parser tells names from other tokens but never one name from another (a
 * placeholder is as much a name to it as the name it stands for), and derive() and simplify() only ask
 * whether two names are equal, which a one-to-one renaming keeps: every use of a name is a placeholder,
 * or none is. Texts with any character besides ASCII letters, digits, blanks and + - * / ^ ( ) , . are
 * parsed as written, and so are texts with a word glued to a number or a dot (2x, x.y, 0x1F); the
 * parser's own words (mod, true, NaN…) keep their spelling. A template that does not parse (a name
 * called as a function, x(2)) is parsed again as written, so every message quotes the lesson's own text.
 */
import { derive } from './derive';
import { substitute, symbolsOf } from './expr';
import { parseWithinLimits, sizeProblem } from './parse';
import type { Expr } from './types';

/** Placeholders are `$0`, `$1`…: `$` is a name character to mathjs, and no text that gets a template has one. */
const PLACEHOLDER = '$';
/** The node's own output, `out` in an op's derivative (σ′ taught as n₁(1 − n₁)). */
const SELF = '$self';
const PLAIN = /^[A-Za-z0-9_ \t\r\n+\-*/^().,]*$/;
/** Words mathjs's parser reads as operators or constants, not as names. */
const PARSER_WORDS: ReadonlySet<string> = new Set([
	'mod', 'to', 'in', 'and', 'xor', 'or', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end'
]);

/** One node's expression: its tree and distinct variables (in order of first appearance), in the model's names. */
export interface ShapedExpr {
	expr: Expr;
	vars: string[];
	/** ∂expr/∂vars[k] for every k in teaching form, `self` naming the node (derive.ts). */
	derivatives(self: string): Expr[];
}

export type ShapedResult = { ok: true; node: ShapedExpr } | { ok: false; message: string };

interface Shape {
	expr: Expr;
	vars: string[];
	/** Derivatives of the template, the node's output written as SELF; derived when first asked. */
	derivatives?: Expr[];
}

/** A cache for one model's build: its templates live as long as the build. */
export function shapeCache(): (text: string, names: ReadonlySet<string>) => ShapedResult {
	const shapes = new Map<string, Shape | null>();
	/** Each text's name → placeholder number, cleared for every text. */
	const scratch = new Map<string, number>();
	// one leaf object per name, shared by every tree of the build: trees are never mutated (expr.ts)
	const leaves = new Map<string, Expr>();
	const leaf = (name: string): Expr => {
		let e = leaves.get(name);
		if (e === undefined) {
			e = { kind: 'sym', name };
			leaves.set(name, e);
		}
		return e;
	};
	return (text, names) => {
		const size = sizeProblem(text);
		if (size !== undefined) return { ok: false, message: size };
		const t = templateOf(text, names, scratch);
		if (t === undefined) return direct(text);
		let shape = shapes.get(t.template);
		if (shape === undefined) {
			const parsed = parseWithinLimits(t.template);
			shape = parsed.ok ? { expr: parsed.expr, vars: symbolsOf(parsed.expr) } : null;
			shapes.set(t.template, shape);
		}
		if (shape === null) return direct(text);
		const s = shape;
		const { bound } = t;
		const boundLeaves = bound.map(leaf);
		const real = (name: string): string => (name.startsWith(PLACEHOLDER) ? (bound[placeholderIndex(name)] ?? name) : name);
		const rename = (name: string): Expr | undefined => (name.startsWith(PLACEHOLDER) ? boundLeaves[placeholderIndex(name)] : undefined);
		return {
			ok: true,
			node: {
				expr: substitute(s.expr, rename),
				vars: s.vars.map(real),
				derivatives(self) {
					s.derivatives ??= s.vars.map((v) => derive(s.expr, v, SELF));
					const put = (name: string): Expr | undefined => (name === SELF ? leaf(self) : rename(name));
					return s.derivatives.map((d) => substitute(d, put));
				}
			}
		};
	};
}

/** parseExpr as written, for texts without a template. */
function direct(text: string): ShapedResult {
	const parsed = parseWithinLimits(text);
	if (!parsed.ok) return parsed;
	const { expr } = parsed;
	const vars = symbolsOf(expr);
	return { ok: true, node: { expr, vars, derivatives: (self) => vars.map((v) => derive(expr, v, self)) } };
}

/**
 * The text with each of `names` it uses as a variable written $0, $1… in order, and those names; undefined
 * when none. `index` is scratch space, reused from text to text.
 */
function templateOf(text: string, names: ReadonlySet<string>, index: Map<string, number>): { template: string; bound: string[] } | undefined {
	if (!PLAIN.test(text)) return undefined;
	const bound: string[] = [];
	index.clear();
	let template = '';
	let copied = 0;
	for (let i = 0; i < text.length; ) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		let dot = false;
		for (; i < text.length && isWordChar(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 46) dot = true;
		const first = text.charCodeAt(start);
		const word = text.slice(start, i);
		if ((first >= 48 && first <= 57) || first === 46 || dot) {
			// a number stays as written; anything else glued to a digit or a dot (2x, x.y) might hide a name
			// the parser reads apart, which a placeholder elsewhere would then split in two
			if (isNumber(word, text.charCodeAt(i))) continue;
			return undefined;
		}
		if (!names.has(word) || PARSER_WORDS.has(word)) continue;
		let k = index.get(word);
		if (k === undefined) {
			k = bound.length;
			index.set(word, k);
			bound.push(word);
		}
		template += `${text.slice(copied, start)}${PLACEHOLDER}${k}`;
		copied = i;
	}
	if (bound.length === 0) return undefined;
	return { template: template + text.slice(copied), bound };
}

/** Whether mathjs reads `word` (followed by the character `next`) as one number and nothing else. */
function isNumber(word: string, next: number): boolean {
	if (PLAIN_NUMBER.test(word)) return true;
	// 2e-3 is cut at the sign: "2e" is a number only when a sign follows (2e x is 2·e)
	return OPEN_EXPONENT.test(word) && (next === 43 || next === 45);
}
const PLAIN_NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE]\d+)?$/;
const OPEN_EXPONENT = /^(?:\d+\.?\d*|\.\d+)[eE]$/;

/** A letter, digit, _ or dot: the characters of a word (a name or a number) in a plain text. */
function isWordChar(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

/** k of the placeholder `$k`, read without cutting the string. */
function placeholderIndex(name: string): number {
	let k = 0;
	for (let i = PLACEHOLDER.length; i < name.length; i++) k = k * 10 + name.charCodeAt(i) - 48;
	return k;
}
