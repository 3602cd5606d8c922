/**
 * The engine in the browser, loaded on first use: "check it" and training need it, reading a step does
 * not (the engine brings mathjs's parser). Each model's graph is built once per page load.
 */
import type { Graph } from '../engine/model';
import type { ModelSpec } from '../engine/types';

const graphs = new Map<string, Promise<Graph>>();

export function loadGraph(spec: ModelSpec): Promise<Graph> {
	const key = JSON.stringify(spec);
	let graph = graphs.get(key);
	if (!graph) {
		graph = import('../engine/model').then(({ buildGraph }) => {
			const built = buildGraph(spec);
			if (!built.ok) throw new Error(built.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
			return built.graph;
		});
		// a failed load may succeed on the next press (a dropped connection)
		graph.catch(() => graphs.delete(key));
		graphs.set(key, graph);
	}
	return graph;
}
