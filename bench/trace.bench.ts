/** The worked example end to end: buildGraph (parse, derive, compile) and trace (both passes, TeX). */
import fixture from '../src/lib/engine/fixtures/worked-example.json';
import { buildGraph } from '../src/lib/engine/model';
import { trace } from '../src/lib/engine/trace';
import { mustBuild } from '../src/lib/engine/testing';
import { measure, ms, type Row } from './lib';

export const name = 'trace';
export const title = 'Worked example (2-2-2 sigmoid net, 11 nodes): build and trace';

export async function run(): Promise<Row[]> {
	const runs = 1000;
	const graph = mustBuild(fixture.model);
	const build = measure(() => buildGraph(fixture.model), runs, 200);
	const traced = measure(() => trace(graph), runs, 200);
	const both = measure(() => {
		const built = buildGraph(fixture.model);
		if (built.ok) trace(built.graph);
	}, runs, 200);
	return [
		{ step: 'buildGraph', 'median (ms)': ms(build.ms), runs },
		{ step: 'trace', 'median (ms)': ms(traced.ms), runs },
		{ step: 'buildGraph + trace', 'median (ms)': ms(both.ms), runs }
	];
}
