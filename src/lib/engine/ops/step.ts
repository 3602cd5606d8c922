import { ZERO } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// step(z) = 1 if z ≥ 0, else 0; its derivative is 0 everywhere it exists, so no gradient flows back
export const step: Op = {
	name: 'step',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => (at(x, 0) >= 0 ? 1 : 0),
	derivative: () => ZERO,
	tex: (args, p) => fn('\\operatorname{step}', args, p),
	definition: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} 1 & ${z} \\ge 0 \\\\ 0 & ${z} < 0 \\end{cases}`;
	}
};
