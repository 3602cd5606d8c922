/**
 * npm run lessons -- check [FILE…]
 * Checks lessons (every lessons/NN-slug/lesson.json when no FILE is given): schema, meaning, exercises
 * and the lessons' own tests. Each problem is one line, FILE:LINE:COL  /json/pointer  message, then the
 * source line it points at with a caret under the column (indented, so the first line stays parseable); any
 * problem exits non-zero.
 *
 * npm run lessons -- schema
 * Writes lessons/lesson.schema.json from the valibot schema, for editors.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkReport, checkSummary } from '../lib/lesson/check';
import { LESSON_SCHEMA_FILE, lessonJsonSchemaText } from '../lib/lesson/json-schema';

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
		const report = checkReport(shown, text);
		for (const line of report.lines) process.stdout.write(line + '\n');
		problems += report.problems;
	}
	process.stdout.write(checkSummary(problems, files.length) + '\n');
	return problems === 0 ? 0 : 1;
}

function schema(): number {
	const text = lessonJsonSchemaText();
	const old = existsSync(LESSON_SCHEMA_FILE) ? readFileSync(LESSON_SCHEMA_FILE, 'utf8') : undefined;
	if (old === text) {
		process.stdout.write(`${LESSON_SCHEMA_FILE} is up to date\n`);
		return 0;
	}
	writeFileSync(LESSON_SCHEMA_FILE, text);
	process.stdout.write(`${LESSON_SCHEMA_FILE} written\n`);
	return 0;
}

function main(args: string[]): number {
	const [command, ...files] = args;
	if (command === 'check') return check(files.length > 0 ? files : lessonFiles('lessons'));
	if (command === 'schema' && files.length === 0) return schema();
	process.stderr.write('usage: npm run lessons -- check [FILE…]\n       npm run lessons -- schema\n');
	return 2;
}

process.exitCode = main(process.argv.slice(2));
