import { call, ZERO } from '../expr';
import { arg, at, fn, PREC, type Op } from './op';

const K = Math.sqrt(2 / Math.PI);
const C = 0.044715;

// gelu_tanh(z) = ½z(1 + tanh(√(2/π)(z + 0.044715z³))), the tanh approximation of GELU
export const geluTanh: Op = {
	name: 'gelu_tanh',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => {
		const z = at(x, 0);
		return 0.5 * z * (1 + Math.tanh(K * (z + C * z * z * z)));
	},
	derivative: (args) => call('gelu_tanh_grad', arg(args, 0)),
	tex: (args, p) => fn('\\operatorname{GELU}_{\\tanh}', args, p),
	definition: (args, p) => {
		const z = p(arg(args, 0), 5);
		return `\\tfrac{1}{2} ${z}\\left(1 + \\tanh\\left(\\sqrt{\\tfrac{2}{\\pi}}\\left(${z} + 0.044715 ${z}^{3}\\right)\\right)\\right)`;
	}
};

// with u = √(2/π)(z + 0.044715z³) and t = tanh u:  ½(1 + t) + ½z(1 − t²)·√(2/π)(1 + 3·0.044715z²)
export const geluTanhGrad: Op = {
	name: 'gelu_tanh_grad',
	arity: [1, 1],
	hidden: true,
	prec: PREC.call,
	forward: (x) => {
		const z = at(x, 0);
		const t = Math.tanh(K * (z + C * z * z * z));
		return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * K * (1 + 3 * C * z * z);
	},
	derivative: () => ZERO,
	tex: (args, p) => fn("\\operatorname{GELU}_{\\tanh}'", args, p)
};
