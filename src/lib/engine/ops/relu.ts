import { call } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// ReLU′(z) = 1 if z > 0, else 0 (a dead neuron passes no gradient back)
export const relu: Op = {
	name: 'relu',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => Math.max(0, at(x, 0)),
	derivative: (args) => call('heaviside', arg(args, 0)),
	tex: (args, p) => fn('\\operatorname{ReLU}', args, p),
	definition: (args, p) => `\\max\\left(0, ${p(arg(args, 0), 0)}\\right)`
};
