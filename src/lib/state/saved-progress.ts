/**
 * The saved-progress format and its reader, with no storage and no runes, so it can be tested on
 * anything: random JSON, hostile files, a full storage's leftovers.
 *
 * Two ways to read. Loading what this browser saved keeps every entry that is valid and leaves out the
 * rest (the caller sets the whole text aside first, so nothing is lost). Importing a file is all or
 * nothing: one bad entry refuses the file and says where.
 */
import { MISCONCEPTION_CODES } from '../i18n/messages';

/**
 * 2: a verdict may be 'carried' (consistent with an earlier wrong answer, half a point), and an
 * unreadable answer is no longer recorded ('invalid' stays readable, in files of version 1).
 * 3: the matrix-form lesson's hidden pre-activations are zh1, zh2 (they were a1, a2), so a formula
 * saved with the old names is rewritten to the new ones.
 */
export const VERSION = 3;

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
	{ from: 2, migrate: (old) => ({ ...old, version: 3, lessons: renameInAnswers(old.lessons, 'matrix-form', { a1: 'zh1', a2: 'zh2' }) }) }
];

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
}

export interface LessonProgress {
	position: number;
	/** The seed of this student's variant, for lessons with ranges or choices. */
	seed?: number;
	exercises: Record<string, ExerciseProgress>;
}

export interface SavedProgress {
	version: typeof VERSION;
	lessons: Record<string, LessonProgress>;
}

/** Largest file an import reads: a whole course of answers is a few tens of kilobytes. */
export const IMPORT_LIMIT = 1_000_000;

/** What a field should have held, for the message that says where a file is wrong. */
export type Expected = 'object' | 'text' | 'boolean' | 'count' | 'position' | 'seed' | 'fraction' | 'finite' | 'verdict' | 'diagnosis' | 'name';

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
	const { answer, verdict, diagnosis, value: carried, attempts, hintsShown, solutionShown, best } = value;
	if (typeof answer !== 'string') return wrong('answer', 'text');
	if (!isVerdict(verdict)) return wrong('verdict', 'verdict');
	if (diagnosis !== undefined && (typeof diagnosis !== 'string' || !isDiagnosisCode(diagnosis))) return wrong('diagnosis', 'diagnosis');
	if (carried !== undefined && !(typeof carried === 'number' && Number.isFinite(carried))) return wrong('value', 'finite');
	if (!isCount(attempts)) return wrong('attempts', 'count');
	if (!isCount(hintsShown)) return wrong('hintsShown', 'count');
	if (typeof solutionShown !== 'boolean') return wrong('solutionShown', 'boolean');
	if (!(typeof best === 'number' && best >= 0 && best <= 1)) return wrong('best', 'fraction');
	return {
		answer,
		verdict,
		...(diagnosis !== undefined ? { diagnosis } : {}),
		...(carried !== undefined ? { value: carried } : {}),
		attempts,
		hintsShown,
		solutionShown,
		best
	};
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
	const { position, seed, exercises } = value;
	const lesson: LessonProgress = { position: 1, exercises: {} };
	if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 1) lesson.position = position;
	else problems.push({ kind: 'field', at: `${at}${pointer('position')}`, expected: 'position' });
	if (isCount(seed)) lesson.seed = seed;
	else if (seed !== undefined) problems.push({ kind: 'field', at: `${at}${pointer('seed')}`, expected: 'seed' });
	if (!isRecord(exercises)) {
		problems.push({ kind: 'field', at: `${at}${pointer('exercises')}`, expected: 'object' });
		return lesson;
	}
	for (const [id, entry] of Object.entries(exercises)) {
		const entryAt = `${at}${pointer('exercises', id)}`;
		if (!isName(id)) {
			problems.push({ kind: 'field', at: entryAt, expected: 'name' });
			continue;
		}
		const read = readExercise(entry, entryAt);
		if ('kind' in read) problems.push(read);
		else lesson.exercises[id] = read;
	}
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
	/** Answers that were checked (right, wrong or unreadable). */
	answers: number;
	/** The sum of every exercise's best score. */
	earned: number;
}

/** What a progress holds, for the question before an import replaces or merges it. */
export function summarize(progress: SavedProgress): Summary {
	const lessons = Object.values(progress.lessons);
	const exercises = lessons.flatMap((l) => Object.values(l.exercises));
	return {
		lessons: lessons.length,
		answers: exercises.filter((e) => e.verdict !== null).length,
		earned: exercises.reduce((s, e) => s + e.best, 0)
	};
}

function earnedIn(lesson: LessonProgress): number {
	return Object.values(lesson.exercises).reduce((s, e) => s + e.best, 0);
}

/**
 * Merges an imported progress into the current one. A lesson only one side has is taken whole. When
 * both have it with the same variant (seed), each exercise keeps the better record (higher best, then
 * more attempts; the current one on a tie) and the further position. With different variants the
 * answers belong to different numbers, so the lesson with the higher score is taken whole.
 */
export function mergeProgress(current: SavedProgress, incoming: SavedProgress): SavedProgress {
	const merged: SavedProgress = { version: VERSION, lessons: { ...current.lessons } };
	for (const [slug, theirs] of Object.entries(incoming.lessons)) {
		const ours = current.lessons[slug];
		if (!ours) merged.lessons[slug] = theirs;
		else if (ours.seed !== theirs.seed) merged.lessons[slug] = earnedIn(theirs) > earnedIn(ours) ? theirs : ours;
		else {
			const exercises = { ...ours.exercises };
			for (const [id, e] of Object.entries(theirs.exercises)) {
				const mine = exercises[id];
				if (!mine || e.best > mine.best || (e.best === mine.best && e.attempts > mine.attempts)) exercises[id] = e;
			}
			merged.lessons[slug] = { ...ours, position: Math.max(ours.position, theirs.position), exercises };
		}
	}
	return merged;
}
