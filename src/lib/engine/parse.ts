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
import { parseMath } from './mathjs-parse';
import { OPS, FUNCTION_NAMES } from './ops';
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
	let node: MathNode;
	try {
		node = parseMath(text);
	} catch (err) {
		return { ok: false, message: `cannot read "${text}": ${err instanceof Error ? err.message : String(err)}` };
	}
	try {
		return { ok: true, expr: toExpr(node) };
	} catch (err) {
		if (err instanceof ExprError) return { ok: false, message: err.message };
		throw err;
	}
}

function toExpr(node: MathNode): Expr {
	if (isConstantNode(node)) {
		const v: unknown = node.value;
		if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'num', value: v };
		if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return { kind: 'num', value: Number(v) };
		throw new ExprError(`"${node.toString()}" is not a finite number`);
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
		if (name === undefined) throw new ExprError(`"${node.toString()}" calls something that is not a function name`);
		const op = OPS.get(name);
		if (!op || !FUNCTION_NAMES.includes(name)) {
			throw new ExprError(`unknown function "${name}" (known: ${FUNCTION_NAMES.join(', ')})`);
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
	throw new ExprError(`"${node.toString()}" is not allowed in an expression (${node.type})`);
}
