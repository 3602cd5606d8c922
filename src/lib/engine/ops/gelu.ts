import { add, call, mul } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';
import { erf } from './erf';

/** Φ(z), the standard normal CDF. */
export const normalCdf = (z: number): number => 0.5 * (1 + erf(z / Math.SQRT2));
/** φ(z), the standard normal density. */
export const normalPdf = (z: number): number => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

// gelu(z) = z·Φ(z) (the exact, erf form);  gelu′(z) = Φ(z) + z·φ(z)
export const gelu: Op = {
	name: 'gelu',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => at(x, 0) * normalCdf(at(x, 0)),
	derivative: (args) => add(call('Phi', arg(args, 0)), mul(arg(args, 0), call('phi', arg(args, 0)))),
	tex: (args, p) => fn('\\operatorname{GELU}', args, p),
	definition: (args, p) => `${p(arg(args, 0), 3)} \\cdot \\Phi\\left(${p(arg(args, 0), 0)}\\right)`
};

// Φ′(z) = φ(z)
export const Phi: Op = {
	name: 'Phi',
	arity: [1, 1],
	hidden: true,
	prec: PREC.call,
	forward: (x) => normalCdf(at(x, 0)),
	derivative: (args) => call('phi', arg(args, 0)),
	tex: (args, p) => fn('\\Phi', args, p)
};

// φ′(z) = −z·φ(z)
export const phi: Op = {
	name: 'phi',
	arity: [1, 1],
	hidden: true,
	prec: PREC.call,
	forward: (x) => normalPdf(at(x, 0)),
	derivative: (args, _i, out) => mul(call('neg', arg(args, 0)), out),
	tex: (args, p) => fn('\\varphi', args, p)
};
