import { call, ONE, sub } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// max(a, b): a tie sends the gradient to a, so exactly one argument receives it:
// ∂/∂a = 1 − 𝟙[b − a > 0],  ∂/∂b = 𝟙[b − a > 0]  (the softmax shift m = max(z₁, z₂) and max-pooling)
export const max: Op = {
	name: 'max',
	arity: [2, 2],
	prec: PREC.call,
	forward: (x) => Math.max(at(x, 0), at(x, 1)),
	derivative: (args, i) => {
		const bWins = call('heaviside', sub(arg(args, 1), arg(args, 0)));
		return i === 0 ? sub(ONE, bWins) : bWins;
	},
	tex: (args, p) => fn('\\max', args, p)
};

// min(a, b) = −max(−a, −b): ∂/∂a = 1 − 𝟙[a − b > 0], ∂/∂b = 𝟙[a − b > 0] (a tie sends it to a)
export const min: Op = {
	name: 'min',
	arity: [2, 2],
	prec: PREC.call,
	forward: (x) => Math.min(at(x, 0), at(x, 1)),
	derivative: (args, i) => {
		const bWins = call('heaviside', sub(arg(args, 0), arg(args, 1)));
		return i === 0 ? sub(ONE, bWins) : bWins;
	},
	tex: (args, p) => fn('\\min', args, p)
};
