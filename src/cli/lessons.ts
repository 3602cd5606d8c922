/**
 * npm run lessons -- check [FILE…]
 * Checks lessons (every lessons/NN-slug/lesson.json when no FILE is given): schema and meaning.
 * Each problem is one line, FILE:LINE:COL  /json/pointer  message; any problem exits non-zero.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLessonText } from '../lib/lesson/check';
import { formatProblem } from '../lib/lesson/source';

function lessonFiles(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
		.map((d) => join(root, d.name, 'lesson.json'))
		.filter((f) => existsSync(f))
		.sort();
}

function check(files: string[]): number {
	let problems = 0;
	for (const file of files) {
		const shown = relative(process.cwd(), file) || file;
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (err) {
			process.stdout.write(`${shown}:1:1  /  cannot read the file (${err instanceof Error ? err.message : String(err)})\n`);
			problems++;
			continue;
		}
		const found = checkLessonText(text);
		for (const p of found) process.stdout.write(formatProblem(shown, p) + '\n');
		problems += found.length;
	}
	const n = files.length;
	process.stdout.write(problems === 0 ? `${n} lesson${n === 1 ? '' : 's'} checked: no problems\n` : `${problems} problem${problems === 1 ? '' : 's'} in ${n} lesson${n === 1 ? '' : 's'}\n`);
	return problems === 0 ? 0 : 1;
}

function main(args: string[]): number {
	const [command, ...files] = args;
	if (command !== 'check') {
		process.stderr.write('usage: npm run lessons -- check [FILE…]\n');
		return 2;
	}
	return check(files.length > 0 ? files : lessonFiles('lessons'));
}

process.exitCode = main(process.argv.slice(2));
