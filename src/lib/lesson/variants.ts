/**
 * Variants: a model number may be a range or a choice. Each student's numbers come from a seed kept
 * with their progress, so two students see different numbers and a reload keeps the same ones; with
 * no seed the lesson shows its authored numbers (a range's `value`, else its midpoint; a choice's first value). A
 * lesson's `conditions` (e.g. abs(grad:w1) > 1e-4) must hold for every variant a student is given.
 */
import { evaluateExpr, parseExpr, type Trace } from '../engine';
import { symbolsOf } from '../engine/expr';
import type { ModelSpec } from '../engine/types';
import { mulberry32 } from '../engine/random';
import { quantityValue } from './quantity';
import type { LessonNetworkInput, ModelInput, NetworkInput, ValueSpec } from './schema';

const FIELDS = ['inputs', 'targets', 'params', 'constants'] as const;

export function isVariable(value: ValueSpec): boolean {
	return typeof value !== 'number';
}

export function hasVariants(model: ModelInput): boolean {
	return FIELDS.some((f) => Object.values(model[f] ?? {}).some(isVariable));
}

/** Every number of a network, in the order they are drawn: inputs, targets, weights, biases. */
function networkValues(net: LessonNetworkInput): ValueSpec[] {
	return [...net.inputs, ...net.targets, ...net.weights.flat(2), ...net.biases.flat()];
}

/** Whether a lesson's numbers vary: its model's or its network's. */
export function lessonHasVariants(lesson: { model?: ModelInput | undefined; network?: LessonNetworkInput | undefined }): boolean {
	if (lesson.model) return hasVariants(lesson.model);
	return lesson.network !== undefined && networkValues(lesson.network).some(isVariable);
}

function round(v: number, decimals: number): number {
	const f = Math.pow(10, decimals);
	return Math.round(v * f) / f;
}

function draw(value: ValueSpec, rand: (() => number) | undefined): number {
	if (typeof value === 'number') return value;
	if ('choose' in value) return value.choose[rand ? Math.floor(rand() * value.choose.length) : 0] ?? NaN;
	const [low, high] = value.uniform;
	if (!rand) return value.value ?? round(low + (high - low) / 2, value.decimals ?? 2);
	return round(low + (high - low) * rand(), value.decimals ?? 2);
}

/** The model with every variant drawn from `seed` (the nominal numbers when there is none). */
export function resolveModel(model: ModelInput, seed?: number): ModelSpec {
	const rand = seed === undefined ? undefined : mulberry32(seed);
	const values = (field: (typeof FIELDS)[number]): Record<string, number> =>
		Object.fromEntries(Object.entries(model[field] ?? {}).map(([k, x]) => [k, draw(x, rand)]));
	return {
		inputs: values('inputs'),
		targets: values('targets'),
		params: values('params'),
		constants: values('constants'),
		nodes: model.nodes,
		loss: model.loss,
		learningRate: model.learningRate,
		...(model.labels ? { labels: model.labels } : {})
	};
}

/** The network with every variant drawn from `seed` (the authored numbers when there is none), ready to expand. */
export function resolveNetwork(net: LessonNetworkInput, seed?: number): NetworkInput {
	const rand = seed === undefined ? undefined : mulberry32(seed);
	const one = (x: ValueSpec): number => draw(x, rand);
	return {
		...net,
		inputs: net.inputs.map(one),
		targets: net.targets.map(one),
		weights: net.weights.map((layer) => layer.map((row) => row.map(one))),
		biases: net.biases.map((b) => (Array.isArray(b) ? b.map(one) : one(b)))
	};
}

const QUANTITY = /\b(?:value|local|grad|path|updated|hess|newton):[A-Za-z0-9_:/]+|\bnewLoss\b|\bloss\b|\beta\b/g;
const COMPARISON = /(<=|>=|<|>)/;

export type ConditionResult = { ok: true; holds: boolean } | { ok: false; message: string };

/** Evaluates one condition such as `abs(grad:w1) > 1e-4` against a trace. */
export function condition(t: Trace, text: string): ConditionResult {
	const parts = text.split(COMPARISON);
	if (parts.length !== 3) return { ok: false, message: `"${text}" is not a comparison (write e.g. abs(grad:w1) > 1e-4)` };
	const [left = '', op = '', right = ''] = parts;
	const side = (s: string): { ok: true; value: number } | { ok: false; message: string } => {
		const env: Record<string, number> = {};
		let missing: string | undefined;
		const replaced = s.replace(QUANTITY, (key) => {
			const q = quantityValue(t, key);
			if (!q.ok) missing ??= q.message;
			const name = `q${Object.keys(env).length}`;
			env[name] = q.ok ? q.value : NaN;
			return name;
		});
		if (missing) return { ok: false, message: missing };
		const parsed = parseExpr(replaced);
		if (!parsed.ok) return { ok: false, message: `"${s.trim()}": ${parsed.message}` };
		const stray = symbolsOf(parsed.expr).find((name) => !(name in env));
		if (stray) return { ok: false, message: `"${stray}" in "${text}" is not a quantity: write value:${stray}, grad:${stray}, …` };
		return { ok: true, value: evaluateExpr(parsed.expr, env) };
	};
	const a = side(left);
	if (!a.ok) return a;
	const b = side(right);
	if (!b.ok) return b;
	const holds = op === '<' ? a.value < b.value : op === '>' ? a.value > b.value : op === '<=' ? a.value <= b.value : a.value >= b.value;
	return { ok: true, holds };
}

/** Seeds tried after the student's own when a draw breaks a condition, so every seed gives a lesson. */
export const REDRAWS = 50;

/** The seed actually used for a student's seed: the first redraw whose variant meets every condition. */
export function variantSeed(seed: number, k: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 2654435761) + k * 0x85ebca6b) >>> 0;
}
