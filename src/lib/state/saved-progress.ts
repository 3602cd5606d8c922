/**
 * The saved-progress format and its reader, with no storage and no runes, so it can be tested on
 * anything: random JSON, hostile files, a full storage's leftovers.
 *
 * Two ways to read. Loading what this browser saved keeps every entry that is valid and leaves out the
 * rest (the caller sets the whole text aside first, so nothing is lost). Importing a file is all or
 * nothing: one bad entry refuses the file and says where.
 */
import { MISCONCEPTION_CODES } from '../i18n/islands';
import { normalizeStudent } from '../lesson/student';

/**
 * 2: a verdict may be 'carried' (consistent with an earlier wrong answer, half a point), and an
 * unreadable answer is no longer recorded ('invalid' stays readable, in files of version 1).
 * 3: the matrix-form lesson's hidden pre-activations are zh1, zh2 (they were a1, a2), so a formula
 * saved with the old names is rewritten to the new ones.
 * 4: a lesson shows its authored numbers until the student asks for new ones, so each answer says which
 * variant (seed) it was graded against, and the answers given for earlier variants are kept as `history`.
 */
export const VERSION = 4;

/** The verdicts a saved answer may carry; a new verdict is one more entry here. */
export const VERDICTS = ['correct', 'carried', 'incorrect', 'invalid'] as const;
export type SavedVerdict = (typeof VERDICTS)[number];

/**
 * Older versions the reader still takes, each with the step that lifts a file one version up (from → from + 1).
 * Raising VERSION adds one row here, so an older file is migrated rather than set aside.
 */
export const MIGRATIONS: readonly { from: number; migrate: (old: { [key: string]: unknown }) => { [key: string]: unknown } }[] = [
	// 1 → 2: the same records. A 'correct' earned then keeps its point (carried answers were not told
	// apart yet), and an 'invalid' last answer stays until the next graded one replaces it.
	{ from: 1, migrate: (old) => ({ ...old, version: 2 }) },
	// 2 → 3: in the course, a is an activation, σ(z); the matrix-form lesson called its hidden
	// pre-activations a1, a2 and now calls them zh1, zh2. Exercise ids are unchanged; a formula answer
	// naming a1 or a2 is rewritten, so it reads back and grades as it did.
	{ from: 2, migrate: (old) => ({ ...old, version: 3, lessons: renameInAnswers(old.lessons, 'matrix-form', { a1: 'zh1', a2: 'zh2' }) }) },
	// 3 → 4: a version-3 lesson with a seed showed that variant from the first visit, so every answer in it
	// was graded against that seed's numbers: each record now says so, and the lesson keeps showing them.
	{ from: 3, migrate: (old) => ({ ...old, version: 4, lessons: seedAnswers(old.lessons) }) }
];

/** A copy of `lessons` in which each answer of a lesson with a seed carries that seed. */
function seedAnswers(lessons: unknown): unknown {
	if (!isRecord(lessons)) return lessons;
	const out: { [key: string]: unknown } = {};
	for (const [slug, lesson] of Object.entries(lessons)) {
		if (!isRecord(lesson) || !isCount(lesson.seed) || lesson.seed === AUTHORED || !isRecord(lesson.exercises)) {
			out[slug] = lesson;
			continue;
		}
		const seed = lesson.seed;
		const exercises = Object.fromEntries(Object.entries(lesson.exercises).map(([id, e]) => [id, isRecord(e) ? { ...e, seed } : e]));
		out[slug] = { ...lesson, exercises };
	}
	return out;
}

/** A copy of `lessons` with the names in `renames` replaced, as whole words, in one lesson's answers. */
function renameInAnswers(lessons: unknown, slug: string, renames: Readonly<Record<string, string>>): unknown {
	if (!isRecord(lessons)) return lessons;
	const lesson = lessons[slug];
	if (!isRecord(lesson) || !isRecord(lesson.exercises)) return lessons;
	const exercises: { [key: string]: unknown } = {};
	for (const [id, entry] of Object.entries(lesson.exercises)) {
		exercises[id] =
			isRecord(entry) && typeof entry.answer === 'string'
				? { ...entry, answer: entry.answer.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => (Object.hasOwn(renames, name) ? (renames[name] ?? name) : name)) }
				: entry;
	}
	return { ...lessons, [slug]: { ...lesson, exercises } };
}

