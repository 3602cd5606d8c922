/**
 * A class without a server: worksheets and keys for a class list, and a gradebook re-graded from the
 * progress files students export. Each student's numbers come from their name (lesson/student.ts), so
 * the teacher can draw them again; nothing a student's file says about its own verdicts is believed.
 */
import type { Verdict } from '../lib/check/grade';
import { carriedValue, gradeExercise } from '../lib/check/grade-at';
import { earned } from '../lib/check/credit';
import { loadLesson } from '../lib/lesson/load';
import { studentSeed } from '../lib/lesson/student';
import type { ExerciseView, Lang, StepPage } from '../lib/lesson/view';
import type { LessonProgress, Problem as ProgressProblem } from '../lib/state/saved-progress';
import { readImport } from '../lib/state/saved-progress';
import { buildLessonPages } from '../lib/tex/page';
import { worksheetDocument } from '../lib/tex/worksheet';

/** The exercises of a lesson in the order a student meets them (carry-forward follows this order). */
export function lessonExercises(pages: readonly StepPage[]): ExerciseView[] {
	return pages.flatMap((p) => p.step.blocks.flatMap((b) => (b.type === 'exercise' ? [b.exercise] : [])));
}

export interface ClassName {
	/** As written in the class list. */
	name: string;
	/** 1-based line in the list. */
	line: number;
}

export type NameProblem = { line: number; message: string };

/** A class list: one name per line; blank lines and lines starting with # are skipped. */
export function readClassList(text: string): { names: ClassName[]; problems: NameProblem[] } {
	const names: ClassName[] = [];
	const problems: NameProblem[] = [];
	const seen = new Map<number, number>();
	text.split(/\r?\n/).forEach((raw, i) => {
		const name = raw.trim();
		if (name === '' || name.startsWith('#')) return;
		const seed = studentSeed('', name);
		if (seed === null) {
			problems.push({ line: i + 1, message: `"${name.slice(0, 40)}" is not a name Cadena can use (empty, over 80 characters, or with control characters)` });
			return;
		}
		const first = seen.get(seed);
		if (first !== undefined) {
			problems.push({ line: i + 1, message: `"${name}" is the same name as line ${first} (case and spacing aside): both would get the same numbers` });
			return;
		}
		seen.set(seed, i + 1);
		names.push({ name, line: i + 1 });
	});
	return { names, problems };
}

/** A file name for a student: letters and digits, accents dropped, words joined by -. */
export function fileStem(name: string, taken: Set<string>): string {
	const base =
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'student';
	let stem = base;
	for (let k = 2; taken.has(stem); k++) stem = `${base}-${k}`;
	taken.add(stem);
	return stem;
}

/** What a progress problem means, in one line. */
export function progressProblemText(p: ProgressProblem): string {
	switch (p.kind) {
		case 'too-large':
			return `the file is too large (${p.size} characters) for a progress file`;
		case 'not-json':
			return 'not JSON: not a progress file exported by Cadena';
		case 'not-progress':
			return 'not a progress file exported by Cadena';
		case 'unknown-version':
			return `a progress file of an unknown version (${p.version})`;
		case 'field':
			return `${p.at}: expected ${p.expected}`;
	}
}

export interface GradedAnswer {
	exercise: string;
	answer: string;
	verdict: Verdict['type'] | 'unanswered';
	attempts: number;
	points: number;
}

/** An answer's verdict as the engine gives it now: Spanish decimal commas are read as well as points. */
function regrade(answer: string, ex: ExerciseView, carried: number | undefined): Verdict {
	const en = gradeExercise(answer, ex, 'en', undefined, carried);
	return en.type === 'invalid' ? gradeExercise(answer, ex, 'es', undefined, carried) : en;
}

/**
 * Re-grades one lesson of a student's progress against the engine's figures for their numbers. The
 * stored verdicts, values and scores are ignored; attempts and "solution shown" are taken as recorded.
 */
export function gradeLesson(exercises: readonly ExerciseView[], progress: LessonProgress): GradedAnswer[] {
	const values = new Map<string, number>();
	return exercises.map((ex) => {
		const record = progress.exercises[ex.id];
		if (!record || record.answer.trim() === '') return { exercise: ex.id, answer: '', verdict: 'unanswered', attempts: record?.attempts ?? 0, points: 0 };
		const verdict = regrade(record.answer, ex, carriedValue(ex, values));
		if (verdict.type !== 'invalid' && verdict.type !== 'too-few' && verdict.value !== undefined) values.set(ex.id, verdict.value);
		const graded = verdict.type === 'correct' || verdict.type === 'carried' || verdict.type === 'incorrect';
		return {
			exercise: ex.id,
			answer: record.answer,
			verdict: verdict.type,
			attempts: record.attempts,
			points: graded ? earned(verdict.type, Math.max(1, record.attempts), record.solutionShown) : 0
		};
	});
}

/** A CSV field (RFC 4180), defused so a spreadsheet never runs a student's text as a formula. */
export function csvField(value: string | number): string {
	let text = String(value);
	if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i.test(text))) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface GradebookInput {
	/** Shown in messages and, lacking a name inside, as the student. */
	file: string;
	text: string;
}

export interface LessonSource {
	slug: string;
	text: string;
}

export interface Gradebook {
	csv: string;
	/** One line per file or lesson skipped, and why. */
	notes: string[];
}

