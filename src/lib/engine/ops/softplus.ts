import { call } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// softplus(z) = ln(1 + e^z);  softplus′(z) = σ(z)
export const softplus: Op = {
	name: 'softplus',
	arity: [1, 1],
	prec: PREC.call,
	// log1p(e^z) overflows for large z, where softplus(z) ≈ z
	forward: (x) => {
		const z = at(x, 0);
		return z > 30 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
	},
	derivative: (args) => call('sigmoid', arg(args, 0)),
	tex: (args, p) => fn('\\operatorname{softplus}', args, p),
	definition: (args, p) => `\\ln\\left(1 + e^{${p(arg(args, 0), 0)}}\\right)`
};
