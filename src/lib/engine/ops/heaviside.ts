import { ZERO } from '../expr';
import { arg, at, PREC, type Op } from './op';

// 𝟙[z > 0]: ReLU's derivative (taken as 0 at z = 0); its own derivative is 0
export const heaviside: Op = {
	name: 'heaviside',
	arity: [1, 1],
	hidden: true,
	prec: PREC.atom,
	forward: (x) => (at(x, 0) > 0 ? 1 : 0),
	derivative: () => ZERO,
	tex: (args, p) => `\\mathbb{1}\\left[${p(arg(args, 0), 0)} > 0\\right]`
};
