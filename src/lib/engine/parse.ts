/**
 * A lesson's expression text → the engine's tree, through mathjs's parser (only the parser:
 * nothing a lesson writes is ever evaluated by mathjs). Anything but numbers, names, + − · / ^,
 * brackets and the engine's functions is refused with a message that says what and where.
 */
import {
	isConstantNode,
	isFunctionNode,
	isOperatorNode,
	isParenthesisNode,
	isSymbolNode,
	type MathNode
} from 'mathjs';
import { count, excerpt, MAX_BRACKET_DEPTH, MAX_EXPR_DEPTH, MAX_EXPR_LENGTH } from './limits';
import { parseMath } from './mathjs-parse';
import { OPS, FUNCTION_NAMES } from './ops';
import { suggest } from './suggest';
import type { Expr } from './types';


export type ParseResult = { ok: true; expr: Expr } | { ok: false; message: string };

const OPERATORS: Record<string, string> = {
	add: 'add',
	subtract: 'sub',
	multiply: 'mul',
	divide: 'div',
	pow: 'pow',
	unaryMinus: 'neg'
};

export class ExprError extends Error {}

export function parseExpr(text: string): ParseResult {
	const size = sizeProblem(text);
	if (size !== undefined) return { ok: false, message: size };
	return parseWithinLimits(text);
}

/**
 * parseExpr without the length and bracket checks, for a text whose own checks already passed: shapes.ts
 * parses a template of a checked text, with the same brackets and names written differently.
 */
export function parseWithinLimits(text: string): ParseResult {
	let node: MathNode;
	try {
		node = parseMath(text);
	} catch (err) {
		// the bracket count bounds mathjs's recursion; this catch is the last guard, never the plan
		const why = err instanceof RangeError ? 'it is nested too deeply to read' : err instanceof Error ? err.message : String(err);
		return { ok: false, message: `cannot read "${excerpt(text)}": ${why}` };
	}
	const depth = treeDepth(node);
	if (depth > MAX_EXPR_DEPTH) {
		return {
			ok: false,
			message: `"${excerpt(text)}" is nested ${count(depth)} levels deep, more than the ${MAX_EXPR_DEPTH} allowed: split it into several nodes`
		};
	}
	try {
		return { ok: true, expr: toExpr(node) };
	} catch (err) {
		if (err instanceof ExprError) return { ok: false, message: err.message };
		throw err;
	}
}

/** The length and bracket limits, read on the text itself, before mathjs's parser recurses into it. */
export function sizeProblem(text: string): string | undefined {
	if (text.length > MAX_EXPR_LENGTH) {
		return `the expression "${excerpt(text)}" is ${count(text.length)} characters long, more than the ${count(MAX_EXPR_LENGTH)} allowed: split it into several nodes`;
	}
	let open = 0;
	const deepest = MAX_BRACKET_DEPTH;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '[' || c === '{') open++;
		else if (c === ')' || c === ']' || c === '}') open--;
		if (open > deepest) {
			return `"${excerpt(text)}" opens more than ${MAX_BRACKET_DEPTH} brackets at once (at character ${i + 1}): split it into several nodes`;
		}
	}
	return undefined;
}

/** Levels of a mathjs tree, counted with a stack of its own so no depth can overflow this count. */
function treeDepth(root: MathNode): number {
	let deepest = 0;
	const stack: [MathNode, number][] = [[root, 1]];
	for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
		const [node, depth] = top;
		if (depth > deepest) deepest = depth;
		node.forEach((child) => stack.push([child, depth + 1]));
	}
	return deepest;
}

function toExpr(node: MathNode): Expr {
	if (isConstantNode(node)) {
		const v: unknown = node.value;
		if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'num', value: v };
		if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return { kind: 'num', value: Number(v) };
		throw new ExprError(`"${excerpt(node.toString())}" is not a finite number`);
	}
	if (isSymbolNode(node)) return { kind: 'sym', name: node.name };
	if (isParenthesisNode(node)) return toExpr(node.content);
	if (isOperatorNode(node)) {
		const args = node.args.map(toExpr);
		if (node.fn === 'unaryPlus' && args[0]) return args[0];
		const op = OPERATORS[node.fn];
		if (!op) throw new ExprError(`the operator "${node.op}" is not allowed (use + - * / ^)`);
		// mathjs gives binary trees; n-ary add/mul are flattened later by simplification only
		return { kind: 'call', op, args };
	}
	if (isFunctionNode(node)) {
		const name = isSymbolNode(node.fn) ? node.fn.name : undefined;
		if (name === undefined) throw new ExprError(`"${excerpt(node.toString())}" calls something that is not a function name`);
		const op = OPS.get(name);
		if (!op || !FUNCTION_NAMES.includes(name)) {
			const hint = suggest(name, FUNCTION_NAMES);
			throw new ExprError(`unknown function "${name}"${hint.length ? `: did you mean ${hint.join(', ')}?` : ''} (known: ${FUNCTION_NAMES.join(', ')})`);
		}
		const args = node.args.map(toExpr);
		const [min, max] = op.arity;
		if (args.length < min || args.length > max) {
			const want = min === max ? `${min}` : `${min} or ${max}`;
			throw new ExprError(`${name} takes ${want} argument${max === 1 ? '' : 's'}, not ${args.length}`);
		}
		// optional trailing arguments take their documented defaults: leaky_relu(z) = leaky_relu(z, 0.01)
		const defaults = op.defaults ?? [];
		for (let i = args.length; i < max; i++) {
			const v = defaults[i - min];
			if (v !== undefined) args.push({ kind: 'num', value: v });
		}
		return { kind: 'call', op: name, args };
	}
	throw new ExprError(`"${excerpt(node.toString())}" is not allowed in an expression (${node.type})`);
}
