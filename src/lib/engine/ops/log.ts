import { div, num } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// d/dz ln z = 1/z
export const log: Op = {
	name: 'log',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => Math.log(at(x, 0)),
	derivative: (args) => div(num(1), arg(args, 0)),
	tex: (args, p) => fn('\\ln', args, p)
};
