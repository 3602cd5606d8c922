/**
 * A tree back to plain expression text (the syntax lessons and answers use), fully bracketed so it
 * reads back the same; used to ship formulas to the browser without shipping the engine.
 */
import type { Expr } from './types';

const INFIX: Record<string, string> = { add: ' + ', sub: ' - ', mul: '*', div: '/', pow: '^' };

export function exprToText(e: Expr): string {
	if (e.kind === 'num') return e.value < 0 ? `(${e.value})` : String(e.value);
	if (e.kind === 'sym') return e.name;
	const args = e.args.map((a) => (a.kind === 'call' ? `(${exprToText(a)})` : exprToText(a)));
	if (e.op === 'neg') return `-${args[0] ?? ''}`;
	const infix = INFIX[e.op];
	return infix ? args.join(infix) : `${e.op}(${e.args.map(exprToText).join(', ')})`;
}
