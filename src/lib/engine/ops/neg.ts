import { num } from '../expr';
import { PREC, arg, at, type Op } from './op';

// d/da (−a) = −1
export const neg: Op = {
	name: 'neg',
	arity: [1, 1],
	prec: PREC.neg,
	forward: (x) => -at(x, 0),
	derivative: () => num(-1),
	tex: (args, p) => `-${p(arg(args, 0), PREC.mul + 0.5)}`
};
