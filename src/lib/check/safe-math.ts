/**
 * A restricted reader for the answer box, which is hostile input.
 *
 * mathjs is used only to parse: the instance is built from `parseDependencies` alone and only its
 * `parse` is kept, so no import, createUnit, evaluate, parse, simplify, derivative, resolve or reviver
 * can be reached from an expression (see mathjs docs, expressions/security). The parsed tree is then
 * walked here and copied into {@link SafeNode}s, accepting only numbers, the lesson's symbols, pi, e,
 * + − * / ^, parentheses and the functions in {@link FUNCTIONS}; everything else is refused. Evaluation is
 * our own loop over plain JS numbers, with a step count and a 250 ms deadline: mathjs `evaluate` and
 * `compile` never see student text. Names are looked up in Maps and Sets, never on plain objects,
 * so `constructor` or `__proto__` are just unknown names.
 *
 * Before mathjs sees the text: trim, refuse empty and > 500 characters, map safe look-alikes
 * (− × · ÷), refuse every other non-ASCII or unexpected character by name, refuse brackets nested
 * deeper than 50 (so the recursive-descent parser never recurses deeply), then apply the interface
 * language's decimal separators.
 */

import {
	isConstantNode,
	isFunctionNode,
	isOperatorNode,
	isParenthesisNode,
	isSymbolNode,
	type MathNode
} from 'mathjs';
import { parseMath as parse } from '../engine/mathjs-parse';
import { OPS } from '../engine/ops';
import { fail, msg, orList, type Lang, type Problem, type Result } from './messages';
import { readSeparators } from './separators';
import { suggest } from './suggest';


export const MAX_LENGTH = 500;
/** Deepest bracket nesting accepted; checked on the text, before parsing. */
export const MAX_BRACKET_DEPTH = 50;
/** Deepest tree accepted (a chain of 200 unary minuses is no answer anyone means). */
export const MAX_TREE_DEPTH = 200;
/**
 * The clock's allowance for one answer. The step limit is what stops a hostile answer (200 000 steps run in
 * a few milliseconds); the clock only guards a slow device, and a quarter second leaves room for a busy
 * browser pausing mid-grade, so an honest answer is never called too slow.
 */
export const BUDGET_MS = 250;
export const MAX_STEPS = 200_000;

/** Named constants; a lesson symbol of the same name takes precedence. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
	['pi', Math.PI],
	['e', Math.E]
]);

/** A function an answer may call: how many arguments it takes, and what it computes. */
export interface AnswerFunction {
	/** Fewest and most arguments. */
	readonly arity: readonly [number, number];
	/** Values of the optional trailing arguments, one per argument between the two ends of `arity`. */
	readonly defaults: readonly number[];
	readonly forward: (x: readonly number[]) => number;
}

/**
 * The engine's own op, so an answer and the lesson's expected value are computed by one definition
 * (leaky_relu's a = 0.01 and elu's a = 1 come from the op's defaults too).
 */
function engineFunction(name: string): AnswerFunction {
	const op = OPS.get(name);
	if (!op) throw new Error(`the engine has no operation ${name} for the answer box`);
	const defaults = op.defaults ?? [];
	// a missing default would reach the forward as an undefined argument
	if (defaults.length !== op.arity[1] - op.arity[0]) throw new Error(`${name} lacks defaults for its optional arguments`);
	return { arity: op.arity, defaults, forward: op.forward };
}

/**
 * The functions an answer may call, by the names a student types: the engine's, so a formula the
 * engine prints can be typed back. `ln` is the natural log, like `log`.
 */
export const FUNCTIONS: ReadonlyMap<string, AnswerFunction> = new Map(
	[
		'exp',
		'log',
		'ln',
		'sqrt',
		'abs',
		'sign',
		'sigmoid',
		'tanh',
		'relu',
		'leaky_relu',
		'elu',
		'gelu',
		'gelu_tanh',
		'swish',
		'softplus',
		'step',
		'max',
		'min',
		'floor'
	].map((name): [string, AnswerFunction] => [name, engineFunction(name === 'ln' ? 'log' : name)])
);

