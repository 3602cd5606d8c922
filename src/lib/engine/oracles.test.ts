/**
 * The engine against independent oracles (after micrograd's test_engine.py, which checks against
 * PyTorch): on 200 seeded random graphs that call every function of the engine, every gradient is
 * compared with central finite differences of a forward pass evaluated by mathjs, and every local
 * factor of a smooth node with mathjs's own symbolic `derivative`. A failure names its seed.
 */
import {
	absDependencies,
	addDependencies,
	create,
	derivativeDependencies,
	divideDependencies,
	erfDependencies,
	evaluateDependencies,
	expDependencies,
	floorDependencies,
	logDependencies,
	signDependencies,
	maxDependencies,
	minDependencies,
	multiplyDependencies,
	powDependencies,
	sechDependencies,
	sqrtDependencies,
	subtractDependencies,
	tanhDependencies,
	unaryMinusDependencies,
	type EvalFunction,
	type MathNode
} from 'mathjs';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from './ops';
import { factor } from './trace';
import { mulberry32, mustBuild, mustTrace, type Rng } from './testing';
import type { ModelSpec, NodeSpec } from './types';

// mathjs types each dependency map as possibly undefined; spreading merges them as create expects
const math = create({
	...absDependencies,
	...addDependencies,
	...derivativeDependencies,
	...divideDependencies,
	...erfDependencies,
	...evaluateDependencies,
	...expDependencies,
	...floorDependencies,
	...logDependencies,
	...signDependencies,
	...maxDependencies,
	...minDependencies,
	...multiplyDependencies,
	...powDependencies,
	...sechDependencies,
	...sqrtDependencies,
	...subtractDependencies,
	...tanhDependencies,
	...unaryMinusDependencies
});

// Activations mathjs lacks, written with its primitives so that its `derivative` can follow them.
const PRIMITIVE_FORMS: Record<string, MathNode> = {
	sigmoid: math.parse('1 / (1 + exp(-x))'),
	softplus: math.parse('log(1 + exp(x))'),
	swish: math.parse('x / (1 + exp(-x))')
};

// Piecewise activations, evaluated only (no symbolic derivative): written here from their
// definitions, independently of the engine's ops.
const erf = (x: number): number => math.erf(x);
math.import({
	relu: (x: number) => (x > 0 ? x : 0),
	leaky_relu: (x: number, a = 0.01) => (x > 0 ? x : a * x),
	elu: (x: number, a = 1) => (x > 0 ? x : a * (Math.exp(x) - 1)),
	step: (x: number) => (x >= 0 ? 1 : 0),
	gelu: (x: number) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
	gelu_tanh: (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))
});
// max, min, sign and floor are mathjs's own, evaluated only as well
const PIECEWISE = ['relu', 'leaky_relu', 'elu', 'step', 'gelu', 'gelu_tanh', 'max', 'min', 'sign', 'floor'];

/** Replaces each call of sigmoid, softplus, swish by its primitive form, innermost first. */
function expand(node: MathNode): MathNode {
	return node.transform((n: MathNode): MathNode => {
		if (!math.isFunctionNode(n)) return n;
		const form = PRIMITIVE_FORMS[n.fn.name];
		const [argument] = n.args;
		if (!form || !argument) return n;
		const inner = expand(argument);
		return form.transform((m: MathNode): MathNode => (math.isSymbolNode(m) && m.name === 'x' ? inner : m));
	});
}

// ————— the generator —————

/** What one kind of node does to its argument and where that argument must lie. */
interface Kind {
	name: string;
	/** Safe values for the argument: away from log's and sqrt's domain edge and from every kink. */
	argument: (rng: Rng) => number;
	/** Expression text from the argument's text (and a second operand's, where there is one). */
	text: (u: string, v: string, slope: string) => string;
	/** Safe values of the second operand, when there is one. */
	second?: (rng: Rng) => number;
	uses: string;
}

const anywhere = (lo: number, hi: number) => (rng: Rng) => rng.range(lo, hi);
const awayFromZero = (rng: Rng) => rng.awayFromZero(0.2, 2);

