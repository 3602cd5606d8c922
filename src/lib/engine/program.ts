/**
 * The graph compiled once into a flat program over Float64Array: a tape of opcodes that one small
 * interpreter runs, so a forward and backward pass costs array reads and arithmetic, with no tree walk,
 * closure call or allocation per node. pass.ts runs every pass through it.
 *
 * Why a tape and not generated JavaScript: the site's Content-Security-Policy (kit.csp in svelte.config.js)
 * allows no 'unsafe-eval', so `new Function` is refused in the browser, and a tape needs no trust in any
 * text at all: its words are opcodes, slot and edge numbers, and constants in a Float64Array.
 *
 * The tape is a stack machine, four Int32 words per instruction [opcode, a, b, c]:
 *   PUSH_SLOT s · PUSH_CONST k · ADD · SUB · MUL · DIV · NEG   arithmetic, as evaluate.ts computes it
 *   CALL op n       pops n arguments into a reused array, pushes OPS[op].forward(args)
 *   STORE_SLOT s    pops into values[s];  STORE_FACTOR e   pops into factors[e]
 *   DOT s t0 t1     values[s] = Σ terms, each x or x·w, summed left to right as x₁w₁ + x₂w₂ + … + b is
 * The backward of a DOT node whose variables are all distinct runs from its terms (∂/∂x = w, ∂/∂w = x,
 * ∂/∂b = 1), recording each factor as it adds it: most edges of a dense net. Of the other nodes' factors,
 * one that is a name's value or a constant is copied from a list and the rest run on a second tape.
 * Every sum and product keeps the order and grouping the expression gives it, so every value, factor and
 * adjoint is bit for bit what the closures of evaluate.ts gave (program.test.ts).
 *
 * How an op joins: an op file (ops/*.ts) listed in ops/index.ts is compiled through its own `forward`
 * by CALL, so a new op needs no change here; only + − · / and negation are opcodes of their own.
 */
import { OPS, type Op } from './ops';
import type { Expr } from './types';

const PUSH_SLOT = 0;
const PUSH_CONST = 1;
const ADD = 2;
const SUB = 3;
const MUL = 4;
const DIV = 5;
const NEG = 6;
const CALL = 7;
const STORE_SLOT = 8;
const STORE_FACTOR = 9;
const DOT = 10;
const WIDTH = 4;

/** One instruction stream and what its operands point to. */
export interface Tape {
	code: Int32Array;
	consts: Float64Array;
	/** DOT's terms, two words each: a slot, and the slot it multiplies (−1 for a lone term). */
	terms: Int32Array;
	/** The ops CALL names, by index. */
	ops: readonly Op[];
	/** The evaluation stack, as deep as the tape needs. */
	stack: Float64Array;
	/** One reused argument array per arity CALL uses. */
	args: number[][];
}

export interface Program {
	/** Every node's value, in topological order. */
	forward: Tape;
	/** Every factor (∂node/∂var) of a node not fused with its DOT that is neither a name's value nor a constant. */
	factors: Tape;
	/**
	 * Per node, in topological order: the start in `terms` of its DOT, when its backward is fused with it
	 * (every variable distinct, each factor the other name of its term, or 1), or −1; `nodeDotEnd` ends it.
	 */
	nodeDot: Int32Array;
	nodeDotEnd: Int32Array;
	/** The forward tape's DOT terms. */
	terms: Int32Array;
	/** Edges of the other nodes whose factor is the value of a name: the edge and that name's slot, side by side. */
	copyEdge: Int32Array;
	copySlot: Int32Array;
	/** Edges whose factor is a constant, and the constant. */
	constEdge: Int32Array;
	constValue: Float64Array;
	/** Each node's slot, in topological order. */
	nodeSlot: Int32Array;
	/** Each node's first edge; one more entry, the end of the last node's edges. */
	nodeEdge: Int32Array;
	/** The slot of each edge's variable (node → var). */
	edgeVar: Int32Array;
}

/** What the compiler needs of one node: its slot, its expression, its variables' slots and its factors in teaching form. */
export interface CompiledNode {
	slot: number;
	expr: Expr;
	varSlots: Int32Array;
	derivatives: readonly Expr[];
}

/** Builds a tape instruction by instruction, tracking the stack's depth. */
class TapeWriter {
	private code: number[] = [];
	private consts: number[] = [];
	private constIndex = new Map<number, number>();
	private terms: number[] = [];
	private ops: Op[] = [];
	private opIndex = new Map<string, number>();
	private arities = new Set<number>();
	private depth = 0;
	private maxDepth = 0;

