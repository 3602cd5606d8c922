import { call, mul, num, pow as power, sub } from '../expr';
import { PREC, arg, at, type Op } from './op';

// d/da aᵇ = b·aᵇ⁻¹,  d/db aᵇ = aᵇ·ln a
export const pow: Op = {
	name: 'pow',
	arity: [2, 2],
	prec: PREC.pow,
	forward: (x) => Math.pow(at(x, 0), at(x, 1)),
	derivative: (args, i, out) => {
		const a = arg(args, 0);
		const b = arg(args, 1);
		if (i === 0) return mul(b, power(a, b.kind === 'num' ? num(b.value - 1) : sub(b, num(1))));
		return mul(out, call('log', a));
	},
	tex: (args, p) => {
		const base = p(arg(args, 0), PREC.pow + 1);
		// a label with its own superscript (a^{(1)}_{1}) is braced: a second ^ on it does not parse in TeX
		const safe = base.includes('^') && !base.endsWith('\\right)') ? `{${base}}` : base;
		return `${safe}^{${p(arg(args, 1), 0)}}`;
	}
};