export interface ExerciseProgress {
	answer: string;
	verdict: SavedVerdict | null;
	diagnosis?: string;
	/** The value the last graded answer evaluated to, for carry-forward. */
	value?: number;
	attempts: number;
	hintsShown: number;
	solutionShown: boolean;
	/** Best score so far, 0…1, as check/credit.ts reckons it. */
	best: number;
	/** The variant whose numbers the answer was graded against; absent (or 0): the authored numbers. */
	seed?: number;
}

/** The seed that stands for a lesson's authored numbers: no draw. New numbers are never drawn with it. */
export const AUTHORED = 0;

/** Answers given on one variant of a lesson, kept when the student moves to other numbers. */
export interface VariantRun {
	/** Absent (or 0): the authored numbers. Every record in the run carries the same seed. */
	seed?: number;
	exercises: Record<string, ExerciseProgress>;
}

export interface LessonProgress {
	position: number;
	/** The variant shown now, for lessons with ranges or choices; absent (or 0): the authored numbers. */
	seed?: number;
	/** The answers for the variant shown now; each carries `seed`. */
	exercises: Record<string, ExerciseProgress>;
	/** Answers for variants shown before, oldest first, one run per seed; never the variant shown now. */
	history?: VariantRun[];
}

export interface SavedProgress {
	version: typeof VERSION;
	lessons: Record<string, LessonProgress>;
	/**
	 * The name a student of a class gave (`?student=NAME`, or typed on a worksheet page): their numbers in
	 * every lesson with variants come from it, and the teacher's gradebook names the file by it.
	 */
	student?: string;
}

/** Largest file an import reads: a whole course of answers is a few tens of kilobytes. */
export const IMPORT_LIMIT = 1_000_000;

/** What a field should have held, for the message that says where a file is wrong. */
export type Expected = 'object' | 'text' | 'boolean' | 'count' | 'position' | 'seed' | 'fraction' | 'finite' | 'verdict' | 'diagnosis' | 'name' | 'variant' | 'list' | 'student';

export type Problem =
	| { kind: 'too-large'; size: number }
	| { kind: 'not-json' }
	/** Not an object with `lessons`, or another application's file. */
	| { kind: 'not-progress' }
	| { kind: 'unknown-version'; version: string }
	/** `at` is a JSON pointer into the file. */
	| { kind: 'field'; at: string; expected: Expected };

export type Reading =
	/** `problems` lists the entries left out; empty when the text was whole. */
	| { ok: true; progress: SavedProgress; problems: Problem[] }
	| { ok: false; reason: 'corrupt' | 'old-version'; problems: Problem[] };

/** Codes the engine itself names; a lesson's own codes cannot be known here, so they are judged by form. */
const ENGINE_CODES: ReadonlySet<string> = new Set([...MISCONCEPTION_CODES, 'wrong-precision']);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A lesson slug or exercise id, as the lesson schema allows them. */
const NAME = /^[A-Za-z0-9_-]{1,100}$/;

/** Names that a plain object already answers to (`constructor`, `__proto__`): never a key or a code. */
function inherited(name: string): boolean {
	return Object.hasOwn(Object.prototype, name) || name === '__proto__';
}

/** A diagnosis code worth keeping: the engine's, or a lesson's short kebab-case code. */
export function isDiagnosisCode(code: string): boolean {
	return ENGINE_CODES.has(code) || (code.length <= 60 && KEBAB.test(code) && !inherited(code));
}

function isName(key: string): boolean {
	return NAME.test(key) && !inherited(key);
}

