import { div, mul, num } from '../expr';
import { arg, at, PREC, type Op } from './op';

// d/dz √z = 1/(2√z), written with the output: 1/(2·out)
export const sqrt: Op = {
	name: 'sqrt',
	arity: [1, 1],
	prec: PREC.atom,
	forward: (x) => Math.sqrt(at(x, 0)),
	derivative: (_args, _i, out) => div(num(1), mul(num(2), out)),
	tex: (args, p) => `\\sqrt{${p(arg(args, 0), 0)}}`
};
