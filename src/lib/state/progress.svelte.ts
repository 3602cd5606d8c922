/**
 * Progress kept in the browser: answers, verdicts, attempts, hints used, solutions revealed and the
 * step reached, per lesson. The format and its reader are in saved-progress.ts; this is the store.
 *
 * Nothing is lost silently: an unreadable saved state is set aside (or, with no room to keep it,
 * offered for download) with a notice; a write that fails (storage full or blocked) says so and offers
 * an export; an import is checked whole and confirmed before it changes anything; an import or a
 * lesson reset can be undone once.
 */
import { untrack } from 'svelte';
import {
	emptyProgress,
	IMPORT_LIMIT,
	mergeProgress,
	readImport,
	readSaved,
	summarize,
	VERSION,
	type ExerciseProgress,
	type ImportReading,
	type LessonProgress,
	type Problem,
	type SavedProgress,
	type Summary
} from './saved-progress';

export { VERSION, type ExerciseProgress, type LessonProgress, type SavedProgress };

export const STORAGE_KEY = 'cadena.progress';
/** sessionStorage: a notice to show after the reload that an import, reset or undo ends with. */
export const NOTICE_KEY = 'cadena.progress.notice';
/** sessionStorage: the one step that can be undone, with the progress before it. */
export const UNDO_KEY = 'cadena.progress.undo';

export function emptyExercise(): ExerciseProgress {
	return { answer: '', verdict: null, attempts: 0, hintsShown: 0, solutionShown: false, best: 0 };
}

/** Why a load set progress aside, or which action the last reload ended. */
export type Notice = 'corrupt' | 'old-version' | 'repaired' | 'imported' | 'reset' | 'undone';
const CARRIED_NOTICES = ['imported', 'reset', 'undone'] as const;

/** Why the newest change could not be saved: the storage is full, or the browser refuses it. */
export type WriteFailure = 'full' | 'blocked';

interface Undo {
	kind: 'import' | 'reset';
	/** The lesson a reset emptied. */
	slug?: string;
	/** The whole saved progress before the step. */
	saved: string;
}

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
	try {
		return typeof globalThis[kind] === 'undefined' ? undefined : globalThis[kind];
	} catch {
		// a browser that blocks storage throws on the mere access
		return undefined;
	}
}

/** Writes one key; null when it was written. */
function write(kind: 'localStorage' | 'sessionStorage', key: string, text: string): WriteFailure | null {
	const store = storage(kind);
	if (!store) return 'blocked';
	try {
		store.setItem(key, text);
		return null;
	} catch (e) {
		return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') ? 'full' : 'blocked';
	}
}

function read(kind: 'localStorage' | 'sessionStorage', key: string): string | null {
	try {
		return storage(kind)?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function remove(kind: 'localStorage' | 'sessionStorage', key: string): void {
	try {
		storage(kind)?.removeItem(key);
	} catch {
		// nothing to undo: the key stays, and the next write replaces it
	}
}

function readUndo(): Undo | null {
	const text = read('sessionStorage', UNDO_KEY);
	if (text === null) return null;
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null) return null;
		const kind = 'kind' in value ? value.kind : undefined;
		const slug = 'slug' in value ? value.slug : undefined;
		const saved = 'saved' in value ? value.saved : undefined;
		if ((kind !== 'import' && kind !== 'reset') || typeof saved !== 'string') return null;
		if (kind === 'reset' && typeof slug !== 'string') return null;
		return { kind, saved, ...(typeof slug === 'string' ? { slug } : {}) };
	} catch {
		return null;
	}
}

/** The one progress store of the page. */
export class Progress {
	data = $state<SavedProgress>(emptyProgress());
	/** What the page should tell the student about their saved progress, once. */
	notice = $state<Notice | null>(null);
	/** Unreadable saved text that there was no room to set aside: offered for download, else lost on leaving. */
	unkept = $state<string | null>(null);
	/** Why the newest change is not saved; cleared by the next write that succeeds. */
	writeFailure = $state<WriteFailure | null>(null);
	/** Writes refused so far, so a notice dismissed after one failure comes back at the next. */
	failedWrites = $state(0);
	/** A checked import, waiting for the student to replace, merge or cancel. */
	pendingImport = $state<{ progress: SavedProgress; summary: Summary } | null>(null);
	/** Why the chosen file was refused; nothing was changed. */
	importProblems = $state<Problem[]>([]);
	/** Whether the import or reset the notice speaks of can still be undone. */
	canUndo = $state(false);
	loaded = $state(false);

	load(): void {
		this.loaded = true;
		this.#takeNotice();
		if (!storage('localStorage')) return;
		const raw = read('localStorage', STORAGE_KEY);
		const reading = readSaved(raw);
		if (reading.ok) this.data = reading.progress;
		if (reading.ok && reading.problems.length === 0) return;
		this.#setAside(raw ?? '');
		this.notice = reading.ok ? 'repaired' : reading.reason;
		this.canUndo = false;
		// what could be read is saved again without the bad entries
		if (reading.ok) this.save();
	}

	ensureLoaded(): void {
		if (!this.loaded) this.load();
	}

