import { PREC, arg, at, type Op } from './op';

// d/dz e^z = e^z, written as the output itself
export const exp: Op = {
	name: 'exp',
	arity: [1, 1],
	prec: PREC.pow,
	forward: (x) => Math.exp(at(x, 0)),
	derivative: (_args, _i, out) => out,
	tex: (args, p) => `e^{${p(arg(args, 0), 0)}}`
};
