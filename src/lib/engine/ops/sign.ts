import { ZERO } from '../expr';
import { at, fn, PREC, type Op } from './op';

// sign(z): −1, 0 or 1 (L1's subgradient λ·sign(w)); its derivative is 0 wherever it is defined
export const sign: Op = {
	name: 'sign',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => Math.sign(at(x, 0)),
	derivative: () => ZERO,
	tex: (args, p) => fn('\\operatorname{sign}', args, p)
};
