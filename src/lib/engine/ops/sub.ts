import { num, ONE } from '../expr';
import { PREC, arg, at, type Op } from './op';

// d/da (a − b) = 1,  d/db (a − b) = −1
export const sub: Op = {
	name: 'sub',
	arity: [2, 2],
	prec: PREC.add,
	forward: (x) => at(x, 0) - at(x, 1),
	derivative: (_args, i) => (i === 0 ? ONE : num(-1)),
	tex: (args, p) => `${p(arg(args, 0), PREC.add)} - ${p(arg(args, 1), PREC.add + 0.5)}`
};
