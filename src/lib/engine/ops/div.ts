import { div as over, neg, num, pow } from '../expr';
import { PREC, arg, at, type Op } from './op';

// d/da (a/b) = 1/b,  d/db (a/b) = −a/b²
export const div: Op = {
	name: 'div',
	arity: [2, 2],
	prec: PREC.atom,
	forward: (x) => at(x, 0) / at(x, 1),
	derivative: (args, i) =>
		i === 0 ? over(num(1), arg(args, 1)) : neg(over(arg(args, 0), pow(arg(args, 1), num(2)))),
	tex: (args, p) => `\\frac{${p(arg(args, 0), 0)}}{${p(arg(args, 1), 0)}}`
};

