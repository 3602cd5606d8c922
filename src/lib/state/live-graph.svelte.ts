/**
 * The graph's numbers while a training panel runs: the panel writes the values and gradients at the
 * current parameters, the graph beside the step shows them instead of the lesson's. One per page, like
 * the progress store; cleared when the training panel goes away.
 */

export interface LiveNumbers {
	/** Updates made so far. */
	iteration: number;
	/** Formatted value of every name at the current parameters. */
	values: Record<string, string>;
	/** Formatted ∂loss/∂name at the current parameters. */
	gradients: Record<string, string>;
}

class LiveGraph {
	/** The training panel's latest numbers, or null when nothing is training. */
	numbers = $state.raw<LiveNumbers | null>(null);
}

export const liveGraph = new LiveGraph();
