import { call, ZERO } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// leaky_relu(z, a) = z if z > 0, else a·z
// ∂/∂z = 1 if z > 0, else a;  ∂/∂a = 0 if z > 0, else z, that is min(z, 0)  (PReLU learns a through it)
export const leakyRelu: Op = {
	name: 'leaky_relu',
	arity: [1, 2],
	defaults: [0.01],
	prec: PREC.call,
	forward: (x) => (at(x, 0) > 0 ? at(x, 0) : at(x, 1) * at(x, 0)),
	derivative: (args, i) =>
		i === 0 ? call('leaky_relu_grad', arg(args, 0), arg(args, 1)) : call('min', arg(args, 0), ZERO),
	tex: (args, p) => fn('\\operatorname{LeakyReLU}', args, p),
	definition: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} ${z} & ${z} > 0 \\\\ ${p(arg(args, 1), 3)} \\cdot ${p(arg(args, 0), 3)} & ${z} \\le 0 \\end{cases}`;
	}
};

export const leakyReluGrad: Op = {
	name: 'leaky_relu_grad',
	arity: [2, 2],
	hidden: true,
	prec: PREC.atom,
	forward: (x) => (at(x, 0) > 0 ? 1 : at(x, 1)),
	derivative: () => ({ kind: 'num', value: 0 }),
	tex: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} 1 & ${z} > 0 \\\\ ${p(arg(args, 1), 0)} & ${z} \\le 0 \\end{cases}`;
	}
};
