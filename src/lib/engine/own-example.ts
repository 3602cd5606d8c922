/**
 * Training a lesson's model on its own single example, as the course notes continue the worked example
 * ("this goes on until the loss converges"): the inputs and targets the model states are the data set's
 * one row, every update is full batch, and the parameters start where the model puts them.
 */
import type { Graph } from './model';
import type { OptimizerSpec } from './optimizers';
import { createTrainer, type TrainerResult } from './train';

/** Names of one kind of leaf, in the model's order. */
function leaves(graph: Graph, kind: 'input' | 'target'): string[] {
	return graph.names.filter((n) => graph.symbols.get(n)?.kind === kind);
}

export function ownExampleTrainer(graph: Graph, optimizer: OptimizerSpec): TrainerResult {
	const inputs = leaves(graph, 'input');
	const targets = leaves(graph, 'target');
	const row = (names: string[]) => names.map((n) => graph.initial[graph.slots.get(n) ?? -1] ?? NaN);
	return createTrainer(graph, { inputs: [row(inputs)], targets: [row(targets)] }, { inputs, targets, optimizer, schedule: { kind: 'full-batch' } });
}