function isRecord(value: unknown): value is { [key: string]: unknown } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer (RFC 6901) to a field, so a message can say where. */
export function pointer(...parts: string[]): string {
	return parts.map((p) => '/' + p.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isVerdict(value: unknown): value is SavedVerdict | null {
	return value === null || VERDICTS.some((v) => v === value);
}

/** One saved answer, or the first field that is wrong with it. */
function readExercise(value: unknown, at: string): ExerciseProgress | Problem {
	const wrong = (field: string, expected: Expected): Problem => ({ kind: 'field', at: field ? `${at}${pointer(field)}` : at, expected });
	if (!isRecord(value)) return wrong('', 'object');
	const { answer, verdict, diagnosis, value: carried, attempts, hintsShown, solutionShown, best, seed } = value;
	if (typeof answer !== 'string') return wrong('answer', 'text');
	if (!isVerdict(verdict)) return wrong('verdict', 'verdict');
	if (diagnosis !== undefined && (typeof diagnosis !== 'string' || !isDiagnosisCode(diagnosis))) return wrong('diagnosis', 'diagnosis');
	if (carried !== undefined && !(typeof carried === 'number' && Number.isFinite(carried))) return wrong('value', 'finite');
	if (!isCount(attempts)) return wrong('attempts', 'count');
	if (!isCount(hintsShown)) return wrong('hintsShown', 'count');
	if (typeof solutionShown !== 'boolean') return wrong('solutionShown', 'boolean');
	if (!(typeof best === 'number' && best >= 0 && best <= 1)) return wrong('best', 'fraction');
	if (seed !== undefined && !isCount(seed)) return wrong('seed', 'seed');
	return {
		answer,
		verdict,
		...(diagnosis !== undefined ? { diagnosis } : {}),
		...(carried !== undefined ? { value: carried } : {}),
		attempts,
		hintsShown,
		solutionShown,
		best,
		...(seed !== undefined ? { seed } : {})
	};
}

/** The seed that names a variant, the authored numbers being 0 whether written or not. */
export function variantKey(seed: number | undefined): number {
	return seed ?? AUTHORED;
}

/**
 * One variant's answers, each checked to belong to it: an answer graded against other numbers than the
 * ones it is listed under would be re-graded against the wrong ones, so it is a problem, not kept.
 */
function readRun(exercises: unknown, seed: number | undefined, at: string, problems: Problem[]): Record<string, ExerciseProgress> | null {
	if (!isRecord(exercises)) {
		problems.push({ kind: 'field', at, expected: 'object' });
		return null;
	}
	const run: Record<string, ExerciseProgress> = {};
	for (const [id, entry] of Object.entries(exercises)) {
		const entryAt = `${at}${pointer(id)}`;
		if (!isName(id)) {
			problems.push({ kind: 'field', at: entryAt, expected: 'name' });
			continue;
		}
		const read = readExercise(entry, entryAt);
		if ('kind' in read) problems.push(read);
		else if (variantKey(read.seed) !== variantKey(seed)) problems.push({ kind: 'field', at: `${entryAt}${pointer('seed')}`, expected: 'variant' });
		else run[id] = read;
	}
	return run;
}

/**
 * One lesson's progress. Its valid answers are kept even when a field beside them is wrong (a bad
 * position becomes 1, a bad seed is dropped), and each problem is listed.
 */
function readLesson(value: unknown, at: string, problems: Problem[]): LessonProgress | null {
	if (!isRecord(value)) {
		problems.push({ kind: 'field', at, expected: 'object' });
		return null;
	}
	const { position, seed, exercises, history } = value;
	const lesson: LessonProgress = { position: 1, exercises: {} };
	if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 1) lesson.position = position;
	else problems.push({ kind: 'field', at: `${at}${pointer('position')}`, expected: 'position' });
	if (isCount(seed)) lesson.seed = seed;
	else if (seed !== undefined) problems.push({ kind: 'field', at: `${at}${pointer('seed')}`, expected: 'seed' });
	lesson.exercises = readRun(exercises, lesson.seed, `${at}${pointer('exercises')}`, problems) ?? {};
	if (history === undefined) return lesson;
	if (!Array.isArray(history)) {
		problems.push({ kind: 'field', at: `${at}${pointer('history')}`, expected: 'list' });
		return lesson;
	}
	const runs: VariantRun[] = [];
	const seen = new Set([variantKey(lesson.seed)]);
	for (const [i, run] of history.entries()) {
		const runAt = `${at}${pointer('history', String(i))}`;
		const runSeed: unknown = isRecord(run) ? run.seed : undefined;
		if (!isRecord(run)) problems.push({ kind: 'field', at: runAt, expected: 'object' });
		else if (runSeed !== undefined && !isCount(runSeed)) problems.push({ kind: 'field', at: `${runAt}${pointer('seed')}`, expected: 'seed' });
		// one run per variant, and never the one shown now: its answers are in `exercises`
		else if (seen.has(variantKey(runSeed))) problems.push({ kind: 'field', at: `${runAt}${pointer('seed')}`, expected: 'variant' });
		else {
			seen.add(variantKey(runSeed));
			const read = readRun(run.exercises, runSeed, `${runAt}${pointer('exercises')}`, problems);
			if (read) runs.push({ ...(runSeed !== undefined ? { seed: runSeed } : {}), exercises: read });
		}
	}
	if (runs.length > 0 || history.length > 0) lesson.history = runs;
	return lesson;
}

/** Lifts an older file to VERSION through MIGRATIONS; null when its version is unknown. */
function migrate(root: { [key: string]: unknown }): { [key: string]: unknown } | null {
	let current = root;
	// each step raises the version, so at most one pass per row
	for (let step = 0; step <= MIGRATIONS.length; step++) {
		if (current.version === VERSION) return current;
		const row = MIGRATIONS.find((m) => m.from === current.version);
		if (!row) return null;
		current = row.migrate(current);
	}
	return null;
}

/**
 * Reads saved or imported text. null (nothing saved) is an empty progress. Never throws: whatever the
 * text, the answer is a progress with the problems found, or a reason it could not be read at all.
 */
export function readSaved(text: string | null): Reading {
	if (text === null) return { ok: true, progress: emptyProgress(), problems: [] };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'corrupt', problems: [{ kind: 'not-json' }] };
	}
	if (!isRecord(value) || (value.app !== undefined && value.app !== 'cadena') || !('lessons' in value)) {
		return { ok: false, reason: 'corrupt', problems: [{ kind: 'not-progress' }] };
	}
	const root = migrate(value);
	if (!root) {
		const version = typeof value.version === 'number' || typeof value.version === 'string' ? String(value.version) : '';
		return { ok: false, reason: typeof value.version === 'number' ? 'old-version' : 'corrupt', problems: [{ kind: 'unknown-version', version }] };
	}
	if (!isRecord(root.lessons)) return { ok: false, reason: 'corrupt', problems: [{ kind: 'field', at: pointer('lessons'), expected: 'object' }] };
	const problems: Problem[] = [];
	const progress = emptyProgress();
	if (typeof root.student === 'string' && normalizeStudent(root.student) !== null) progress.student = root.student.trim();
	else if (root.student !== undefined) problems.push({ kind: 'field', at: pointer('student'), expected: 'student' });
	for (const [slug, entry] of Object.entries(root.lessons)) {
		const at = pointer('lessons', slug);
		if (!isName(slug)) {
			problems.push({ kind: 'field', at, expected: 'name' });
			continue;
		}
		const lesson = readLesson(entry, at, problems);
		if (lesson) progress.lessons[slug] = lesson;
	}
	return { ok: true, progress, problems };
}

