import { mul as times } from '../expr';
import { PREC, type Op } from './op';

// d/dxᵢ (x₁·x₂·…·xₙ) = the product of all the other factors (∂sum/∂w is the input it multiplies)
export const mul: Op = {
	name: 'mul',
	arity: [2, Infinity],
	prec: PREC.mul,
	forward: (x) => x.reduce((s, v) => s * v, 1),
	derivative: (args, i) => {
		const others = args.filter((_, j) => j !== i);
		return others.length === 1 && others[0] !== undefined ? others[0] : times(...others);
	},
	// a bracketed factor is written beside the one before it, as the notes do: ŷ₁(1 − ŷ₁)
	tex: (args, p) =>
		args
			.map((a) => p(a, PREC.mul + 0.5))
			.map((s, i) => (i === 0 ? s : s.startsWith('\\left(') ? s : `\\cdot ${s}`))
			.join(' ')
};
