/**
 * npm run --silent trace -- FILE
 * Prints the engine's trace of a lesson (or a file holding only { "model": … }) as JSON: every value,
 * the loss, the gradients, the updated parameters and each parameter's paths (listed when ≤ 64).
 * A bad file exits non-zero with FILE:LINE:COL, the JSON path and the problem.
 */
import { readFileSync } from 'node:fs';
import { loadModelFile } from '../lib/lesson/load';
import { formatProblem } from '../lib/lesson/source';
import { writeTraceJson } from './trace-json';

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
		for (const p of result.problems) process.stderr.write(formatProblem(file, p, text) + '\n');
		return 1;
	}
	// pieces of about 1 MB: few writes, and never the whole text in memory at once
	let pending: string[] = [];
	let size = 0;
	const flush = () => {
		process.stdout.write(pending.join(''));
		pending = [];
		size = 0;
	};
	writeTraceJson(result.trace, (text) => {
		pending.push(text);
		size += text.length;
		if (size >= 1 << 20) flush();
	});
	pending.push('\n');
	flush();
	return 0;
}

process.exitCode = main(process.argv.slice(2));
