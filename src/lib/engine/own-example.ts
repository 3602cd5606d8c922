/**
 * Training a lesson's model on its own single example, as the course notes continue the worked example
 * ("this goes on until the loss converges"): the inputs and targets the model states are the data set's
 * one row, every update is full batch, and the parameters start where the model puts them.
 *
 * A lesson may instead train on the four XOR examples (the model's two inputs and one target bound to the
 * table's columns), and start from seeded random parameters, as the XOR lesson does.
 */
import { xor } from './datasets';
import type { Graph } from './model';
import type { OptimizerSpec } from './optimizers';
import { createTrainer, randomParams, type TrainerResult } from './train';

export interface TrainStart {
	/** Train on this table instead of the model's own example. */
	dataset?: 'xor';
	/** Start from parameters drawn uniformly in [−1, 1) from this seed instead of the model's. */
	seed?: number;
}

/** Names of one kind of leaf, in the model's order. */
function leaves(graph: Graph, kind: 'input' | 'target'): string[] {
	return graph.names.filter((n) => graph.symbols.get(n)?.kind === kind);
}

/** Why the model cannot train on `start.dataset`, or undefined when it can: XOR binds two inputs and one target. */
export function trainStartIssue(graph: Graph, start: TrainStart): string | undefined {
	if (start.dataset === undefined) return undefined;
	const [inputs, targets] = [leaves(graph, 'input').length, leaves(graph, 'target').length];
	if (inputs === 2 && targets === 1) return undefined;
	return `"xor" binds two inputs and one target, but the model has ${inputs} input${inputs === 1 ? '' : 's'} and ${targets} target${targets === 1 ? '' : 's'}`;
}

export function ownExampleTrainer(graph: Graph, optimizer: OptimizerSpec, start: TrainStart = {}): TrainerResult {
	const inputs = leaves(graph, 'input');
	const targets = leaves(graph, 'target');
	const row = (names: string[]) => names.map((n) => graph.initial[graph.slots.get(n) ?? -1] ?? NaN);
	const data = start.dataset === 'xor' ? xor() : { inputs: [row(inputs)], targets: [row(targets)] };
	return createTrainer(graph, data, {
		inputs,
		targets,
		optimizer,
		schedule: { kind: 'full-batch' },
		...(start.seed === undefined ? {} : { params: randomParams(graph, start.seed) })
	});
}