/** A lesson's runs: the answers for the variant shown, then those kept for earlier variants. */
function runsOf(progress: LessonProgress): { seed: number | undefined; exercises: LessonProgress['exercises'] }[] {
	return [{ seed: progress.seed, exercises: progress.exercises }, ...(progress.history ?? []).map((r) => ({ seed: r.seed, exercises: r.exercises }))].filter(
		(run) => Object.keys(run.exercises).length > 0
	);
}

/**
 * The gradebook of a class: one row per exercise of every variant a student answered in every lesson
 * their file holds, then the lesson's total (each exercise's best over the variants).
 */
export function gradebook(files: readonly GradebookInput[], lessons: readonly LessonSource[]): Gradebook {
	const rows: string[][] = [['student', 'lesson', 'variant', 'exercise', 'answer', 'verdict', 'attempts', 'points']];
	const notes: string[] = [];
	const bySlug = new Map(lessons.map((l) => [l.slug, l]));
	const cache = new Map<string, { id: string; variants: boolean; exercises: ExerciseView[] } | null>();
	const lessonFor = (slug: string, seed: number | undefined) => {
		const key = `${slug}#${seed ?? 0}`;
		if (!cache.has(key)) {
			const source = bySlug.get(slug);
			const loaded = source ? loadLesson(source.text, seed ? { seed } : {}) : undefined;
			cache.set(
				key,
				loaded?.ok ? { id: loaded.loaded.lesson.id, variants: loaded.loaded.variants, exercises: lessonExercises(buildLessonPages(loaded.loaded, slug, 'en')) } : null
			);
		}
		return cache.get(key) ?? null;
	};
	for (const input of files) {
		const read = readImport(input.text);
		if (!read.ok) {
			notes.push(`${input.file}: skipped: ${read.problems.map(progressProblemText).join('; ') || 'not a progress file'}`);
			continue;
		}
		const student = read.progress.student ?? input.file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
		for (const [slug, progress] of Object.entries(read.progress.lessons)) {
			if (!bySlug.has(slug)) {
				notes.push(`${input.file}: lesson "${slug}" is not among the lessons given: skipped`);
				continue;
			}
			const best = new Map<string, number>();
			let total: number | undefined;
			for (const run of runsOf(progress)) {
				const lesson = lessonFor(slug, run.seed);
				if (!lesson) {
					notes.push(`${input.file}: lesson "${slug}" does not load${run.seed ? ` with variant ${run.seed}` : ''}: skipped (run npm run lessons -- check)`);
					continue;
				}
				total = lesson.exercises.length;
				const own = read.progress.student === undefined ? undefined : studentSeed(lesson.id, read.progress.student);
				if (lesson.variants && own !== undefined && own !== null && (run.seed ?? 0) !== own) {
					notes.push(`${input.file}: ${student}'s answers to "${slug}" in variant ${run.seed ?? 0} are for other numbers than their own (variant ${own})`);
				}
				const unknown = Object.keys(run.exercises).filter((id) => !lesson.exercises.some((e) => e.id === id));
				if (unknown.length > 0) notes.push(`${input.file}: lesson "${slug}" has no exercise ${unknown.map((id) => `"${id}"`).join(', ')}: not graded`);
				for (const g of gradeLesson(lesson.exercises, { position: progress.position, exercises: run.exercises })) {
					if (g.verdict === 'unanswered') continue;
					best.set(g.exercise, Math.max(best.get(g.exercise) ?? 0, g.points));
					rows.push([student, slug, String(run.seed ?? 0), g.exercise, g.answer, g.verdict, String(g.attempts), points(g.points)]);
				}
			}
			if (total !== undefined) rows.push([student, slug, '', 'total', '', '', '', `${points([...best.values()].reduce((a, b) => a + b, 0))} / ${total}`]);
		}
	}
	return { csv: rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n', notes };
}

function points(x: number): string {
	return String(Math.round(x * 100) / 100);
}


export interface WorksheetFile {
	/** Relative to the output folder. */
	path: string;
	text: string;
}

export interface StudentSheets {
	name: string;
	seed: number | undefined;
	sheet: string;
	key: string;
}

/**
 * The worksheet and key of every student of a class list for one lesson: the numbers of each come
 * from the lesson's id and their name, redrawn as the site draws them.
 */
export function classWorksheets(
	lessonText: string,
	slug: string,
	names: readonly ClassName[],
	lang: Lang,
	css: string
): { ok: true; files: WorksheetFile[]; students: StudentSheets[]; variants: boolean } | { ok: false; message: string } {
	const first = loadLesson(lessonText);
	if (!first.ok) return { ok: false, message: 'the lesson does not load: run npm run lessons -- check on it' };
	const { lesson, variants } = first.loaded;
	const files: WorksheetFile[] = [];
	const students: StudentSheets[] = [];
	const taken = new Set<string>();
	for (const { name } of names) {
		const seed = variants ? (studentSeed(lesson.id, name) ?? undefined) : undefined;
		const loaded = seed === undefined ? first : loadLesson(lessonText, { seed });
		if (!loaded.ok) return { ok: false, message: `no variant of the lesson meets its conditions for ${name}: run npm run lessons -- check on it` };
		const pages = buildLessonPages(loaded.loaded, slug, lang);
		const stem = fileStem(name, taken);
		const options = { lang, student: name, ...(seed === undefined ? {} : { seed }) };
		const sheet = `${stem}.html`;
		const key = `${stem}.key.html`;
		files.push({ path: sheet, text: worksheetDocument(pages, { ...options, key: false }, css) });
		files.push({ path: key, text: worksheetDocument(pages, { ...options, key: true }, css) });
		students.push({ name, seed, sheet, key });
	}
	return { ok: true, files, students, variants };
}
