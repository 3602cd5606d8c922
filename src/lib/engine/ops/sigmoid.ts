import { mul, num, sub } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

/** σ(z) = 1/(1 + e^(−z)), computed without overflow for large |z|. */
export function sigma(z: number): number {
	if (z >= 0) return 1 / (1 + Math.exp(-z));
	const e = Math.exp(z);
	return e / (1 + e);
}

// σ′(z) = σ(z)(1 − σ(z)): taught in terms of the neuron's own output, n₁(1 − n₁)
export const sigmoid: Op = {
	name: 'sigmoid',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => sigma(at(x, 0)),
	derivative: (_args, _i, out) => mul(out, sub(num(1), out)),
	tex: (args, p) => fn('\\sigma', args, p),
	definition: (args, p) => `\\frac{1}{1 + e^{-${p(arg(args, 0), 5)}}}`
};
