import { num, pow, sub } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// tanh′(z) = 1 − tanh²(z): taught as 1 − a² with a the output
export const tanh: Op = {
	name: 'tanh',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => Math.tanh(at(x, 0)),
	derivative: (_args, _i, out) => sub(num(1), pow(out, num(2))),
	tex: (args, p) => fn('\\tanh', args, p),
	definition: (args, p) => {
		const z = p(arg(args, 0), 5);
		return `\\frac{e^{${z}} - e^{-${z}}}{e^{${z}} + e^{-${z}}}`;
	}
};
