import { add, call, mul, num, sub } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';
import { sigma } from './sigmoid';

// swish(z) = z·σ(z);  swish′(z) = s + σ(z)(1 − s), with s = swish(z) the output
export const swish: Op = {
	name: 'swish',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => at(x, 0) * sigma(at(x, 0)),
	derivative: (args, _i, out) => add(out, mul(call('sigmoid', arg(args, 0)), sub(num(1), out))),
	tex: (args, p) => fn('\\operatorname{swish}', args, p),
	definition: (args, p) => `${p(arg(args, 0), 3)} \\cdot \\sigma\\left(${p(arg(args, 0), 0)}\\right)`
};