/** Other names for a function, suggested when typed (σ is spelled sigma; SiLU is swish). */
const ALSO_KNOWN_AS: ReadonlyMap<string, string> = new Map([
	['sigma', 'sigmoid'],
	['silu', 'swish'],
	['sgn', 'sign'],
	['heaviside', 'step'],
	['lrelu', 'leaky_relu'],
	['leakyrelu', 'leaky_relu'],
	['prelu', 'leaky_relu']
]);

/** "2", "1 or 2": how many arguments a function takes. */
function arityText([min, max]: readonly [number, number], lang: Lang): string {
	if (min === max) return `${min}`;
	if (max === min + 1) return lang === 'es' ? `${min} o ${max}` : `${min} or ${max}`;
	return lang === 'es' ? `de ${min} a ${max}` : `${min} to ${max}`;
}

/** How a call is written with its required arguments: exp(…), max(…, …). */
function usage(name: string, f: AnswerFunction): string {
	return `${name}(${Array.from({ length: Math.max(1, f.arity[0]) }, () => '…').join(', ')})`;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

/** The accepted expression tree: what an answer may contain, nothing more. */
export type SafeNode =
	| { kind: 'num'; value: number }
	| { kind: 'const'; name: string; value: number }
	| { kind: 'sym'; name: string }
	| { kind: 'unary'; op: '-' | '+'; arg: SafeNode }
	| { kind: 'binary'; op: BinaryOp; left: SafeNode; right: SafeNode; implicit: boolean }
	| { kind: 'call'; fn: string; args: SafeNode[] };

export interface Parsed {
	/** The text mathjs parsed: trimmed, look-alikes mapped, decimal commas as points. */
	text: string;
	tree: SafeNode;
	/** The validated mathjs tree, for `toTex` in the echo; never evaluated. */
	node: MathNode;
	/** Lesson symbols used, sorted. */
	symbols: string[];
	/** True when the student wrote a product without `*` (2 w5, 2(3)). */
	implicit: boolean;
}

export interface ParseOptions {
	/** The lesson's symbol names, matched case-sensitively. Empty for a numeric answer. */
	symbols?: Iterable<string>;
	lang: Lang;
}

const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
	['\u2212', '-'], // − minus sign
	['\u2013', '-'], // – en dash, as word processors type a minus
	['\u00d7', '*'], // ×
	['\u00b7', '*'], // · middle dot
	['\u22c5', '*'], // ⋅ dot operator
	['\u2217', '*'], // ∗ asterisk operator
	['\u00f7', '/'], // ÷
	['\u00a0', ' '], // no-break space
	['\u202f', ' '], // narrow no-break space
	['\t', ' ']
]);

const ALLOWED = /^[A-Za-z0-9 +\-*/^().,_]$/;

/** Symbols students paste from the notes, and how to type them instead. */
const SPELLED: ReadonlyMap<string, string> = new Map([
	['\u03c0', 'pi'], // π
	['\u00b2', '^2'], // ²
	['\u00b3', '^3'], // ³
	['\u0177', 'yhat'], // ŷ
	['\u03c3', 'sigmoid(…)'], // σ
	['\u221a', 'sqrt(…)'] // √
]);

