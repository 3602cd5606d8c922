import { ZERO } from '../expr';
import { at, PREC, type Op } from './op';

// ⌊x⌋, the largest integer not above x: the epoch count of a step-decay schedule, η₀·γ^⌊k/s⌋.
// It is flat between integers, so d⌊x⌋/dx = 0 wherever it exists (a jump at each integer)
export const floor: Op = {
	name: 'floor',
	arity: [1, 1],
	prec: PREC.call,
	forward: (x) => Math.floor(at(x, 0)),
	derivative: () => ZERO,
	tex: (args, p) => `\\left\\lfloor ${args.map((a) => p(a, 0)).join(', ')} \\right\\rfloor`
};
