/**
 * npm run --silent trace -- FILE [--seed N | --student NAME]
 * Prints the engine's trace of a lesson (or a file holding only { "model": … }) as JSON: every value,
 * the loss, the gradients, the updated parameters and each parameter's paths (listed when ≤ 64).
 * With --seed, a lesson's variant of that seed; with --student, the variant a student of that name is
 * given (as their worksheet and the site's ?student= link show it).
 * A bad file exits non-zero with FILE:LINE:COL, the JSON path and the problem.
 */
import { readFileSync } from 'node:fs';
import { loadLesson, loadModelFile } from '../lib/lesson/load';
import { studentSeed } from '../lib/lesson/student';
import { formatProblem } from '../lib/lesson/source';
import { writeTraceJson } from './trace-json';

const USAGE = 'usage: npm run --silent trace -- FILE [--seed N | --student NAME]   (a lesson, or a JSON file holding { "model": … })\n';

/** The variant asked for: a seed, a student's name, or neither; null when the options are malformed. */
function variantOption(args: string[]): { seed?: number; student?: string } | null {
	if (args.length === 0) return {};
	const [flag, value] = args;
	if (args.length !== 2 || value === undefined) return null;
	if (flag === '--seed' && /^\d{1,10}$/.test(value) && Number(value) < 2 ** 32) return { seed: Number(value) };
	if (flag === '--student') return { student: value };
	return null;
}

/** The variant's seed for this lesson text, or a message; undefined when no variant is asked for. */
function seedFor(text: string, option: { seed?: number; student?: string }): number | undefined | { message: string } {
	if (option.seed !== undefined) return option.seed;
	if (option.student === undefined) return undefined;
	let id: unknown;
	try {
		id = JSON.parse(text)?.id;
	} catch {
		return undefined; // the loader says where the JSON is wrong
	}
	if (typeof id !== 'string') return { message: '--student needs a lesson (with an "id"), not a bare model' };
	return studentSeed(id, option.student) ?? { message: `"${option.student}" is not a name Cadena can use (empty, over 80 characters, or with control characters)` };
}

function main(args: string[]): number {
	const file = args[0];
	const option = variantOption(args.slice(1));
	if (!file || file.startsWith('--') || !option) {
		process.stderr.write(USAGE);
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (err) {
		process.stderr.write(`${file}: cannot read the file (${err instanceof Error ? err.message : String(err)})\n`);
		return 1;
	}
	const seed = seedFor(text, option);
	if (typeof seed === 'object') {
		process.stderr.write(`${file}: ${seed.message}\n`);
		return 2;
	}
	const loaded = seed === undefined ? undefined : loadLesson(text, { seed });
	const result = loaded === undefined ? loadModelFile(text) : loaded.ok ? { ok: true as const, trace: loaded.loaded.trace } : loaded;
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
