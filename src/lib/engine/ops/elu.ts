import { call, ZERO } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

// elu(z, a) = z if z > 0, else a(e^z − 1)
// ∂/∂z = 1 if z > 0, else a·e^z;  ∂/∂a = 0 if z > 0, else e^z − 1
export const elu: Op = {
	name: 'elu',
	arity: [1, 2],
	defaults: [1],
	prec: PREC.call,
	forward: (x) => (at(x, 0) > 0 ? at(x, 0) : at(x, 1) * Math.expm1(at(x, 0))),
	derivative: (args, i) =>
		i === 0 ? call('elu_grad', arg(args, 0), arg(args, 1)) : call('elu_grad_a', arg(args, 0)),
	tex: (args, p) => fn('\\operatorname{ELU}', args, p),
	definition: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} ${z} & ${z} > 0 \\\\ ${p(arg(args, 1), 3)}\\left(e^{${z}} - 1\\right) & ${z} \\le 0 \\end{cases}`;
	}
};

export const eluGrad: Op = {
	name: 'elu_grad',
	arity: [2, 2],
	hidden: true,
	prec: PREC.atom,
	forward: (x) => (at(x, 0) > 0 ? 1 : at(x, 1) * Math.exp(at(x, 0))),
	// the second derivative is only needed by oracles, never shown
	derivative: (args, i) => (i === 0 ? call('elu_grad2', arg(args, 0), arg(args, 1)) : call('elu_grad_a', arg(args, 0))),
	tex: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} 1 & ${z} > 0 \\\\ ${p(arg(args, 1), 3)} e^{${z}} & ${z} \\le 0 \\end{cases}`;
	}
};

export const eluGrad2: Op = {
	name: 'elu_grad2',
	arity: [2, 2],
	hidden: true,
	prec: PREC.atom,
	forward: (x) => (at(x, 0) > 0 ? 0 : at(x, 1) * Math.exp(at(x, 0))),
	derivative: () => ZERO,
	tex: (args, p) => fn("\\operatorname{ELU}''", args, p)
};

export const eluGradA: Op = {
	name: 'elu_grad_a',
	arity: [1, 1],
	hidden: true,
	prec: PREC.atom,
	forward: (x) => (at(x, 0) > 0 ? 0 : Math.expm1(at(x, 0))),
	derivative: () => ZERO,
	tex: (args, p) => {
		const z = p(arg(args, 0), 0);
		return `\\begin{cases} 0 & ${z} > 0 \\\\ e^{${z}} - 1 & ${z} \\le 0 \\end{cases}`;
	}
};