	constructor(private readonly slot: (name: string) => number) {}

	private emit(opcode: number, a = 0, b = 0, c = 0, depthChange = 0): void {
		this.code.push(opcode, a, b, c);
		this.depth += depthChange;
		if (this.depth > this.maxDepth) this.maxDepth = this.depth;
	}

	private constant(value: number): number {
		// Object.is keeps −0 apart from 0
		const key = Object.is(value, -0) ? NaN : value;
		if (Number.isNaN(key)) {
			this.consts.push(value);
			return this.consts.length - 1;
		}
		let k = this.constIndex.get(key);
		if (k === undefined) {
			k = this.consts.push(value) - 1;
			this.constIndex.set(key, k);
		}
		return k;
	}

	/** Pushes the value of `e`, computed as evaluate.ts's compile() computes it. */
	expr(e: Expr): void {
		if (e.kind === 'num') return this.emit(PUSH_CONST, this.constant(e.value), 0, 0, 1);
		if (e.kind === 'sym') return this.emit(PUSH_SLOT, this.slot(e.name), 0, 0, 1);
		const { op, args } = e;
		const [a0, a1] = args;
		if ((op === 'add' || op === 'mul') && args.length === 2 && a0 && a1) return this.binary(op === 'add' ? ADD : MUL, a0, a1);
		if (op === 'add' || op === 'mul') {
			// n-ary: reduced from 0 or 1, left to right
			this.emit(PUSH_CONST, this.constant(op === 'add' ? 0 : 1), 0, 0, 1);
			for (const a of args) {
				this.expr(a);
				this.emit(op === 'add' ? ADD : MUL, 0, 0, 0, -1);
			}
			return;
		}
		if (op === 'sub' && a0 && a1) return this.binary(SUB, a0, a1);
		if (op === 'div' && a0 && a1) return this.binary(DIV, a0, a1);
		if (op === 'neg' && a0) {
			this.expr(a0);
			return this.emit(NEG);
		}
		const known = OPS.get(op);
		if (!known) throw new Error(`unknown operation ${op}`);
		for (const a of args) this.expr(a);
		let k = this.opIndex.get(op);
		if (k === undefined) {
			k = this.ops.push(known) - 1;
			this.opIndex.set(op, k);
		}
		this.arities.add(args.length);
		this.emit(CALL, k, args.length, 0, 1 - args.length);
	}

	private binary(opcode: number, a: Expr, b: Expr): void {
		this.expr(a);
		this.expr(b);
		this.emit(opcode, 0, 0, 0, -1);
	}

	storeSlot(slot: number): void {
		this.emit(STORE_SLOT, slot, 0, 0, -1);
	}

	storeFactor(edge: number): void {
		this.emit(STORE_FACTOR, edge, 0, 0, -1);
	}

	/** values[slot] = the sum of `terms` (slot pairs; −1 for a lone name), left to right; returns where they start. */
	dot(slot: number, terms: readonly (readonly [number, number])[]): number {
		const start = this.terms.length;
		for (const [x, w] of terms) this.terms.push(x, w);
		this.emit(DOT, slot, start, this.terms.length);
		return start;
	}

	done(): Tape {
		const args: number[][] = [];
		for (const n of this.arities) args[n] = new Array<number>(n).fill(0);
		return {
			code: Int32Array.from(this.code),
			consts: Float64Array.from(this.consts),
			terms: Int32Array.from(this.terms),
			ops: this.ops,
			stack: new Float64Array(this.maxDepth + 1),
			args
		};
	}
}

/**
 * A node of the form x₁·w₁ + x₂·w₂ + … + b as its terms (slot pairs, −1 for a lone name), or undefined:
 * a left-nested chain of two-argument sums whose terms are names or products of two names.
 */
function dotTerms(e: Expr, slot: (name: string) => number): [number, number][] | undefined {
	const reversed: [number, number][] = [];
	let rest = e;
	for (;;) {
		if (rest.kind !== 'call' || rest.op !== 'add' || rest.args.length !== 2) break;
		const [left, right] = rest.args;
		if (!left || !right) return undefined;
		const term = termOf(right, slot);
		if (!term) return undefined;
		reversed.push(term);
		rest = left;
	}
	if (reversed.length === 0) return undefined;
	const first = termOf(rest, slot);
	if (!first) return undefined;
	reversed.push(first);
	return reversed.reverse();
}

