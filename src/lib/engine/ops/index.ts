/** Every operation the engine knows, by the name a lesson's expression uses. */
import { abs } from './abs';
import { add } from './add';
import { div } from './div';
import { elu, eluGrad, eluGrad2, eluGradA } from './elu';
import { exp } from './exp';
import { floor } from './floor';
import { gelu, phi, Phi } from './gelu';
import { geluTanh, geluTanhGrad } from './gelu-tanh';
import { heaviside } from './heaviside';
import { leakyRelu, leakyReluGrad } from './leaky-relu';
import { log } from './log';
import { max, min } from './max';
import { mul } from './mul';
import { neg } from './neg';
import type { Op } from './op';
import { pow } from './pow';
import { relu } from './relu';
import { sign } from './sign';
import { sigmoid } from './sigmoid';
import { softplus } from './softplus';
import { sqrt } from './sqrt';
import { step } from './step';
import { sub } from './sub';
import { swish } from './swish';
import { tanh } from './tanh';

const all: Op[] = [
	add, sub, mul, div, pow, neg, exp, log, sqrt, abs, sign, sigmoid, tanh, relu, heaviside, step,
	leakyRelu, leakyReluGrad, elu, eluGrad, eluGrad2, eluGradA, gelu, Phi, phi,
	geluTanh, geluTanhGrad, softplus, swish, max, min, floor
];

export const OPS: ReadonlyMap<string, Op> = new Map(all.map((op) => [op.name, op]));

/** Names a lesson may call in an expression (the activations and elementary functions). */
export const FUNCTION_NAMES: readonly string[] = all
	.filter((op) => !op.hidden && op.prec !== 1 && !['mul', 'div', 'pow', 'neg'].includes(op.name))
	.map((op) => op.name);

export function opOf(name: string): Op {
	const op = OPS.get(name);
	if (!op) throw new Error(`unknown operation ${name}`);
	return op;
}

export type { Op } from './op';
export { sigma } from './sigmoid';
