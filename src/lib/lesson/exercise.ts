/**
 * What the grader needs for one exercise, computed at build time from the engine: the expected
 * value, the values also accepted (recomputed from the rounded figures the lesson displays), and
 * the wrong answers that name a misconception, found by mutating the computation (grading.md).
 * Expressions get sample points: leaves drawn near the lesson's point, pushed through the forward
 * pass, so every node's value at a point agrees with the graph.
 */
import {
	add,
	mul,
	num,
	sub,
	sym,
	symbolsOf
} from '../engine/expr';
import { DEFAULT_ATOL, DEFAULT_RTOL, gradeAtPoints } from '../check/grade';
import { FUNCTIONS } from '../check/safe-math';
import { countPaths, evaluateExpr, factor, forward, listPaths, parseExpr, type Graph, type Trace } from '../engine';
import { mulberry32 } from '../engine/random';
import { exprToText } from '../engine/text';
import type { Expr, Factor } from '../engine/types';
import { isMisconceptionCode, ti as words, type MisconceptionCode } from '../i18n/islands';
import { parseQuantity, quantityValue } from './quantity';
import { gradientWith, nodeWith, roundingInterval } from './rounding';
import type { Exercise } from './schema';
import type { ExerciseView, Lang } from './view';

export interface NamedWrong {
	code: string;
	value: number;
	message: string;
}

export interface ExercisePoint {
	env: Record<string, number>;
	expected: number;
	wrong: { code: string; value: number }[];
}

/**
 * Carry-forward: the quantity as a formula whose variables a student's own earlier answers may
 * replace, so an answer built on their earlier (even slightly wrong) figures is still recognised.
 */
export interface Carry {
	/** Formula in answer syntax over the variables of `env`. */
	expr: string;
	/** Each variable's value from the engine. */
	env: Record<string, number>;
	/** Variable → id of the earlier exercise whose answer replaces it. */
	from: Record<string, string>;
}

export interface ExerciseKey {
	expected: number;
	/** Values reachable from the displayed figures rounded to ≥ 3 significant figures (rounding.ts). */
	interval: [number, number];
	misconceptions: NamedWrong[];
	/** Expression exercises: evaluation points (the lesson's own first). */
	points: ExercisePoint[];
	/** Names the answer may use and their TeX labels. */
	symbols: { name: string; tex: string }[];
	/** Messages of the codes used at the points, in the page's language. */
	messages: Record<string, string>;
	carry?: Carry;
	/** The lesson's names a formula for a node's value may not use: the node itself, later nodes, nodes beside it. */
	withheld?: string[];
	/** Formula exercises: the help line's example, in the lesson's names and never the answer. */
	example?: string;
}

export type KeyResult = { ok: true; key: ExerciseKey } | { ok: false; message: string };