function termOf(e: Expr, slot: (name: string) => number): [number, number] | undefined {
	if (e.kind === 'sym') return [slot(e.name), -1];
	if (e.kind !== 'call' || e.op !== 'mul' || e.args.length !== 2) return undefined;
	const [x, w] = e.args;
	return x?.kind === 'sym' && w?.kind === 'sym' ? [slot(x.name), slot(w.name)] : undefined;
}

/**
 * Whether a DOT node's backward can run from its terms: its variables, in order, are each term's names
 * (x then w) and all distinct, and its factors are what the terms say, ∂(x·w)/∂x = w, ∂(x·w)/∂w = x and
 * ∂(… + b)/∂b = 1. Each variable then gets one contribution from the node, so the order stays exact.
 */
function fusable(terms: readonly (readonly [number, number])[], node: CompiledNode, slot: (name: string) => number): boolean {
	const seen = new Set<number>();
	let k = 0;
	/** Whether variable k is `v`, not seen before, with the factor `partner`'s value (or 1 when partner < 0). */
	const next = (v: number, partner: number): boolean => {
		const d = node.derivatives[k];
		const ok =
			node.varSlots[k] === v &&
			!seen.has(v) &&
			(partner < 0 ? d?.kind === 'num' && d.value === 1 : d?.kind === 'sym' && slot(d.name) === partner);
		seen.add(v);
		k++;
		return ok;
	};
	for (const [x, w] of terms) {
		if (w < 0 ? !next(x, -1) : !next(x, w) || !next(w, x)) return false;
	}
	return k === node.varSlots.length;
}

/** Compiles nodes (in topological order, their edges numbered consecutively) into one program. */
export function compileProgram(nodes: readonly CompiledNode[], slot: (name: string) => number): Program {
	const forward = new TapeWriter(slot);
	const factors = new TapeWriter(slot);
	const copyEdge: number[] = [];
	const copySlot: number[] = [];
	const constEdge: number[] = [];
	const constValue: number[] = [];
	const nodeSlot = new Int32Array(nodes.length);
	const nodeEdge = new Int32Array(nodes.length + 1);
	const nodeDot = new Int32Array(nodes.length).fill(-1);
	const nodeDotEnd = new Int32Array(nodes.length);
	let edges = 0;
	nodes.forEach((node, n) => {
		nodeSlot[n] = node.slot;
		nodeEdge[n] = edges;
		const terms = dotTerms(node.expr, slot);
		if (terms) {
			const start = forward.dot(node.slot, terms);
			if (fusable(terms, node, slot)) {
				nodeDot[n] = start;
				nodeDotEnd[n] = start + 2 * terms.length;
				edges += node.varSlots.length;
				return;
			}
		} else {
			forward.expr(node.expr);
			forward.storeSlot(node.slot);
		}
		node.derivatives.forEach((d, k) => {
			const edge = edges + k;
			if (d.kind === 'sym') {
				copyEdge.push(edge);
				copySlot.push(slot(d.name));
			} else if (d.kind === 'num') {
				constEdge.push(edge);
				constValue.push(d.value);
			} else {
				factors.expr(d);
				factors.storeFactor(edge);
			}
		});
		edges += node.varSlots.length;
	});
	nodeEdge[nodes.length] = edges;
	const edgeVar = new Int32Array(edges);
	nodes.forEach((node, n) => edgeVar.set(node.varSlots, nodeEdge[n]));
	const tape = forward.done();
	return {
		forward: tape,
		nodeDot,
		nodeDotEnd,
		terms: tape.terms,
		factors: factors.done(),
		copyEdge: Int32Array.from(copyEdge),
		copySlot: Int32Array.from(copySlot),
		constEdge: Int32Array.from(constEdge),
		constValue: Float64Array.from(constValue),
		nodeSlot,
		nodeEdge,
		edgeVar
	};
}