export type ImportReading = { ok: true; progress: SavedProgress } | { ok: false; problems: Problem[] };

/** Reads a file to import: whole and valid, or refused with every problem found. */
export function readImport(text: string): ImportReading {
	if (text.length > IMPORT_LIMIT) return { ok: false, problems: [{ kind: 'too-large', size: text.length }] };
	const read = readSaved(text);
	if (!read.ok || read.problems.length > 0) return { ok: false, problems: read.problems };
	return { ok: true, progress: read.progress };
}

export function emptyProgress(): SavedProgress {
	return { version: VERSION, lessons: {} };
}

export interface Summary {
	lessons: number;
	/** Answers that were checked (right, wrong or unreadable), on every variant. */
	answers: number;
	/** The sum of every exercise's best score, over its variants. */
	earned: number;
}

/** What a progress holds, for the question before an import replaces or merges it. */
export function summarize(progress: SavedProgress): Summary {
	const lessons = Object.values(progress.lessons);
	const records = lessons.flatMap((l) => runsOf(l).flatMap((r) => Object.values(r.exercises)));
	const earned = lessons.reduce((s, l) => s + [...new Set(runsOf(l).flatMap((r) => Object.keys(r.exercises)))].reduce((t, id) => t + bestOf(l, id), 0), 0);
	return { lessons: lessons.length, answers: records.filter((e) => e.verdict !== null).length, earned };
}

