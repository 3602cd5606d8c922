/**
 * npm run --silent trace -- FILE
 * Prints the engine's trace of a lesson (or a file holding only { "model": … }) as JSON: every value,
 * the loss, the gradients, the updated parameters and each parameter's paths (listed when ≤ 64).
 * A bad file exits non-zero with FILE:LINE:COL, the JSON path and the problem.
 */
import { readFileSync } from 'node:fs';
import { countPaths, listPaths, type Trace } from '../lib/engine';
import { loadModelFile } from '../lib/lesson/load';
import { formatProblem } from '../lib/lesson/source';

const LISTED = 64;

export function traceJson(t: Trace): object {
	const paths: Record<string, { count: number | string; items?: object[] }> = {};
	for (const p of t.graph.params) {
		const count = countPaths(t.graph, p);
		const safe = count <= BigInt(Number.MAX_SAFE_INTEGER);
		paths[p] = {
			// beyond 2^53 a JSON number would lose digits: the exact count is given as a string
			count: safe ? Number(count) : count.toString(),
			...(count <= BigInt(LISTED)
				? {
						items: listPaths(t, p, LISTED).map((path) => ({
							factors: path.factors.map((f) => ({ of: f.of, wrt: f.wrt, value: f.value, tex: f.tex })),
							product: path.product
						}))
					}
				: {})
		};
	}
	return { values: t.values, loss: t.loss, gradients: t.gradients, updated: t.updated, newLoss: t.newLoss, paths };
}

function main(args: string[]): number {
	const file = args[0];
	if (!file || args.length > 1) {
		process.stderr.write('usage: npm run --silent trace -- FILE   (a lesson, or a JSON file holding { "model": … })\n');
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (err) {
		process.stderr.write(`${file}: cannot read the file (${err instanceof Error ? err.message : String(err)})\n`);
		return 1;
	}
	const result = loadModelFile(text);
	if (!result.ok) {
		for (const p of result.problems) process.stderr.write(formatProblem(file, p) + '\n');
		return 1;
	}
	process.stdout.write(JSON.stringify(traceJson(result.trace), null, 2) + '\n');
	return 0;
}

process.exitCode = main(process.argv.slice(2));