/** Runs a tape: reads and writes `values`, writes `factors`. */
function exec(tape: Tape, values: Float64Array, factors: Float64Array): void {
	const { code, consts, terms, ops, stack, args } = tape;
	let sp = 0;
	for (let pc = 0; pc < code.length; pc += WIDTH) {
		const a = code[pc + 1] ?? 0;
		switch (code[pc]) {
			case PUSH_SLOT:
				stack[sp++] = values[a] ?? NaN;
				break;
			case PUSH_CONST:
				stack[sp++] = consts[a] ?? NaN;
				break;
			case ADD:
				sp--;
				stack[sp - 1] = (stack[sp - 1] ?? NaN) + (stack[sp] ?? NaN);
				break;
			case SUB:
				sp--;
				stack[sp - 1] = (stack[sp - 1] ?? NaN) - (stack[sp] ?? NaN);
				break;
			case MUL:
				sp--;
				stack[sp - 1] = (stack[sp - 1] ?? NaN) * (stack[sp] ?? NaN);
				break;
			case DIV:
				sp--;
				stack[sp - 1] = (stack[sp - 1] ?? NaN) / (stack[sp] ?? NaN);
				break;
			case NEG:
				stack[sp - 1] = -(stack[sp - 1] ?? NaN);
				break;
			case CALL: {
				const n = code[pc + 2] ?? 0;
				const x = args[n];
				const op = ops[a];
				if (!x || !op) throw new Error('a CALL the tape was not compiled for');
				for (let i = n - 1; i >= 0; i--) x[i] = stack[--sp] ?? NaN;
				stack[sp++] = op.forward(x);
				break;
			}
			case STORE_SLOT:
				values[a] = stack[--sp] ?? NaN;
				break;
			case STORE_FACTOR:
				factors[a] = stack[--sp] ?? NaN;
				break;
			case DOT: {
				const end = code[pc + 3] ?? 0;
				let i = code[pc + 2] ?? 0;
				let s = term(values, terms, i);
				for (i += 2; i < end; i += 2) s += term(values, terms, i);
				values[a] = s;
				break;
			}
			default:
				throw new Error(`unknown opcode ${code[pc]}`);
		}
	}
}

function term(values: Float64Array, terms: Int32Array, i: number): number {
	const x = values[terms[i] ?? 0] ?? NaN;
	const w = terms[i + 1] ?? -1;
	return w < 0 ? x : x * (values[w] ?? NaN);
}

/** Every node's value from the leaves in `values`, written into `values`. */
export function runForward(program: Program, values: Float64Array): void {
	exec(program.forward, values, EMPTY);
}
const EMPTY = new Float64Array(0);

/**
 * Every factor into `factors`, then ∂loss/∂name for every name into `adjoints` (all zero on entry):
 * nodes from the loss back, each adding upstream · factor to each variable (micrograd's backward()).
 */
export function runBackward(program: Program, values: Float64Array, lossSlot: number, adjoints: Float64Array, factors: Float64Array): void {
	const { copyEdge, copySlot, constEdge, constValue, nodeSlot, nodeEdge, edgeVar, nodeDot, nodeDotEnd, terms } = program;
	for (let i = 0; i < copyEdge.length; i++) factors[copyEdge[i] ?? 0] = values[copySlot[i] ?? 0] ?? NaN;
	for (let i = 0; i < constEdge.length; i++) factors[constEdge[i] ?? 0] = constValue[i] ?? NaN;
	exec(program.factors, values, factors);
	adjoints[lossSlot] = 1;
	for (let n = nodeSlot.length - 1; n >= 0; n--) {
		// ∂loss/∂node, complete: every user of the node comes after it in topological order
		const upstream = adjoints[nodeSlot[n] ?? 0] ?? NaN;
		const dot = nodeDot[n] ?? -1;
		if (dot >= 0) {
			backwardDot(terms, dot, nodeDotEnd[n] ?? 0, nodeEdge[n] ?? 0, upstream, values, adjoints, factors);
			continue;
		}
		const end = nodeEdge[n + 1] ?? 0;
		for (let e = nodeEdge[n] ?? 0; e < end; e++) {
			const s = edgeVar[e] ?? 0;
			// chain rule: ∂loss/∂var += ∂loss/∂node · ∂node/∂var
			adjoints[s] = (adjoints[s] ?? 0) + upstream * (factors[e] ?? NaN);
		}
	}
}

/** A fused DOT node x·w + … + b, from its terms: ∂/∂x = w, ∂/∂w = x, ∂/∂b = 1, its edges in the terms' order. */
function backwardDot(terms: Int32Array, start: number, stop: number, edge: number, upstream: number, values: Float64Array, adjoints: Float64Array, factors: Float64Array): void {
	let e = edge;
	for (let t = start; t < stop; t += 2) {
		const x = terms[t] ?? 0;
		const w = terms[t + 1] ?? -1;
		if (w < 0) {
			factors[e++] = 1;
			adjoints[x] = (adjoints[x] ?? 0) + upstream * 1;
			continue;
		}
		const xv = values[x] ?? NaN;
		const wv = values[w] ?? NaN;
		factors[e++] = wv;
		adjoints[x] = (adjoints[x] ?? 0) + upstream * wv;
		factors[e++] = xv;
		adjoints[w] = (adjoints[w] ?? 0) + upstream * xv;
	}
}