const KINDS: Kind[] = [
	{ name: 'exp', uses: 'exp', argument: anywhere(-1.5, 1.5), text: (u) => `exp(${u})` },
	{ name: 'log', uses: 'log', argument: anywhere(0.3, 3), text: (u) => `log(${u})` },
	{ name: 'sqrt', uses: 'sqrt', argument: anywhere(0.3, 3), text: (u) => `sqrt(${u})` },
	{ name: 'abs', uses: 'abs', argument: awayFromZero, text: (u) => `abs(${u})` },
	{ name: 'sigmoid', uses: 'sigmoid', argument: anywhere(-3, 3), text: (u) => `sigmoid(${u})` },
	{ name: 'tanh', uses: 'tanh', argument: anywhere(-2, 2), text: (u) => `tanh(${u})` },
	{ name: 'relu', uses: 'relu', argument: awayFromZero, text: (u) => `relu(${u})` },
	{ name: 'leaky_relu', uses: 'leaky_relu', argument: awayFromZero, text: (u) => `leaky_relu(${u})` },
	{ name: 'leaky_relu(x, a)', uses: 'leaky_relu', argument: awayFromZero, text: (u, _v, a) => `leaky_relu(${u}, ${a})` },
	{ name: 'elu', uses: 'elu', argument: awayFromZero, text: (u) => `elu(${u})` },
	{ name: 'elu(x, a)', uses: 'elu', argument: awayFromZero, text: (u, _v, a) => `elu(${u}, ${a})` },
	{ name: 'gelu', uses: 'gelu', argument: anywhere(-3, 3), text: (u) => `gelu(${u})` },
	{ name: 'gelu_tanh', uses: 'gelu_tanh', argument: anywhere(-3, 3), text: (u) => `gelu_tanh(${u})` },
	{ name: 'softplus', uses: 'softplus', argument: anywhere(-3, 3), text: (u) => `softplus(${u})` },
	{ name: 'swish', uses: 'swish', argument: anywhere(-3, 3), text: (u) => `swish(${u})` },
	{ name: 'step', uses: 'step', argument: awayFromZero, text: (u) => `step(${u})` },
	{ name: 'sign', uses: 'sign', argument: awayFromZero, text: (u) => `sign(${u})` },
	// half-way between integers, away from floor's jumps
	{ name: 'floor', uses: 'floor', argument: (rng) => rng.int(-3, 3) + 0.5 + rng.range(-0.3, 0.3), text: (u) => `floor(${u})` },
	{ name: 'max(a, b)', uses: 'max', argument: anywhere(-2, 2), second: anywhere(-2, 2), text: (u, v) => `max(${u}, ${v})` },
	{ name: 'min(a, b)', uses: 'min', argument: anywhere(-2, 2), second: anywhere(-2, 2), text: (u, v) => `min(${u}, ${v})` },
	{ name: 'a / b', uses: '/', argument: anywhere(-2, 2), second: awayFromZero, text: (u, v) => `${u} / ${v}` },
	{ name: 'a - b', uses: '-', argument: anywhere(-2, 2), second: anywhere(-2, 2), text: (u, v) => `${u} - ${v}` },
	{ name: '-a', uses: '-', argument: anywhere(-2, 2), text: (u) => `-${u}` },
	{ name: 'a ^ 2', uses: '^', argument: anywhere(-2, 2), text: (u) => `${u} ^ 2` },
	{ name: 'a ^ 3', uses: '^', argument: anywhere(-1.5, 1.5), text: (u) => `${u} ^ 3` },
	{ name: 'a ^ b', uses: '^', argument: anywhere(0.5, 2), second: anywhere(-2, 2), text: (u, v) => `${u} ^ ${v}` },
	{ name: 'a * b', uses: '*', argument: anywhere(-2, 2), second: anywhere(-2, 2), text: (u, v) => `${u} * ${v}` }
];

const decimals = (v: number): string => String(Math.round(v * 1e4) / 1e4);

interface Generated {
	model: ModelSpec;
	/** Names of nodes whose expression calls a piecewise function (no symbolic oracle for those). */
	piecewise: Set<string>;
}

