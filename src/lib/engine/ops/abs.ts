import { call } from '../expr';
import { arg, at, PREC, type Op } from './op';

// d/dz |z| = sign(z)
export const abs: Op = {
	name: 'abs',
	arity: [1, 1],
	prec: PREC.atom,
	forward: (x) => Math.abs(at(x, 0)),
	derivative: (args) => call('sign', arg(args, 0)),
	tex: (args, p) => `\\left|${p(arg(args, 0), 0)}\\right|`
};
