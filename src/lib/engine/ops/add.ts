import { ONE } from '../expr';
import { PREC, type Op } from './op';

// d/dxᵢ (x₁ + x₂ + … + xₙ) = 1
export const add: Op = {
	name: 'add',
	arity: [2, Infinity],
	prec: PREC.add,
	forward: (x) => x.reduce((s, v) => s + v, 0),
	derivative: () => ONE,
	tex: (args, p) =>
		args
			.map((a, i) => {
				if (i === 0) return p(a, PREC.add);
				// a + (−b) prints as a − b for symbols, but a negative number keeps its brackets: 0.00159 + (−0.00049)
				if (a.kind === 'call' && a.op === 'neg') return `- ${p(a.args[0] ?? a, PREC.mul)}`;
				return `+ ${p(a, PREC.add + 0.5)}`;
			})
			.join(' ')
};