const ACTIVATIONS = new Set(['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'gelu', 'gelu_tanh', 'softplus', 'swish', 'step']);

/** The node's pre-activation name when the node is activation(name), e.g. n1 → sum_n1. */
export function preactivationOf(graph: Graph, node: string): string | undefined {
	const n = graph.nodes.find((x) => x.name === node);
	if (!n || n.expr.kind !== 'call' || !ACTIVATIONS.has(n.expr.op)) return undefined;
	const a = n.expr.args[0];
	return a?.kind === 'sym' ? a.name : undefined;
}

/** True when the tree has a ½ as a factor: 0.5·…, or … / 2 (E = ½(t − ŷ)²). */
function hasHalf(e: Expr): boolean {
	if (e.kind !== 'call') return false;
	if (e.op === 'mul' && e.args.some((a) => a.kind === 'num' && a.value === 0.5)) return true;
	if (e.op === 'div' && e.args[1]?.kind === 'num' && e.args[1].value === 2) return true;
	return e.args.some(hasHalf);
}

const isActivationFactor = (graph: Graph, f: Factor): boolean => preactivationOf(graph, f.of) === f.wrt;
const isErrorFactor = (graph: Graph, f: Factor): boolean => f.of === graph.loss;

/** Wrong answers for a gradient (or one path of it), from mutated factors. */
function gradientMutations(t: Trace, p: string, pathIndex?: number): { code: MisconceptionCode; value: number }[] {
	const g = t.graph;
	const out: { code: MisconceptionCode; value: number }[] = [];
	const product = (factors: Factor[], replace: (f: Factor) => number): number => factors.reduce((s, f) => s * replace(f), 1);
	const paths = listPaths(t, p, 64);
	const chosen = pathIndex === undefined ? undefined : paths[pathIndex - 1];
	const mutate = (replace: (f: Factor) => number): number =>
		chosen ? product(chosen.factors, replace) : gradientWith(t, p, replace);
	const same = (f: Factor): number => f.value;
	const value = (name: string): number => t.values[name] ?? NaN;

	out.push({ code: 'sign-flip', value: mutate((f) => (isErrorFactor(g, f) ? -f.value : f.value)) });
	out.push({ code: 'missing-activation-derivative', value: mutate((f) => (isActivationFactor(g, f) ? 1 : f.value)) });
	// each σ′ dropped on its own, too
	const activationFactors = new Set<string>();
	for (const path of chosen ? [chosen] : paths) for (const f of path.factors) if (isActivationFactor(g, f)) activationFactors.add(`${f.of}/${f.wrt}`);
	for (const key of activationFactors) {
		out.push({ code: 'missing-activation-derivative', value: mutate((f) => (`${f.of}/${f.wrt}` === key ? 1 : f.value)) });
	}
	out.push({ code: 'wrong-activation-derivative', value: mutate((f) => (isActivationFactor(g, f) ? value(f.of) : f.value)) });
	out.push({
		code: 'wrong-activation-derivative',
		value: mutate((f) => (isActivationFactor(g, f) ? value(f.wrt) * (1 - value(f.wrt)) : f.value))
	});
	// ∂sum/∂w is the input it multiplies: the neuron's output, not its weighted sum
	out.push({
		code: 'preactivation-for-activation',
		value: mutate((f) => {
			const d = f.derivative;
			const pre = d.kind === 'sym' ? preactivationOf(g, d.name) : undefined;
			return pre ? value(pre) : f.value;
		})
	});
	out.push({
		code: 'used-updated-weight',
		value: mutate((f) => {
			const d = f.derivative;
			return d.kind === 'sym' && d.name !== p && g.params.includes(d.name) ? (t.updated[d.name] ?? f.value) : f.value;
		})
	});
	out.push({ code: 'factor-of-two', value: mutate((f) => (isErrorFactor(g, f) ? 2 * f.value : f.value)) });
	out.push({ code: 'factor-of-two', value: mutate((f) => (isErrorFactor(g, f) ? f.value / 2 : f.value)) });
	if (!chosen && paths.length > 1 && countPaths(g, p) === BigInt(paths.length)) {
		for (const path of paths) out.push({ code: 'missing-path', value: path.product });
		for (const path of paths) out.push({ code: 'missing-path', value: gradientWith(t, p, same) - path.product });
	}
	return out;
}

function numberMutations(t: Trace, key: string): { code: MisconceptionCode; value: number }[] {
	const q = parseQuantity(key);
	const g = t.graph;
	if (!q) return [];
	const value = (name: string): number => t.values[name] ?? NaN;
	switch (q.kind) {
		case 'value': {
			const out: { code: MisconceptionCode; value: number }[] = [];
			const pre = preactivationOf(g, q.name);
			if (pre) out.push({ code: 'preactivation-for-activation', value: value(pre) });
			out.push({ code: 'preactivation-for-activation', value: nodeWith(t, q.name, (v) => { const p = preactivationOf(g, v); return p ? value(p) : undefined; }) });
			const n = g.nodes.find((x) => x.name === q.name);
			// a value is not a derivative: the slip is the ½ in front of the square, left out or added
			if (n && JSON.stringify(n.expr).includes('"pow"')) {
				if (hasHalf(n.expr)) out.push({ code: 'forgot-half', value: 2 * value(q.name) });
				else out.push({ code: 'extra-half', value: value(q.name) / 2 });
			}
			return out;
		}
		case 'local': {
			const f = factor(t, q.of, q.wrt);
			if (!f) return [];
			const out: { code: MisconceptionCode; value: number }[] = [];
			if (isErrorFactor(g, f)) {
				out.push({ code: 'sign-flip', value: -f.value }, { code: 'factor-of-two', value: 2 * f.value }, { code: 'factor-of-two', value: f.value / 2 });
			}
			if (isActivationFactor(g, f)) {
				out.push({ code: 'wrong-activation-derivative', value: value(f.of) }, { code: 'wrong-activation-derivative', value: value(f.wrt) * (1 - value(f.wrt)) });
			}
			const d = f.derivative;
			const pre = d.kind === 'sym' ? preactivationOf(g, d.name) : undefined;
			if (pre) out.push({ code: 'preactivation-for-activation', value: value(pre) });
			if (d.kind === 'sym' && g.params.includes(d.name)) out.push({ code: 'used-updated-weight', value: t.updated[d.name] ?? NaN });
			// the factor of another edge into the same node: w8 for ∂sum_ŷ₂/∂n₁, whose factor is w7
			for (const other of t.factorsOf[f.of] ?? []) if (other.wrt !== f.wrt) out.push({ code: 'other-edge', value: other.value });
			return out;
		}
		case 'grad':
			return gradientMutations(t, q.param);
		// δ of a node is a gradient taken at the node: the same slips apply
		case 'delta':
			return q.name === g.loss ? [] : gradientMutations(t, q.name);
		case 'path':
			return gradientMutations(t, q.param, q.index);
		case 'updated': {
			const w = value(q.param);
			const grad = t.gradients[q.param] ?? NaN;
			const eta = g.learningRate;
			return [
				{ code: 'update-direction', value: w + eta * grad },
				{ code: 'missing-learning-rate', value: w - grad },
				...gradientMutations(t, q.param).map((m) => ({ code: m.code, value: w - eta * m.value }))
			];
		}
		default:
			return [];
	}
}


/** The quantity as a formula over the model's names (the teaching form), for expression exercises. */
export function quantityExpr(t: Trace, key: string): Expr | undefined {
	const q = parseQuantity(key);
	if (!q) return undefined;
	switch (q.kind) {
		case 'value':
			return t.graph.nodes.find((n) => n.name === q.name)?.expr;
		case 'local':
			return factor(t, q.of, q.wrt)?.derivative;
		case 'delta':
			if (q.name === t.graph.loss) return num(1);
			return quantityExpr(t, `grad:${q.name}`);
		case 'grad':
		case 'path': {
			const all = listPaths(t, q.param, 64);
			const chosen = q.kind === 'path' ? all.slice(q.index - 1, q.index) : all;
			if (chosen.length === 0) return undefined;
			const terms = chosen.map((p) => mul(...p.factors.map((f) => f.derivative)));
			return terms.length === 1 && terms[0] ? terms[0] : add(...terms);
		}
		case 'updated': {
			const grad = quantityExpr(t, `grad:${q.param}`);
			return grad ? sub(sym(q.param), mul(num(t.graph.learningRate), grad)) : undefined;
		}
		default:
			return undefined;
	}
}

/** Wrong formulas for an expression exercise, as trees. */
function expressionMutations(t: Trace, key: string): { code: MisconceptionCode; expr: Expr }[] {
	const q = parseQuantity(key);
	if (q?.kind !== 'local') return [];
	const f = factor(t, q.of, q.wrt);
	if (!f) return [];
	const out: { code: MisconceptionCode; expr: Expr }[] = [];
	if (isErrorFactor(t.graph, f)) out.push({ code: 'sign-flip', expr: mul(num(-1), f.derivative) }, { code: 'factor-of-two', expr: mul(num(2), f.derivative) });
	if (isActivationFactor(t.graph, f)) {
		const z = sym(f.wrt);
		out.push({ code: 'wrong-activation-derivative', expr: sym(f.of) }, { code: 'wrong-activation-derivative', expr: mul(z, sub(num(1), z)) });
	}
	return out;
}

/** Functions the answer grader can evaluate; a formula using others is not carried. */
const CARRYABLE = new Set(['add', 'sub', 'mul', 'div', 'pow', 'neg', ...FUNCTIONS.keys()]);

function carryable(e: Expr): boolean {
	return e.kind !== 'call' || (CARRYABLE.has(e.op) && e.args.every(carryable));
}

/**
 * The recipe to recompute `key` from earlier answers. `earlier` maps a quantity key to the id of an
 * exercise before this one that asks for it.
 */
export function carryRecipe(t: Trace, key: string, earlier: ReadonlyMap<string, string>): Carry | undefined {
	const q = parseQuantity(key);
	if (!q || earlier.size === 0) return undefined;
	const from: Record<string, string> = {};
	const env: Record<string, number> = {};
	let expr: Expr | undefined;
	if (q.kind === 'value') {
		const node = t.graph.nodes.find((n) => n.name === q.name);
		if (!node) return undefined;
		expr = node.expr;
		for (const v of node.vars) {
			env[v] = t.values[v] ?? NaN;
			const id = earlier.get(`value:${v}`);
			if (id) from[v] = id;
		}
	} else if (q.kind === 'grad' || q.kind === 'path' || (q.kind === 'delta' && q.name !== t.graph.loss)) {
		// each distinct factor becomes a variable f1, f2, …; a student's answer for it replaces it
		const of = q.kind === 'delta' ? q.name : q.param;
		const all = listPaths(t, of, 64);
		if (BigInt(all.length) !== countPaths(t.graph, of)) return undefined;
		const chosen = q.kind === 'path' ? all.slice(q.index - 1, q.index) : all;
		const names = new Map<string, string>();
		const terms = chosen.map((p) =>
			mul(
				...p.factors.map((f) => {
					const k = `local:${f.of}/${f.wrt}`;
					let name = names.get(k);
					if (!name) {
						name = `f${names.size + 1}`;
						names.set(k, name);
						env[name] = f.value;
						const id = earlier.get(k);
						if (id) from[name] = id;
					}
					return sym(name);
				})
			)
		);
		expr = terms.length === 1 && terms[0] ? terms[0] : add(...terms);
	} else if (q.kind === 'updated') {
		env.w = t.values[q.param] ?? NaN;
		env.g = t.gradients[q.param] ?? NaN;
		expr = sub(sym('w'), mul(num(t.graph.learningRate), sym('g')));
		const id = earlier.get(`grad:${q.param}`);
		if (id) from.g = id;
	}
	if (!expr || Object.keys(from).length === 0 || !carryable(expr)) return undefined;
	return { expr: exprToText(expr), env, from };
}

const POINTS = 10;

/** Quantities that count things: their answer is a whole number, exactly. */
function isCount(key: string): boolean {
	const kind = parseQuantity(key)?.kind;
	return kind === 'paths' || kind === 'edges' || kind === 'factors' || kind === 'nodes';
}


function samplePoints(t: Trace, seed: number): Record<string, number>[] {
	const g = t.graph;
	const rand = mulberry32(seed);
	const points: Record<string, number>[] = [{ ...t.values }];
	for (let i = 0; i < POINTS * 3 && points.length < POINTS + 1; i++) {
		const values = g.initial.slice();
		g.names.forEach((name, s) => {
			const info = g.symbols.get(name);
			if (!info || info.kind === 'node') return;
			const v = values[s] ?? 0;
			// a leaf moves by up to ±40 % of itself plus ±0.2, so factors that vanish at 0 stay rare
			values[s] = v + (rand() - 0.5) * (0.8 * Math.abs(v) + 0.4);
		});
		const vals = forward(g, values);
		if (!vals.every((x) => Number.isFinite(x))) continue;
		const env: Record<string, number> = {};
		g.names.forEach((n, s) => (env[n] = vals[s] ?? NaN));
		points.push(env);
	}
	return points;
}

function hashSeed(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * The example under a formula box: the lesson's own names in the shape a(1 − b), and never the answer.
 * Names the answer does not use come first (the graph's nodes before its leaves), so the example gives
 * the syntax away, not the formula; a candidate is kept only if `isWrong` (the grader, at the exercise's
 * own points) calls it wrong. None fits: undefined, and the help line shows no example.
 */
export function helpExample(names: readonly string[], used: ReadonlySet<string>, isWrong: (text: string) => boolean): string | undefined {
	const ordered = [...names.filter((n) => !used.has(n)), ...names.filter((n) => used.has(n))];
	for (const a of ordered) {
		for (const b of ordered) {
			if (a === b) continue;
			const text = `${a}*(1-${b})`;
			if (isWrong(text)) return text;
		}
	}
	return undefined;
}

/** The graph's names, nodes first: yhat1 and n2 read more like the lesson than x1 and w3. */
function namesNodesFirst(g: Graph): string[] {
	const isNode = (n: string): boolean => g.symbols.get(n)?.kind === 'node';
	return [...g.names.filter(isNode), ...g.names.filter((n) => !isNode(n))];
}

/**
 * The wrong number an author names, for a number exercise: the number itself, or a formula over the
 * lesson's names evaluated at this student's numbers ("2*(a - y)*a*(1 - a)*1" follows every variant).
 */
export function misconceptionValue(t: Trace, answer: number | string): number | undefined {
	if (typeof answer === 'number') return answer;
	const parsed = parseExpr(answer);
	if (!parsed.ok || symbolsOf(parsed.expr).some((name) => t.values[name] === undefined)) return undefined;
	return evaluateExpr(parsed.expr, t.values);
}

export function exerciseKey(
	t: Trace,
	ex: Exercise,
	lang: Lang,
	decimals: number,
	earlier: ReadonlyMap<string, string> = new Map()
): KeyResult {
	const q = quantityValue(t, ex.quantity);
	if (!q.ok) return { ok: false, message: q.message };
	const expected = q.value;
	const messages: Record<string, string> = {};
	const symbols = t.graph.names.map((name) => ({ name, tex: t.graph.symbols.get(name)?.tex ?? name }));
	const authorMessage = (code: string): string | undefined => ex.misconceptions.find((m) => m.code === code)?.message[lang];
	const messageOf = (code: string): string => {
		if (isMisconceptionCode(code)) return words(lang).misconceptions[code];
		return authorMessage(code) ?? code;
	};

	if (ex.answer === 'expression') {
		const expr = quantityExpr(t, ex.quantity);
		if (!expr) return { ok: false, message: `"${ex.quantity}" has no formula to ask for` };
		const wrongs: { code: string; expr: Expr }[] = [...expressionMutations(t, ex.quantity)];
		for (const m of ex.misconceptions) {
			if (typeof m.answer !== 'string') continue;
			const parsed = parseExpr(m.answer);
			if (!parsed.ok) return { ok: false, message: `misconception "${m.code}": ${parsed.message}` };
			wrongs.push({ code: m.code, expr: parsed.expr });
		}
		const points = samplePoints(t, hashSeed(ex.id)).map((env) => ({
			env,
			expected: evaluateExpr(expr, env),
			wrong: wrongs.map((w) => ({ code: w.code, value: evaluateExpr(w.expr, env) }))
		}));
		for (const w of wrongs) messages[w.code] = messageOf(w.code);
		const allowed = formulaSymbols(t, ex.quantity, symbols);
		const allowedNames = new Set(allowed.map((s) => s.name));
		const withheld = symbols.filter((s) => !allowedNames.has(s.name)).map((s) => s.name);
		const graded = points.map((p, i) => ({ env: p.env, expected: p.expected, lesson: i === 0 }));
		const isWrong = (text: string): boolean => gradeAtPoints(text, { symbols: [...allowedNames], points: graded, lang }).type === 'incorrect';
		const example = helpExample(namesNodesFirst(t.graph).filter((n) => allowedNames.has(n)), new Set(symbolsOf(expr)), isWrong);
		return {
			ok: true,
			key: {
				expected,
				interval: [expected, expected],
				misconceptions: [],
				points,
				symbols: allowed,
				messages,
				...(withheld.length > 0 ? { withheld } : {}),
				...(example ? { example } : {})
			}
		};
	}

	if (ex.decimals !== undefined) messages['wrong-precision'] = messageOf('wrong-precision');
	const interval = roundingInterval(t, ex.quantity, expected, decimals);
	const inside = (v: number): boolean => v >= interval[0] && v <= interval[1];

	const found: { code: string; value: number }[] = [
		...ex.misconceptions.flatMap((m) => {
			const value = misconceptionValue(t, m.answer);
			return value === undefined ? [] : [{ code: m.code, value }];
		}),
		...numberMutations(t, ex.quantity)
	];
	const misconceptions: NamedWrong[] = [];
	for (const m of found) {
		// a mistake that honest rounding also explains (or one already listed) names nothing
		if (!Number.isFinite(m.value) || inside(m.value)) continue;
		// an author's figure typed to 5 places and the engine's own mutation are one mistake: the first listed speaks
		if (misconceptions.some((x) => Math.abs(m.value - x.value) <= 1e-4 * Math.max(Math.abs(m.value), Math.abs(x.value)))) continue;
		misconceptions.push({ code: m.code, value: m.value, message: messageOf(m.code) });
	}
	const carry = carryRecipe(t, ex.quantity, earlier);
	return { ok: true, key: { expected, interval, misconceptions, points: [], symbols, messages, ...(carry ? { carry } : {}) } };
}

/**
 * The names a formula answer may use. A node's value is asked from what it is computed from: its
 * ancestors and the lesson's leaves (inputs, parameters, targets, constants), never the node itself,
 * anything computed after it, or a node beside it (v₂ is no answer to "write v₂"). Factors and
 * gradients use every name, a node's own output included (σ′ = ŷ₁(1 − ŷ₁)).
 */
export function formulaSymbols(t: Trace, key: string, all: { name: string; tex: string }[]): { name: string; tex: string }[] {
	const q = parseQuantity(key);
	if (q?.kind !== 'value') return all;
	const allowed = new Set<string>();
	const byName = new Map(t.graph.nodes.map((n) => [n.name, n]));
	const stack = [...(byName.get(q.name)?.vars ?? [])];
	while (stack.length > 0) {
		const name = stack.pop();
		if (name === undefined || allowed.has(name)) continue;
		allowed.add(name);
		stack.push(...(byName.get(name)?.vars ?? []));
	}
	for (const [name, info] of t.graph.symbols) if (info.kind !== 'node') allowed.add(name);
	allowed.delete(q.name);
	return all.filter((s) => allowed.has(s.name));
}

/** What the grader in the browser needs, without the rendered prompt, hints and solution. */
export function exerciseView(ex: Exercise, key: ExerciseKey, decimals: number): ExerciseView {
	return {
		id: ex.id,
		quantity: ex.quantity,
		answer: ex.answer,
		promptHtml: '',
		hintsHtml: [],
		solution: [],
		expected: key.expected,
		interval: key.interval,
		...(ex.rtol !== undefined || ex.atol !== undefined ? { tolerance: { rtol: ex.rtol ?? DEFAULT_RTOL, atol: ex.atol ?? DEFAULT_ATOL } } : {}),
		...(isCount(ex.quantity) ? { count: true } : {}),
		misconceptions: key.misconceptions,
		points: key.points,
		symbols: key.symbols,
		messages: key.messages,
		decimals,
		...(ex.decimals === undefined ? {} : { askedDecimals: ex.decimals }),
		...(key.carry ? { carry: key.carry } : {}),
		...(key.withheld ? { withheld: key.withheld } : {}),
		...(key.example ? { example: key.example } : {})
	};
}
