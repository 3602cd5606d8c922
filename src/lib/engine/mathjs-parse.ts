/**
 * mathjs's parser and nothing else: one restricted instance for lesson expressions and students'
 * answers alike. Only `parse` leaves this file (no import, createUnit, evaluate, simplify, derivative,
 * resolve or reviver), and what it returns is walked node by node by the caller, never evaluated by mathjs.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';

// mathjs types every *Dependencies export as possibly undefined (an index signature)
if (!parseDependencies) throw new Error('mathjs has no parseDependencies');
const { parse } = create({ parseDependencies }, { number: 'number' });

/** Text → mathjs tree; throws mathjs's SyntaxError on text it cannot read. */
export function parseMath(text: string): MathNode {
	return parse(text);
}
