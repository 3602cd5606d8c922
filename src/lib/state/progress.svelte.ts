/**
 * Progress kept in the browser: answers, verdicts, attempts, hints used, solutions revealed and the
 * step reached, per lesson. Versioned; a corrupt or older saved state is set aside under another key
 * with a notice, never thrown at the page. Exported and imported as a JSON file.
 */
import * as v from 'valibot';

export const STORAGE_KEY = 'cadena.progress';
/**
 * 2: a verdict may be 'carried' (consistent with an earlier wrong answer, half a point), and an
 * unreadable answer is no longer recorded. Version 1 files read as they were (see `migrate`).
 */
export const VERSION = 2;

/** Saved verdicts: the last graded answer's ('invalid' only in files of version 1). */
export const VERDICTS = ['correct', 'carried', 'incorrect', 'invalid'] as const;

const ExerciseProgress = v.object({
	answer: v.string(),
	verdict: v.nullable(v.picklist(VERDICTS)),
	diagnosis: v.optional(v.string()),
	/** The value the last graded answer evaluated to, for carry-forward. */
	value: v.optional(v.number()),
	attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
	hintsShown: v.pipe(v.number(), v.integer(), v.minValue(0)),
	solutionShown: v.boolean(),
	/** Best score so far, 0…1, as check/credit.ts reckons it. */
	best: v.pipe(v.number(), v.minValue(0), v.maxValue(1))
});
export type ExerciseProgress = v.InferOutput<typeof ExerciseProgress>;

const LessonProgress = v.object({
	position: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** The seed of this student's variant, for lessons with ranges or choices. */
	seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	exercises: v.record(v.string(), ExerciseProgress)
});
export type LessonProgress = v.InferOutput<typeof LessonProgress>;

export const SavedProgress = v.object({
	version: v.literal(VERSION),
	lessons: v.record(v.string(), LessonProgress)
});
export type SavedProgress = v.InferOutput<typeof SavedProgress>;

export function emptyExercise(): ExerciseProgress {
	return { answer: '', verdict: null, attempts: 0, hintsShown: 0, solutionShown: false, best: 0 };
}

export type ReadResult = { ok: true; progress: SavedProgress } | { ok: false; reason: 'corrupt' | 'old-version' };

/**
 * Brings a file saved by an earlier release up to this version, one step at a time; a version this
 * release does not know is returned as it is (and then refused).
 */
export function migrate(value: unknown): unknown {
	if (typeof value !== 'object' || value === null || !('version' in value)) return value;
	// 1 → 2: the same records; a verdict of 'correct' earned then keeps its point (carried answers were
	// not told apart yet), and an 'invalid' last answer stays until the next graded one replaces it
	if (value.version === 1) return { ...value, version: 2 };
	return value;
}

/** Reads saved text; null (nothing saved) is an empty progress. */
export function readProgress(text: string | null): ReadResult {
	if (text === null) return { ok: true, progress: { version: VERSION, lessons: {} } };
	let value: unknown;
	try {
		value = migrate(JSON.parse(text));
	} catch {
		return { ok: false, reason: 'corrupt' };
	}
	const parsed = v.safeParse(SavedProgress, value);
	if (parsed.success) return { ok: true, progress: parsed.output };
	const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
	return { ok: false, reason: typeof version === 'number' && version !== VERSION ? 'old-version' : 'corrupt' };
}

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** The one progress store of the page. */
export class Progress {
	data = $state<SavedProgress>({ version: VERSION, lessons: {} });
	/** Why saved progress was set aside, if it was; the page shows it once. */
	notice = $state<'corrupt' | 'old-version' | 'imported' | 'import-failed' | 'reset' | null>(null);
	loaded = $state(false);

	load(): void {
		this.loaded = true;
		const store = storage();
		if (!store) return;
		const raw = store.getItem(STORAGE_KEY);
		const read = readProgress(raw);
		if (read.ok) this.data = read.progress;
		else {
			// keep the unreadable text under another key rather than lose it
			store.setItem(`${STORAGE_KEY}.set-aside.${Date.now()}`, raw ?? '');
			store.removeItem(STORAGE_KEY);
			this.notice = read.reason;
		}
	}

	ensureLoaded(): void {
		if (!this.loaded) this.load();
	}

	save(): void {
		try {
			storage()?.setItem(STORAGE_KEY, JSON.stringify(this.data));
		} catch {
			// a full or blocked storage loses only the newest change, never the page
		}
	}

	lesson(slug: string): LessonProgress {
		this.data.lessons[slug] ??= { position: 1, exercises: {} };
		const l = this.data.lessons[slug];
		return l ?? { position: 1, exercises: {} };
	}

	exercise(slug: string, id: string): ExerciseProgress {
		const l = this.lesson(slug);
		l.exercises[id] ??= emptyExercise();
		return l.exercises[id] ?? emptyExercise();
	}

	setPosition(slug: string, index: number): void {
		this.lesson(slug).position = index;
		this.save();
	}

	/** Score of a lesson: the sum of each exercise's best, out of its number of exercises. */
	score(slug: string, exerciseIds: readonly string[]): { earned: number; total: number } {
		const l = this.data.lessons[slug];
		const earned = exerciseIds.reduce((s, id) => s + (l?.exercises[id]?.best ?? 0), 0);
		return { earned, total: exerciseIds.length };
	}

	resetLesson(slug: string): void {
		delete this.data.lessons[slug];
		this.save();
		this.notice = 'reset';
	}

	exportJson(): string {
		return JSON.stringify({ ...this.data, exported: new Date().toISOString(), app: 'cadena' }, null, 2);
	}

	/** Replaces progress with an exported file's; a bad file changes nothing. */
	importJson(text: string): boolean {
		const read = readProgress(text);
		if (!read.ok) {
			this.notice = 'import-failed';
			return false;
		}
		this.data = read.progress;
		this.save();
		this.notice = 'imported';
		return true;
	}
}

export const progress = new Progress();