/**
 * A random model: 2 inputs, a target, 3–5 parameters, one node of every kind in random order plus a
 * few more, each applying its function to a random sum of products of earlier names, shifted by a
 * constant so that the argument lands where the function is smooth. The loss adds every node that
 * nothing else uses, and a squared error on the last node.
 */
function generate(seed: number): Generated {
	const rng = mulberry32(seed);
	const values = new Map<string, number>();
	const leaf = (record: Record<string, number>, name: string, v: number) => {
		record[name] = Math.round(v * 1e3) / 1e3;
		values.set(name, record[name] ?? NaN);
	};
	const model: ModelSpec = { inputs: {}, targets: {}, params: {}, constants: {}, nodes: [], loss: 'L', learningRate: 0 };
	leaf(model.inputs, 'x1', rng.awayFromZero(0.2, 1.5));
	leaf(model.inputs, 'x2', rng.awayFromZero(0.2, 1.5));
	leaf(model.targets, 't1', rng.range(-1, 1));
	const params = Array.from({ length: rng.int(3, 5) }, (_, i) => `p${i + 1}`);
	for (const p of params) leaf(model.params, p, rng.awayFromZero(0.2, 1.5));
	// a learnable leaky/ELU slope
	leaf(model.params, 'alpha', rng.range(0.05, 0.5));

	const nodes: string[] = [];
	const used = new Set<string>();
	const pickName = (): string => {
		const pool = rng.pick([params, ['x1', 'x2'], nodes.slice(-4), nodes, params]);
		return pool.length > 0 ? rng.pick(pool) : rng.pick(params);
	};

	/** A sum of products of earlier names, shifted by a constant so that its value is `target`. */
	const operand = (target: number, must?: string): string => {
		let text = '';
		let value = 0;
		const terms = rng.int(1, 3);
		for (let i = 0; i < terms; i++) {
			const a = i === 0 && must !== undefined ? must : pickName();
			used.add(a);
			let termText = a;
			let termValue = values.get(a) ?? NaN;
			const shape = rng.int(0, 2);
			if (shape === 1) {
				const c = Math.round(rng.awayFromZero(0.3, 1.5) * 100) / 100;
				termText = `${c} * ${a}`;
				termValue *= c;
			} else if (shape === 2) {
				const b = pickName();
				used.add(b);
				termText = `${a} * ${b}`;
				termValue *= values.get(b) ?? NaN;
			}
			const minus = i > 0 && rng.next() < 0.4;
			text += i === 0 ? termText : minus ? ` - ${termText}` : ` + ${termText}`;
			value += minus ? -termValue : termValue;
		}
		const shift = Math.round((target - value) * 1e4) / 1e4;
		return shift < 0 ? `(${text} - ${decimals(-shift)})` : `(${text} + ${decimals(shift)})`;
	};

	const kinds = [...KINDS, ...Array.from({ length: rng.int(0, 5) }, () => rng.pick(KINDS))];
	// Fisher–Yates, seeded
	for (let i = kinds.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		const a = kinds[i];
		const b = kinds[j];
		if (a && b) [kinds[i], kinds[j]] = [b, a];
	}
	const piecewise = new Set<string>();
	const nodeSpecs: NodeSpec[] = [];
	const evaluateNode = oracleEvaluator();
	kinds.forEach((kind, i) => {
		const name = `n${i + 1}`;
		// the first nodes take one parameter each, so that every parameter reaches the loss
		const u = operand(kind.argument(rng), params[i]);
		const v = kind.second ? operand(kind.second(rng)) : '';
		const expr = kind.text(u, v, 'alpha');
		if (expr.includes('alpha')) used.add('alpha');
		nodeSpecs.push({ name, expr });
		if (PIECEWISE.includes(kind.uses)) piecewise.add(name);
		values.set(name, evaluateNode(expr, values));
		nodes.push(name);
	});
	const sinks = nodes.filter((n) => !used.has(n));
	const last = nodes[nodes.length - 1] ?? 'x1';
	nodeSpecs.push({ name: 'L', expr: [...sinks, `0.5 * (t1 - ${last}) ^ 2`].join(' + ') });
	model.nodes = nodeSpecs;
	if (!used.has('alpha')) delete model.params['alpha'];
	return { model, piecewise };
}