function codePoint(c: string): string {
	return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Names a character for a message; invisible ones only by code point. */
function describe(c: string, lang: Lang): string {
	const code = codePoint(c);
	if (/[\p{C}\p{Z}\p{M}]/u.test(c)) {
		return lang === 'es' ? `un carácter invisible (${code})` : `an invisible character (${code})`;
	}
	const quoted = lang === 'es' ? `«${c}»` : `“${c}”`;
	return lang === 'es' ? `el carácter ${quoted} (${code})` : `the character ${quoted} (${code})`;
}

function badCharacter(c: string, position: number): Result<string> {
	if (c === '\n' || c === '\r') {
		return fail(
			'bad-character',
			msg((lang) => (lang === 'es' ? 'Escribe la respuesta en una sola línea' : 'Write the answer on one line')),
			{ position }
		);
	}
	if (c === '=') {
		return fail(
			'bad-character',
			msg((lang) =>
				lang === 'es'
					? 'Escribe solo el valor, sin «=» (ni ecuaciones ni asignaciones)'
					: 'Write only the value, without “=” (no equations or assignments)'
			),
			{ position }
		);
	}
	// ０–９, Ａ–Ｚ…: the full-width forms have an ordinary twin
	const twin = c.normalize('NFKC');
	const fullWidth = /[\uff01-\uff5e]/.test(c) && ALLOWED.test(twin);
	const spelled = SPELLED.get(c);
	return fail(
		'bad-character',
		msg((lang) => {
			const what = describe(c, lang);
			const where = lang === 'es' ? `en la posición ${position + 1}` : `at position ${position + 1}`;
			const hint = spelled
				? lang === 'es'
					? `; escribe ${spelled}`
					: `; write ${spelled}`
				: fullWidth
					? lang === 'es'
						? `; escribe ${twin} con el teclado normal`
						: `; type ${twin} from the ordinary keyboard`
					: '';
			return lang === 'es'
				? `No se admite ${what} ${where}${hint}`
				: `${what.charAt(0).toUpperCase()}${what.slice(1)} ${where} is not accepted${hint}`;
		}),
		{ position }
	);
}

/** Trims and checks the raw text before anything parses it. */
export function prepareInput(raw: string): Result<string> {
	const trimmed = raw.trim();
	if (trimmed.length === 0) {
		return fail(
			'empty',
			msg((lang) => (lang === 'es' ? 'Escribe una respuesta' : 'Type an answer'))
		);
	}
	if (trimmed.length > MAX_LENGTH) {
		return fail(
			'too-long',
			msg((lang) =>
				lang === 'es'
					? `La respuesta es demasiado larga: ${trimmed.length} caracteres, como mucho ${MAX_LENGTH}`
					: `The answer is too long: ${trimmed.length} characters, at most ${MAX_LENGTH}`
			)
		);
	}

	let text = '';
	let depth = 0;
	for (let i = 0; i < trimmed.length; i++) {
		// the whole code point, so an emoji is named as one character; every accepted one is in the BMP
		const c = String.fromCodePoint(trimmed.codePointAt(i) ?? 0);
		const mapped = LOOK_ALIKES.get(c) ?? c;
		if (!ALLOWED.test(mapped)) return badCharacter(c, i);
		if (mapped === '(') depth++;
		if (mapped === ')') depth--;
		if (depth > MAX_BRACKET_DEPTH) {
			return fail(
				'too-deep',
				msg((lang) =>
					lang === 'es'
						? `Demasiados paréntesis anidados: como mucho ${MAX_BRACKET_DEPTH}`
						: `Too many nested parentheses: at most ${MAX_BRACKET_DEPTH}`
				),
				{ position: i }
			);
		}
		if (depth < 0) {
			return fail(
				'syntax',
				msg((lang) =>
					lang === 'es'
						? `El «)» de la posición ${i + 1} no cierra ningún «(»`
						: `The “)” at position ${i + 1} closes no “(”`
				),
				{ position: i }
			);
		}
		text += mapped;
	}
	if (depth > 0) {
		return fail(
			'syntax',
			msg((lang) =>
				lang === 'es'
					? `Falta cerrar ${depth === 1 ? 'un paréntesis' : `${depth} paréntesis`}`
					: `${depth === 1 ? 'A parenthesis is' : `${depth} parentheses are`} not closed`
			)
		);
	}
	const power = text.indexOf('**');
	if (power >= 0) {
		return fail(
			'syntax',
			msg((lang) =>
				lang === 'es' ? 'Para las potencias usa ^ (por ejemplo x^2), no **' : 'For powers use ^ (as in x^2), not **'
			),
			{ position: power }
		);
	}
	return { ok: true, value: text };
}

/** Parses and validates an answer; never evaluates it. */
export function parseSafe(raw: string, options: ParseOptions): Result<Parsed> {
	const prepared = prepareInput(raw);
	if (!prepared.ok) return prepared;
	const separated = readSeparators(prepared.value, options.lang);
	if (!separated.ok) return separated;
	const text = separated.value;

	let node: MathNode;
	try {
		node = parse(text);
	} catch (error) {
		return syntaxError(text, error);
	}
	const checked = checkTree(node, options.symbols ?? []);
	if (!checked.ok) return checked;
	return { ok: true, value: { text, node, ...checked.value } };
}

/**
 * Validates any mathjs tree against the allow-list and copies it into a SafeNode. Exported so tests
 * can feed it trees (objects, assignments, accessors…) that the character filter stops earlier.
 */
export function checkTree(
	node: MathNode,
	symbols: Iterable<string>
): Result<{ tree: SafeNode; symbols: string[]; implicit: boolean }> {
	const walk: Walk = { symbols: new Set(symbols), used: new Set(), implicit: false };
	const tree = toSafe(node, walk, 0);
	if (!tree.ok) return tree;
	return { ok: true, value: { tree: tree.value, symbols: [...walk.used].sort(), implicit: walk.implicit } };
}

function syntaxError(text: string, error: unknown): Result<Parsed> {
	const where = error instanceof Error ? /\(char (\d+)\)/.exec(error.message) : null;
	const at = where ? Math.max(0, Math.min(text.length, Number(where[1]) - 1)) : undefined;
	if (at === undefined) {
		return fail(
			'syntax',
			msg((lang) => (lang === 'es' ? 'No se puede leer la respuesta' : 'The answer cannot be read'))
		);
	}
	const near = text.slice(at, at + 10);
	return fail(
		'syntax',
		msg((lang, q) => {
			if (near.length === 0) {
				return lang === 'es' ? 'La respuesta está incompleta al final' : 'The answer is incomplete at the end';
			}
			return lang === 'es'
				? `No se puede leer la respuesta en la posición ${at + 1}, cerca de ${q(near)}`
				: `The answer cannot be read at position ${at + 1}, near ${q(near)}`;
		}),
		{ position: at }
	);
}

interface Walk {
	symbols: ReadonlySet<string>;
	used: Set<string>;
	implicit: boolean;
}

const BINARY: ReadonlyMap<string, BinaryOp> = new Map([
	['add', '+'],
	['subtract', '-'],
	['multiply', '*'],
	['divide', '/'],
	['pow', '^']
]);
const UNARY: ReadonlyMap<string, '-' | '+'> = new Map([
	['unaryMinus', '-'],
	['unaryPlus', '+']
]);

/** Copies a mathjs tree into a SafeNode, refusing every node type and name not listed. */
function toSafe(node: MathNode, walk: Walk, depth: number): Result<SafeNode> {
	if (depth > MAX_TREE_DEPTH) {
		return fail(
			'too-deep',
			msg((lang) =>
				lang === 'es' ? 'La expresión está demasiado anidada' : 'The expression is nested too deeply'
			)
		);
	}
	if (isParenthesisNode(node)) return toSafe(node.content, walk, depth + 1);

	if (isConstantNode(node)) {
		const value: unknown = node.value;
		if (typeof value !== 'number' || Number.isNaN(value)) {
			const shown = node.toString();
			return fail(
				'not-a-number',
				msg((lang, q) => (lang === 'es' ? `${q(shown)} no es un número` : `${q(shown)} is not a number`))
			);
		}
		if (!Number.isFinite(value)) return tooLarge();
		return { ok: true, value: { kind: 'num', value } };
	}

	if (isSymbolNode(node)) return symbol(node.name, walk);

	if (isOperatorNode(node)) {
		const fn: string = node.fn;
		const args = node.args;
		const unary = UNARY.get(fn);
		const binary = BINARY.get(fn);
		const [first, second] = args;
		if (unary && args.length === 1 && first) {
			const arg = toSafe(first, walk, depth + 1);
			if (!arg.ok) return arg;
			return { ok: true, value: { kind: 'unary', op: unary, arg: arg.value } };
		}
		if (binary && args.length === 2 && first && second) {
			const left = toSafe(first, walk, depth + 1);
			if (!left.ok) return left;
			const right = toSafe(second, walk, depth + 1);
			if (!right.ok) return right;
			const implicit = node.implicit === true;
			if (implicit) walk.implicit = true;
			return { ok: true, value: { kind: 'binary', op: binary, left: left.value, right: right.value, implicit } };
		}
		const op: string = node.op;
		return fail(
			'not-allowed',
			msg((lang, q) =>
				lang === 'es'
					? `No se admite el operador ${q(op)}; solo + − * / ^`
					: `The operator ${q(op)} is not accepted; only + − * / ^`
			)
		);
	}

	if (isFunctionNode(node)) return call(node.fn, node.args, walk, depth);

	return notAllowed(node);
}

/** 1e400 and Infinity both reach here as Infinity: the typed text is gone, so no quote. */
function tooLarge(): Result<SafeNode> {
	return fail(
		'too-large',
		msg((lang) =>
			lang === 'es'
				? 'Hay un número demasiado grande para calcular (el máximo ronda 1.8e308)'
				: 'A number is too large to compute with (the largest is about 1.8e308)'
		)
	);
}

function symbol(name: string, walk: Walk): Result<SafeNode> {
	if (walk.symbols.has(name)) {
		walk.used.add(name);
		return { ok: true, value: { kind: 'sym', name } };
	}
	const constant = CONSTANTS.get(name);
	if (constant !== undefined) return { ok: true, value: { kind: 'const', name, value: constant } };
	const f = FUNCTIONS.get(name);
	if (f) {
		const written = usage(name, f);
		const one = f.arity[0] <= 1;
		return fail(
			'missing-argument',
			msg((lang, q) =>
				lang === 'es'
					? `${q(name)} es una función: escribe ${written} con ${one ? 'su argumento' : `sus ${f.arity[0]} argumentos`} entre paréntesis`
					: `${q(name)} is a function: write ${written} with its ${one ? 'argument' : `${f.arity[0]} arguments`} in parentheses`
			)
		);
	}
	return unknownSymbol(name, walk.symbols);
}

function unknownSymbol(name: string, symbols: ReadonlySet<string>): Result<SafeNode> {
	// constants are suggested only for a case slip (PI → pi): "e" is one edit from every letter
	const lower = name.toLowerCase();
	const constants = [...CONSTANTS.keys()].filter((c) => c === lower);
	const suggestions = suggest(name, [...symbols, ...constants]);
	const listed = [...symbols].sort();
	return fail(
		'unknown-symbol',
		msg((lang, q) => {
			if (symbols.size === 0) {
				const tail =
					suggestions.length > 0
						? lang === 'es'
							? ` ¿Quisiste decir ${orList(suggestions, lang)}?`
							: ` Did you mean ${orList(suggestions, lang)}?`
						: '';
				return lang === 'es'
					? `${q(name)}: aquí se pide un número; las letras solo sirven para pi, e y funciones como exp(…).${tail}`
					: `${q(name)}: a number is expected here; letters are only for pi, e and functions such as exp(…).${tail}`;
			}
			const head =
				lang === 'es' ? `${q(name)} no es un símbolo de esta lección.` : `${q(name)} is not a symbol of this lesson.`;
			if (suggestions.length > 0) {
				return lang === 'es'
					? `${head} ¿Quisiste decir ${orList(suggestions, lang)}?`
					: `${head} Did you mean ${orList(suggestions, lang)}?`;
			}
			if (listed.length <= 12) {
				return lang === 'es'
					? `${head} Los símbolos son: ${listed.join(', ')}`
					: `${head} The symbols are: ${listed.join(', ')}`;
			}
			return head;
		}),
		{ suggestions }
	);
}

function call(fnNode: MathNode, args: MathNode[], walk: Walk, depth: number): Result<SafeNode> {
	if (!isSymbolNode(fnNode)) return notAllowed(fnNode);
	const name = fnNode.name;
	const f = FUNCTIONS.get(name);
	if (!f) {
		if (walk.symbols.has(name) || CONSTANTS.has(name)) {
			return fail(
				'not-a-function',
				msg((lang, q) =>
					lang === 'es'
						? `${q(`${name}(…)`)}: ${name} no es una función; para multiplicar escribe ${name}*(…)`
						: `${q(`${name}(…)`)}: ${name} is not a function; to multiply, write ${name}*(…)`
				)
			);
		}
		const alias = ALSO_KNOWN_AS.get(name.toLowerCase());
		const suggestions = alias ? [alias] : suggest(name, FUNCTIONS.keys());
		const known = [...FUNCTIONS.keys()].join(', ');
		return fail(
			'unknown-function',
			msg((lang, q) => {
				const guess =
					suggestions.length > 0
						? lang === 'es'
							? ` ¿Quisiste decir ${orList(suggestions, lang)}?`
							: ` Did you mean ${orList(suggestions, lang)}?`
						: lang === 'es'
							? ` Las funciones son: ${known}`
							: ` The functions are: ${known}`;
				return lang === 'es'
					? `${q(name)} no es una función conocida.${guess}`
					: `${q(name)} is not a known function.${guess}`;
			}),
			{ suggestions }
		);
	}
	// counted before any argument is walked, so max(1,1,…,1) costs nothing to refuse
	const [min, max] = f.arity;
	if (args.length < min || args.length > max) return wrongArity(name, f, args.length);
	const safe: SafeNode[] = [];
	for (const arg of args) {
		const inner = toSafe(arg, walk, depth + 1);
		if (!inner.ok) return inner;
		safe.push(inner.value);
	}
	return { ok: true, value: { kind: 'call', fn: name, args: safe } };
}

function wrongArity(name: string, f: AnswerFunction, given: number): Result<SafeNode> {
	const [min, max] = f.arity;
	// too few for a function of several: likely a missing comma, or (in Spanish) 1,5 read as one decimal
	const hint = given < min && min >= 2;
	const written = usage(name, f);
	return fail(
		'wrong-arity',
		msg((lang, q) => {
			const n = arityText(f.arity, lang);
			if (lang === 'es') {
				const tail = hint
					? `; escribe ${written}, con una coma y un espacio entre los argumentos (una coma entre dos cifras, como en 1,5, es decimal)`
					: '';
				return `${q(`${name}(…)`)} lleva ${n} argumento${max === 1 ? '' : 's'}, no ${given}${tail}`;
			}
			const tail = hint ? `; write ${written}, with a comma between the arguments` : '';
			return `${q(`${name}(…)`)} takes ${n} argument${max === 1 ? '' : 's'}, not ${given}${tail}`;
		})
	);
}

/** Everything else mathjs can parse: accessors, indexes, objects, arrays, assignments, blocks… */
function notAllowed(node: MathNode): Result<SafeNode> {
	const shown = node.toString();
	return fail(
		'not-allowed',
		msg((lang, q) =>
			lang === 'es'
				? `No se admite ${q(shown)}: solo números, símbolos de la lección, + − * / ^, paréntesis y funciones como exp(…)`
				: `${q(shown)} is not accepted: only numbers, the lesson's symbols, + − * / ^, parentheses and functions such as exp(…)`
		)
	);
}

/** Lesson symbols used in a tree, sorted. */
export function listSymbols(tree: SafeNode): string[] {
	const found = new Set<string>();
	const visit = (n: SafeNode): void => {
		switch (n.kind) {
			case 'sym':
				found.add(n.name);
				return;
			case 'unary':
				visit(n.arg);
				return;
			case 'call':
				for (const a of n.args) visit(a);
				return;
			case 'binary':
				visit(n.left);
				visit(n.right);
				return;
			case 'num':
			case 'const':
				return;
		}
	};
	visit(tree);
	return [...found].sort();
}

/** A time and step allowance shared by every evaluation of one answer. */
export interface Budget {
	readonly deadline: number;
	readonly now: () => number;
	steps: number;
}

/**
 * Milliseconds on the clock a budget runs on. In the browser, the wall clock, the time a page would
 * freeze. Under Node (lessons check, the tests), the process's own CPU time: a busy machine must not turn
 * an answer that takes a millisecond into "too slow", nor make check's verdict depend on the load.
 */
function clock(): () => number {
	const proc = globalThis.process;
	if (proc !== undefined && typeof proc.cpuUsage === 'function') {
		return () => {
			const used = proc.cpuUsage();
			return (used.user + used.system) / 1000;
		};
	}
	return () => performance.now();
}

const defaultClock = clock();

export function startBudget(ms: number = BUDGET_MS, now: () => number = defaultClock): Budget {
	return { deadline: now() + ms, now, steps: 0 };
}

class OutOfTime extends Error {}

const TOO_SLOW: Problem = {
	code: 'too-slow',
	message: {
		es: 'La respuesta tarda demasiado en calcularse',
		en: 'The answer takes too long to compute'
	}
};

/**
 * Evaluates a tree with plain numbers. The value may be NaN or ±Infinity; the caller decides what
 * that means. A symbol missing from `env` evaluates to NaN. Fails only when the budget runs out.
 */
export function evaluateTree(tree: SafeNode, env: ReadonlyMap<string, number>, budget: Budget): Result<number> {
	try {
		return { ok: true, value: run(tree, env, budget) };
	} catch (error) {
		if (error instanceof OutOfTime || error instanceof RangeError) {
			return { ok: false, problem: TOO_SLOW };
		}
		throw error;
	}
}

function run(n: SafeNode, env: ReadonlyMap<string, number>, budget: Budget): number {
	budget.steps++;
	if (budget.steps > MAX_STEPS || ((budget.steps & 63) === 0 && budget.now() > budget.deadline)) {
		throw new OutOfTime();
	}
	switch (n.kind) {
		case 'num':
		case 'const':
			return n.value;
		case 'sym':
			return env.get(n.name) ?? Number.NaN;
		case 'unary': {
			const x = run(n.arg, env, budget);
			return n.op === '-' ? -x : x;
		}
		case 'call': {
			const f = FUNCTIONS.get(n.fn);
			// checkTree counted the arguments; a tree built by hand may not have
			if (!f || n.args.length < f.arity[0] || n.args.length > f.arity[1]) return Number.NaN;
			const x = n.args.map((a) => run(a, env, budget));
			// optional arguments left out take their defaults: leaky_relu(z) = leaky_relu(z, 0.01)
			for (let i = x.length - f.arity[0]; i < f.defaults.length; i++) x.push(f.defaults[i] ?? Number.NaN);
			return f.forward(x);
		}
		case 'binary': {
			const a = run(n.left, env, budget);
			const b = run(n.right, env, budget);
			switch (n.op) {
				case '+':
					return a + b;
				case '-':
					return a - b;
				case '*':
					return a * b;
				case '/':
					return a / b;
				case '^':
					return Math.pow(a, b);
			}
		}
	}
}

/** Why a finite number was expected and not had: overflow, or no value at all (0/0). */
export function nonFinite(value: number): Problem {
	if (Number.isNaN(value)) {
		return {
			code: 'undefined-value',
			message: {
				es: 'El resultado no es un número (por ejemplo 0/0 o la raíz de un negativo)',
				en: 'The result is not a number (as with 0/0 or the root of a negative)'
			}
		};
	}
	return {
		code: 'too-large',
		message: {
			es: 'El número es demasiado grande (o hay una división entre cero)',
			en: 'The number is too large (or there is a division by zero)'
		}
	};
}
