/**
 * A model spec → a checked, compiled graph: every name known once, every expression parsed, nodes in
 * topological order, and for every edge node → variable its local derivative in teaching form.
 * Problems come back as a list, each with the JSON path where it was found.
 */
import { defaultLabel } from './labels';
import { FUNCTION_NAMES } from './ops';
import { compileProgram, type Program } from './program';
import { own, RESERVED_NAMES } from './records';
import { shapeCache, type ShapedExpr } from './shapes';
import { suggest } from './suggest';
import type { Expr, LeafKind, ModelSpec, SymbolInfo, WrittenModelSpec } from './types';

export interface ModelIssue {
	/** Where, as a JSON path from the file's root: `model.nodes[3].expr`. */
	path: string;
	message: string;
}

export interface GraphNode {
	name: string;
	/** Index in `model.nodes`, for messages. */
	specIndex: number;
	expr: Expr;
	/** Distinct variables of the expression, in order of first appearance: one edge each. */
	vars: string[];
	/** ∂node/∂vars[k] in teaching form. */
	derivatives: Expr[];
	slot: number;
	varSlots: Int32Array;
	/** First index of this node's edges in the flat edge arrays. */
	edgeStart: number;
}

export interface Graph {
	spec: ModelSpec;
	symbols: ReadonlyMap<string, SymbolInfo>;
	/** Slot of every name in the value arrays. */
	slots: ReadonlyMap<string, number>;
	/** Name at each slot. */
	names: readonly string[];
	/** Nodes in topological order: every node after the names it uses. */
	nodes: readonly GraphNode[];
	edgeCount: number;
	params: readonly string[];
	loss: string;
	lossSlot: number;
	learningRate: number;
	/** Leaves' initial values, by slot (nodes are NaN until evaluated). */
	initial: Float64Array;
	/** Both passes compiled once (program.ts); pass.ts runs them. */
	program: Program;
}

export type GraphResult = { ok: true; graph: Graph } | { ok: false; issues: ModelIssue[] };

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const FUNCTION_NAME_SET: ReadonlySet<string> = new Set(FUNCTION_NAMES);
const LEAF_FIELDS: readonly [LeafKind, 'inputs' | 'targets' | 'params' | 'constants'][] = [
	['input', 'inputs'],
	['target', 'targets'],
	['param', 'params'],
	['constant', 'constants']
];

/** The model with every leaf group present, an omitted one empty. */
export function withAllGroups(written: WrittenModelSpec): ModelSpec {
	return { ...written, inputs: written.inputs ?? {}, targets: written.targets ?? {}, constants: written.constants ?? {} };
}

