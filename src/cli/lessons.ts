/**
 * npm run lessons -- check [FILE…]
 * Checks lessons (every lessons/NN-slug/lesson.json when no FILE is given): schema, meaning, exercises
 * and the lessons' own tests. Each problem is one line, FILE:LINE:COL  /json/pointer  message, then the
 * source line it points at with a caret under the column (indented, so the first line stays parseable); any
 * problem exits non-zero.
 *
 * npm run lessons -- schema
 * Writes lessons/lesson.schema.json from the valibot schema, for editors.
 *
 * npm run lessons -- worksheet FILE --students NAMES.txt --out DIR [--lang en|es]
 * Writes, for each name of the class list, a printable worksheet with that student's numbers and,
 * beside it, its key (DIR/NAME.html, DIR/NAME.key.html), with KaTeX's stylesheet in DIR/katex/.
 *
 * npm run lessons -- grade PROGRESS.json… [--lessons DIR]
 * Re-grades every answer of the students' exported progress files with the engine, for each student's
 * own numbers, and prints a CSV: student, lesson, exercise, answer, verdict, attempts, points.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { classWorksheets, gradebook, readClassList } from './class';
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

/** The slug of lessons/NN-slug/lesson.json (the folder without its number), else the lesson's id. */
function slugOf(file: string, text: string): string {
	const folder = /^\d+-(.+)$/.exec(basename(dirname(file)))?.[1];
	if (folder) return folder;
	try {
		const id: unknown = JSON.parse(text)?.id;
		return typeof id === 'string' ? id : 'lesson';
	} catch {
		return 'lesson';
	}
}

/** `--name value` options after the positional arguments; undefined when an option is malformed. */
function options(args: string[], known: readonly string[]): { positional: string[]; named: Map<string, string> } | undefined {
	const positional: string[] = [];
	const named = new Map<string, string>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const value = args[i + 1];
		if (!known.includes(arg) || value === undefined || value.startsWith('--')) return undefined;
		named.set(arg, value);
		i++;
	}
	return { positional, named };
}

function readText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (err) {
		process.stderr.write(`${file}: cannot read the file (${err instanceof Error ? err.message : String(err)})\n`);
		return undefined;
	}
}

function worksheet(args: string[]): number {
	const parsed = options(args, ['--students', '--out', '--lang']);
	const file = parsed?.positional[0];
	const list = parsed?.named.get('--students');
	const out = parsed?.named.get('--out');
	const lang = parsed?.named.get('--lang') ?? 'en';
	if (!parsed || parsed.positional.length !== 1 || !file || !list || !out || (lang !== 'en' && lang !== 'es')) return usage();
	const text = readText(file);
	const names = readText(list);
	if (text === undefined || names === undefined) return 1;
	const classList = readClassList(names);
	for (const p of classList.problems) process.stderr.write(`${list}:${p.line}  ${p.message}\n`);
	if (classList.problems.length > 0) return 1;
	if (classList.names.length === 0) {
		process.stderr.write(`${list}: no names (one per line; # starts a comment)\n`);
		return 1;
	}
	const css = readFileSync(new URL('../lib/tex/worksheet.css', import.meta.url), 'utf8');
	const result = classWorksheets(text, slugOf(file, text), classList.names, lang, css);
	if (!result.ok) {
		process.stderr.write(`${file}: ${result.message}\n`);
		return 1;
	}
	mkdirSync(out, { recursive: true });
	for (const f of result.files) writeFileSync(join(out, f.path), f.text);
	// the sheets link KaTeX's stylesheet and fonts beside them, so they print offline
	const katexCss = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
	cpSync(dirname(katexCss), join(out, 'katex'), { recursive: true, filter: (src) => !/\.(js|mjs|ts)$/.test(src) });
	if (!result.variants) process.stdout.write('This lesson has no variants: every student gets the same numbers.\n');
	for (const s of result.students) process.stdout.write(`${s.name}\tvariant ${s.seed ?? '(the lesson\'s own)'}\t${join(out, s.sheet)}\t${join(out, s.key)}\n`);
	process.stdout.write(`${result.students.length} worksheet${result.students.length === 1 ? '' : 's'} and key${result.students.length === 1 ? '' : 's'} written to ${out}\n`);
	return 0;
}

function grade(args: string[]): number {
	const parsed = options(args, ['--lessons']);
	if (!parsed || parsed.positional.length === 0) return usage();
	const lessons = lessonFiles(parsed.named.get('--lessons') ?? 'lessons').flatMap((f) => {
		const text = readText(f);
		return text === undefined ? [] : [{ slug: slugOf(f, text), text }];
	});
	const files = parsed.positional.flatMap((f) => {
		const text = readText(f);
		return text === undefined ? [] : [{ file: f, text }];
	});
	const book = gradebook(files, lessons);
	for (const note of book.notes) process.stderr.write(note + '\n');
	process.stdout.write(book.csv);
	return files.length > 0 ? 0 : 1;
}

function usage(): number {
	process.stderr.write(
		[
			'usage: npm run lessons -- check [FILE…]',
			'       npm run lessons -- schema',
			'       npm run lessons -- worksheet FILE --students NAMES.txt --out DIR [--lang en|es]',
			'       npm run lessons -- grade PROGRESS.json… [--lessons DIR]',
			''
		].join('\n')
	);
	return 2;
}

function main(args: string[]): number {
	const [command, ...files] = args;
	if (command === 'check') return check(files.length > 0 ? files : lessonFiles('lessons'));
	if (command === 'schema' && files.length === 0) return schema();
	if (command === 'worksheet') return worksheet(files);
	if (command === 'grade') return grade(files);
	return usage();
}

process.exitCode = main(process.argv.slice(2));