	/** Keeps unreadable text under another key; frees its place first, so a full storage still has room for the copy. */
	#setAside(raw: string): void {
		remove('localStorage', STORAGE_KEY);
		if (write('localStorage', `${STORAGE_KEY}.set-aside.${Date.now()}`, raw) !== null) this.unkept = raw;
	}

	/** Saves everything; false (and a notice) when the storage refuses. */
	save(): boolean {
		return this.#written(write('localStorage', STORAGE_KEY, JSON.stringify(this.data)));
	}

	#written(failure: WriteFailure | null): boolean {
		this.writeFailure = failure;
		// a save may run inside an effect (a variant's first seed): counting must not make it depend on the count
		if (failure !== null) this.failedWrites = untrack(() => this.failedWrites) + 1;
		return failure === null;
	}

	/** Replaces the saved progress only if the storage takes it, so a refused write changes nothing. */
	#commit(next: SavedProgress): boolean {
		if (!this.#written(write('localStorage', STORAGE_KEY, JSON.stringify(next)))) return false;
		this.data = next;
		return true;
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

	/** Empties one lesson, keeping what it held for one undo; false when the storage refused (nothing changed). */
	resetLesson(slug: string): boolean {
		const before = $state.snapshot(this.data);
		const { [slug]: _reset, ...rest } = before.lessons;
		if (!this.#commit({ version: VERSION, lessons: rest })) return false;
		this.#keepUndo({ kind: 'reset', slug, saved: JSON.stringify(before) });
		this.#leaveNotice('reset');
		return true;
	}

	exportJson(): string {
		return JSON.stringify({ ...$state.snapshot(this.data), exported: new Date().toISOString(), app: 'cadena' }, null, 2);
	}

	/** Reads a chosen file and checks all of it; a good one waits for `applyImport`, a bad one is refused with its problems. */
	async offerImport(file: Blob): Promise<void> {
		this.pendingImport = null;
		this.importProblems = [];
		// a huge file is refused before it is read
		const checked: ImportReading = file.size > IMPORT_LIMIT ? { ok: false, problems: [{ kind: 'too-large', size: file.size }] } : readImport(await file.text());
		if (checked.ok) this.pendingImport = { progress: checked.progress, summary: summarize(checked.progress) };
		else this.importProblems = checked.problems;
	}

	cancelImport(): void {
		this.pendingImport = null;
	}

	/** Replaces or merges with the checked file, keeping the progress before it for one undo; false when the storage refused. */
	applyImport(mode: 'replace' | 'merge'): boolean {
		const pending = this.pendingImport;
		if (!pending) return false;
		const before = $state.snapshot(this.data);
		if (!this.#commit(mode === 'replace' ? pending.progress : mergeProgress(before, pending.progress))) return false;
		this.pendingImport = null;
		this.#keepUndo({ kind: 'import', saved: JSON.stringify(before) });
		this.#leaveNotice('imported');
		return true;
	}

	/** Undoes the last import or reset, once; false when there is nothing to undo or the storage refused. */
	undo(): boolean {
		const undo = readUndo();
		const reading = undo ? readImport(undo.saved) : null;
		if (!undo || !reading?.ok) {
			this.canUndo = false;
			return false;
		}
		let next = reading.progress;
		if (undo.kind === 'reset' && undo.slug !== undefined) {
			// only the reset lesson comes back; the rest stays as it is now
			const { [undo.slug]: _now, ...others } = $state.snapshot(this.data).lessons;
			const restored = reading.progress.lessons[undo.slug];
			next = { version: VERSION, lessons: restored ? { ...others, [undo.slug]: restored } : others };
		}
		if (!this.#commit(next)) return false;
		remove('sessionStorage', UNDO_KEY);
		this.canUndo = false;
		this.#leaveNotice('undone');
		return true;
	}

	#keepUndo(undo: Undo): void {
		// with no room for the copy there is no undo, and the notice offers none
		this.canUndo = write('sessionStorage', UNDO_KEY, JSON.stringify(undo)) === null;
		if (!this.canUndo) remove('sessionStorage', UNDO_KEY);
	}

	/** Shows a notice now and after the reload that follows (the page reloads so every exercise reads the new progress). */
	#leaveNotice(notice: (typeof CARRIED_NOTICES)[number]): void {
		this.notice = notice;
		write('sessionStorage', NOTICE_KEY, notice);
	}

	#takeNotice(): void {
		const notice = CARRIED_NOTICES.find((n) => n === read('sessionStorage', NOTICE_KEY));
		remove('sessionStorage', NOTICE_KEY);
		if (!notice) return;
		this.notice = notice;
		this.canUndo = notice !== 'undone' && readUndo() !== null;
	}
}

export const progress = new Progress();

/**
 * Answers given in the Open page's preview: kept for as long as the tab runs the app (so a step or a
 * language switch keeps them) and never saved, so a previewed lesson with a real lesson's slug cannot
 * change, nor add to, the student's own progress.
 */
export class UnsavedProgress extends Progress {
	override load(): void {
		this.loaded = true;
	}

	override save(): boolean {
		return true;
	}
}

/** The one store of previewed answers. */
export const previewProgress = new UnsavedProgress();

/** Context key under which a view's components find the store its exercises answer into. */
export const PROGRESS_CONTEXT = Symbol('progress');