export function buildGraph(written: WrittenModelSpec, at = 'model'): GraphResult {
	const spec = withAllGroups(written);
	const issues: ModelIssue[] = [];
	const symbols = new Map<string, SymbolInfo>();
	const where = new Map<string, string>();
	const labels = spec.labels ?? {};

	const declare = (name: string, info: SymbolInfo, path: string): boolean => {
		if (!NAME.test(name)) {
			issues.push({ path, message: `"${name}" is not a valid name: use a letter, then letters, digits or _` });
			return false;
		}
		if (RESERVED_NAMES.has(name)) {
			issues.push({ path, message: `"${name}" is reserved by JavaScript and cannot be a name; choose another name` });
			return false;
		}
		if (FUNCTION_NAME_SET.has(name)) {
			issues.push({ path, message: `"${name}" is the name of a function; choose another name` });
			return false;
		}
		const first = where.get(name);
		if (first !== undefined) {
			issues.push({ path, message: `duplicate name "${name}" (first declared at ${first})` });
			return false;
		}
		symbols.set(name, info);
		where.set(name, path);
		return true;
	};

	for (const [kind, field] of LEAF_FIELDS) {
		const record = spec[field];
		// keys, then each value: Object.entries builds a pair per name, a cost on a net of 60 000 weights
		for (const name of Object.keys(record)) {
			const value = record[name];
			const path = `${at}.${field}.${name}`;
			if (declare(name, { name, kind, tex: own(labels, name) ?? defaultLabel(name) }, path) && !Number.isFinite(value)) {
				issues.push({ path, message: `${name} must be a finite number, not ${value}` });
			}
		}
	}

	const parsed: { name: string; specIndex: number; expr: Expr; vars: string[]; shaped: ShapedExpr }[] = [];
	// the words an expression's template writes as placeholders (shapes.ts): any set gives the same trees
	const words: ReadonlySet<string> = new Set([...symbols.keys(), ...spec.nodes.map((n) => n.name)]);
	const shaped = shapeCache();
	spec.nodes.forEach((node, i) => {
		const path = `${at}.nodes[${i}]`;
		const ok = declare(node.name, { name: node.name, kind: 'node', tex: node.tex ?? own(labels, node.name) ?? defaultLabel(node.name) }, `${path}.name`);
		const result = shaped(node.expr, words);
		if (!result.ok) {
			issues.push({ path: `${path}.expr`, message: result.message });
			return;
		}
		if (ok) parsed.push({ name: node.name, specIndex: i, expr: result.node.expr, vars: result.node.vars, shaped: result.node });
	});

	for (const node of parsed) {
		for (const v of node.vars) {
			if (symbols.has(v)) continue;
			const hint = suggest(v, symbols.keys());
			issues.push({
				path: `${at}.nodes[${node.specIndex}].expr`,
				message: `unknown name "${v}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`
			});
		}
		if (node.vars.includes(node.name)) {
			issues.push({ path: `${at}.nodes[${node.specIndex}].expr`, message: `"${node.name}" uses itself: a cycle` });
		}
	}

	const lossInfo = symbols.get(spec.loss);
	if (!lossInfo) {
		const hint = suggest(spec.loss, [...symbols.values()].filter((s) => s.kind === 'node').map((s) => s.name));
		issues.push({ path: `${at}.loss`, message: `the loss "${spec.loss}" is not a node${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}` });
	} else if (lossInfo.kind !== 'node') {
		issues.push({ path: `${at}.loss`, message: `the loss "${spec.loss}" is a ${lossInfo.kind}, not a node` });
	}
	if (!Number.isFinite(spec.learningRate)) {
		issues.push({ path: `${at}.learningRate`, message: 'the learning rate must be a finite number' });
	}
	if (issues.length > 0) return { ok: false, issues };

	// Kahn's algorithm over node → node dependencies; whatever is left over lies on a cycle
	const byName = new Map(parsed.map((n) => [n.name, n]));
	const order: typeof parsed = [];
	const waiting = new Map(parsed.map((n) => [n.name, n.vars.filter((v) => byName.has(v)).length]));
	const users = new Map<string, string[]>();
	for (const n of parsed) {
		for (const v of n.vars) {
			if (!byName.has(v)) continue;
			// push, not copy: a node used by many others must not cost their square
			const list = users.get(v);
			if (list) list.push(n.name);
			else users.set(v, [n.name]);
		}
	}
	const ready = parsed.filter((n) => waiting.get(n.name) === 0);
	// a read index instead of shift(), which moves the whole queue on every call
	for (let head = 0; head < ready.length; head++) {
		const n = ready[head];
		if (!n) break;
		order.push(n);
		for (const u of users.get(n.name) ?? []) {
			const left = (waiting.get(u) ?? 0) - 1;
			waiting.set(u, left);
			const un = byName.get(u);
			if (left === 0 && un) ready.push(un);
		}
	}
	if (order.length < parsed.length) {
		const stuck = parsed.filter((n) => !order.includes(n));
		for (const n of stuck) {
			issues.push({
				path: `${at}.nodes[${n.specIndex}].expr`,
				message: `"${n.name}" is part of a cycle (${stuck.map((s) => s.name).join(' → ')}): a node may only use names that do not depend on it`
			});
		}
		return { ok: false, issues };
	}

	const names = [...symbols.keys()];
	const slots = new Map(names.map((n, i) => [n, i]));
	const slot = (name: string): number => {
		const s = slots.get(name);
		if (s === undefined) throw new Error(`no slot for ${name}`);
		return s;
	};
	let edgeStart = 0;
	const nodes: GraphNode[] = order.map((n) => {
		const derivatives = n.shaped.derivatives(n.name);
		const node: GraphNode = {
			name: n.name,
			specIndex: n.specIndex,
			expr: n.expr,
			vars: n.vars,
			derivatives,
			slot: slot(n.name),
			varSlots: Int32Array.from(n.vars, slot),
			edgeStart
		};
		edgeStart += n.vars.length;
		return node;
	});

	const initial = new Float64Array(names.length).fill(NaN);
	for (const [, field] of LEAF_FIELDS) for (const [name, value] of Object.entries(spec[field])) initial[slot(name)] = value;

	return {
		ok: true,
		graph: {
			spec,
			symbols,
			slots,
			names,
			nodes,
			edgeCount: edgeStart,
			params: Object.keys(spec.params),
			loss: spec.loss,
			lossSlot: slot(spec.loss),
			learningRate: spec.learningRate,
			initial,
			program: compileProgram(nodes, slot)
		}
	};
}