/** Every variant's answers of a lesson, the one shown now first. */
export function runsOf(lesson: LessonProgress): VariantRun[] {
	return [{ ...(lesson.seed !== undefined ? { seed: lesson.seed } : {}), exercises: lesson.exercises }, ...(lesson.history ?? [])];
}

/** Whether a record holds anything the student did: one only opened is not worth keeping in the history. */
function used(e: ExerciseProgress): boolean {
	return e.attempts > 0 || e.verdict !== null || e.hintsShown > 0 || e.solutionShown;
}

/**
 * The lesson moved to another variant (`seed`; undefined: the authored numbers). The answers shown now join
 * the history, and the new variant starts with the answers once given for it, if any: blank for new numbers.
 */
export function withVariant(lesson: LessonProgress, seed: number | undefined): LessonProgress {
	const target = variantKey(seed);
	const runs = runsOf(lesson).filter((r) => Object.values(r.exercises).some(used));
	const back = runs.find((r) => variantKey(r.seed) === target);
	const history = runs.filter((r) => r !== back);
	return {
		position: lesson.position,
		...(target !== AUTHORED ? { seed: target } : {}),
		exercises: back?.exercises ?? {},
		...(history.length > 0 ? { history } : {})
	};
}

/**
 * Each exercise's best score over every variant it was answered on: new numbers give practice, they never
 * take a point away.
 */
export function bestOf(lesson: LessonProgress | undefined, id: string): number {
	return lesson ? Math.max(0, ...runsOf(lesson).map((r) => r.exercises[id]?.best ?? 0)) : 0;
}

/**
 * Mastery: every exercise of the lesson answered correct on one variant other than the authored one, so the
 * student has done the whole lesson with numbers nobody worked for them. The seed of the first such run, or null.
 */
export function masteredOn(lesson: LessonProgress | undefined, exerciseIds: readonly string[]): number | null {
	if (!lesson || exerciseIds.length === 0) return null;
	const run = runsOf(lesson).find((r) => variantKey(r.seed) !== AUTHORED && exerciseIds.every((id) => r.exercises[id]?.verdict === 'correct'));
	return run ? variantKey(run.seed) : null;
}

/** The better of two records of one answer: higher best, then more attempts; the first on a tie. */
function better(mine: ExerciseProgress | undefined, theirs: ExerciseProgress): ExerciseProgress {
	return !mine || theirs.best > mine.best || (theirs.best === mine.best && theirs.attempts > mine.attempts) ? theirs : mine;
}

/**
 * Merges an imported progress into the current one. A lesson only one side has is taken whole. When both
 * have it, their answers are merged variant by variant (an answer is only ever compared with one given for
 * the same numbers): each exercise keeps the better record (higher best, then more attempts; the current one
 * on a tie). The current side's variant stays the one shown, and the further position is kept.
 */
export function mergeProgress(current: SavedProgress, incoming: SavedProgress): SavedProgress {
	const student = current.student ?? incoming.student;
	const merged: SavedProgress = { version: VERSION, lessons: { ...current.lessons }, ...(student !== undefined ? { student } : {}) };
	for (const [slug, theirs] of Object.entries(incoming.lessons)) {
		const ours = current.lessons[slug];
		if (!ours) {
			merged.lessons[slug] = theirs;
			continue;
		}
		const runs = new Map<number, VariantRun>();
		for (const run of [...runsOf(ours), ...runsOf(theirs)]) {
			const key = variantKey(run.seed);
			const into = runs.get(key);
			if (!into) runs.set(key, { ...run, exercises: { ...run.exercises } });
			else for (const [id, e] of Object.entries(run.exercises)) into.exercises[id] = better(into.exercises[id], e);
		}
		const shown = runs.get(variantKey(ours.seed));
		const history = [...runs.values()].filter((r) => r !== shown);
		merged.lessons[slug] = {
			position: Math.max(ours.position, theirs.position),
			...(ours.seed !== undefined ? { seed: ours.seed } : {}),
			exercises: shown?.exercises ?? {},
			...(history.length > 0 || ours.history ? { history } : {})
		};
	}
	return merged;
}