/** Evaluates expression text with mathjs (compiled once per text). */
function oracleEvaluator(): (text: string, values: ReadonlyMap<string, number>) => number {
	const cache = new Map<string, EvalFunction>();
	return (text, values) => {
		let compiled = cache.get(text);
		if (!compiled) {
			compiled = expand(math.parse(text)).compile();
			cache.set(text, compiled);
		}
		const result: unknown = compiled.evaluate(Object.fromEntries(values));
		if (typeof result !== 'number') throw new Error(`mathjs gave ${String(result)} for ${text}`);
		return result;
	};
}

/** The loss evaluated by mathjs from the leaves, node by node. */
function oracleLoss(model: ModelSpec, leaves: ReadonlyMap<string, number>, evaluate: ReturnType<typeof oracleEvaluator>): number {
	const values = new Map(leaves);
	for (const node of model.nodes) values.set(node.name, evaluate(node.expr, values));
	return values.get(model.loss) ?? NaN;
}

function leavesOf(model: ModelSpec): Map<string, number> {
	return new Map([model.inputs, model.targets, model.params, model.constants].flatMap((r) => Object.entries(r)));
}

const SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);

describe('the generator', () => {
	it('calls every function the engine offers, and + - * / ^', () => {
		// Arrange
		const { model } = generate(SEEDS[0] ?? 0);

		// Act
		const text = model.nodes.map((n) => n.expr).join(' ');

		// Assert
		for (const f of FUNCTION_NAMES) expect(text).toContain(`${f}(`);
		for (const o of [' + ', ' - ', ' * ', ' / ', ' ^ ', 'leaky_relu(', 'elu(']) expect(text).toContain(o);
		expect(text).toMatch(/leaky_relu\([^()]*(\([^()]*\))?[^()]*, alpha\)/);
		expect(text).toMatch(/[^_]elu\([^()]*(\([^()]*\))?[^()]*, alpha\)/);
	});
});

describe('gradients against central finite differences of a mathjs forward pass', () => {
	it.each(SEEDS)('seed %i', (seed) => {
		// Arrange
		const { model } = generate(seed);
		const t = mustTrace(mustBuild(model));
		const evaluate = oracleEvaluator();
		const leaves = leavesOf(model);

		// Act
		const checks = Object.entries(model.params).map(([p, value]) => {
			const h = 1e-6 * Math.max(1, Math.abs(value));
			const plus = oracleLoss(model, new Map(leaves).set(p, value + h), evaluate);
			const minus = oracleLoss(model, new Map(leaves).set(p, value - h), evaluate);
			return { p, engine: t.gradients[p] ?? NaN, fd: (plus - minus) / (2 * h) };
		});

		// Assert
		expect(oracleLoss(model, leaves, evaluate)).toBeCloseTo(t.loss, 10);
		for (const { p, engine, fd } of checks) {
			const tolerance = 1e-5 * Math.max(Math.abs(engine), Math.abs(fd)) + 1e-7 * Math.max(1, Math.abs(t.loss));
			expect(Math.abs(engine - fd), `∂L/∂${p}: engine ${engine}, finite differences ${fd}`).toBeLessThanOrEqual(tolerance);
		}
	});
});

describe('forward values against mathjs', () => {
	it.each(SEEDS.slice(0, 50))('seed %i: every node', (seed) => {
		// Arrange
		const { model } = generate(seed);
		const t = mustTrace(mustBuild(model));
		const evaluate = oracleEvaluator();
		const values = leavesOf(model);

		// Act
		for (const node of model.nodes) values.set(node.name, evaluate(node.expr, values));

		// Assert
		for (const node of model.nodes) {
			const engine = t.values[node.name] ?? NaN;
			const oracle = values.get(node.name) ?? NaN;
			expect(Math.abs(engine - oracle), `${node.name} = ${node.expr}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(oracle)));
		}
	});
});

describe('local factors against mathjs derivative', () => {
	it.each(SEEDS)('seed %i: every factor of every smooth node', (seed) => {
		// Arrange
		const { model, piecewise } = generate(seed);
		const t = mustTrace(mustBuild(model));
		const scope = Object.fromEntries(Object.entries(t.values));

		// Act
		const checks = model.nodes
			.filter((node) => !piecewise.has(node.name))
			.flatMap((node) => {
				const expr = expand(math.parse(node.expr));
				return (t.factorsOf[node.name] ?? []).map((f) => {
					const oracle: unknown = math.derivative(expr, f.wrt, { simplify: false }).evaluate(scope);
					return { what: `∂${node.name}/∂${f.wrt} of ${node.expr}`, engine: f.value, oracle };
				});
			});

		// Assert
		expect(checks.length).toBeGreaterThan(0);
		for (const { what, engine, oracle } of checks) {
			if (typeof oracle !== 'number') throw new Error(`mathjs gave ${String(oracle)} for ${what}`);
			expect(Math.abs(engine - oracle), what).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(oracle)));
		}
	});
});

describe('teaching forms', () => {
	const model = (nodes: NodeSpec[], loss: string): ModelSpec => ({
		inputs: { x1: 0.1, x2: 0.5 },
		targets: { t: 0.05 },
		params: { w1: 0.1, w3: 0.3, B1: 0.25, z: 0.4 },
		constants: {},
		nodes,
		loss,
		learningRate: 0.5
	});

	it('writes σ′ in terms of the node’s own output, n(1 − n)', () => {
		// Arrange
		const t = mustTrace(mustBuild(model([{ name: 'n', expr: 'sigmoid(z)' }], 'n')));

		// Act
		const f = factor(t, 'n', 'z');

		// Assert
		expect(f?.tex).toBe('n \\left(1 - n\\right)');
		expect(f?.value).toBeCloseTo((t.values['n'] ?? NaN) * (1 - (t.values['n'] ?? NaN)), 15);
	});

	it('writes tanh′ as 1 − a²', () => {
		// Arrange
		const t = mustTrace(mustBuild(model([{ name: 'a', expr: 'tanh(z)' }], 'a')));

		// Act
		const f = factor(t, 'a', 'z');

		// Assert
		expect(f?.tex).toBe('1 - a^{2}');
		expect(f?.value).toBeCloseTo(1 - Math.tanh(0.4) ** 2, 15);
	});

	it('writes ∂½(t − ŷ)²/∂ŷ as ŷ − t', () => {
		// Arrange
		const nodes = [
			{ name: 'yhat', expr: 'sigmoid(z)' },
			{ name: 'E', expr: '0.5*(t - yhat)^2' }
		];
		const t = mustTrace(mustBuild(model(nodes, 'E')));

		// Act
		const f = factor(t, 'E', 'yhat');

		// Assert
		expect(f?.tex).toBe('\\hat{y} - t');
		expect(f?.value).toBeCloseTo((t.values['yhat'] ?? NaN) - 0.05, 15);
	});

	it('writes ∂(x1·w1 + x2·w3 + B1)/∂w1 as x₁', () => {
		// Arrange
		const t = mustTrace(mustBuild(model([{ name: 'sum_n1', expr: 'x1*w1 + x2*w3 + B1' }], 'sum_n1')));

		// Act
		const [x1, w1, x2, w3, b1] = ['x1', 'w1', 'x2', 'w3', 'B1'].map((v) => factor(t, 'sum_n1', v)?.tex);

		// Assert
		expect(w1).toBe('x_{1}');
		expect([x1, x2, w3, b1]).toEqual(['w_{1}', 'w_{3}', 'x_{2}', '1']);
	});

	it('writes an activation that is not the whole node in terms of its argument', () => {
		// Arrange
		const t = mustTrace(mustBuild(model([{ name: 'q', expr: '2 * sigmoid(z)' }], 'q')));

		// Act
		const f = factor(t, 'q', 'z');

		// Assert
		expect(f?.tex).toBe('2 \\cdot \\sigma\\left(z\\right) \\left(1 - \\sigma\\left(z\\right)\\right)');
	});
});
