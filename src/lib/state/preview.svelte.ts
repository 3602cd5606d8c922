/**
 * The "open a lesson file" page: a lesson read from a file, a drop or pasted text, checked and
 * rendered entirely in this browser (nothing is uploaded). The work runs in a Web Worker
 * (preview.worker.ts), which loads the checker, the engine, KaTeX and the Markdown renderer itself,
 * so the page answers while a big file is checked, and Cancel ends the worker at once.
 */
import { changedSteps, noChanges, type StepChanges } from '../lesson/step-changes';
import type { Lang, StepPage } from '../lesson/view';
import { previewProgress } from './progress.svelte';
import { sizeBreach, type LimitBreach } from './preview-limits';
import type { FromWorker, Stage, ToWorker } from './preview-session';

/** The worker's stages in order, for the progress bar. */
export const STAGES: readonly Stage[] = ['read', 'parse', 'check', 'render'];

export type PreviewStatus =
	| { kind: 'idle' }
	/** `stage` is under way; on 'render', for step `index`. */
	| { kind: 'working'; stage: Stage; index: number }
	| { kind: 'ready' }
	| { kind: 'failed'; stage: Stage; index: number; message: string }
	| { kind: 'refused'; breach: LimitBreach }
	| { kind: 'cancelled' };

/** sessionStorage (one tab's): the lesson open on the Open page, so the other language's page reopens it, and a reopened file can be compared. */
export const KEPT_KEY = 'cadena.open.lesson';

/** What is kept of the lesson shown. */
interface Kept {
	text: string;
	fileName: string;
	lang: Lang;
	index: number;
	seed: number | null;
	/** The lesson's id and each step's digest, in `lang`, once the worker has sent them. */
	lessonId?: string;
	digests?: string[];
}

function readKept(key: string): Kept | null {
	try {
		const raw = sessionStorage.getItem(key);
		if (raw === null) return null;
		const v: unknown = JSON.parse(raw);
		if (typeof v !== 'object' || v === null) return null;
		const text = 'text' in v ? v.text : undefined;
		const fileName = 'fileName' in v ? v.fileName : undefined;
		const lang = 'lang' in v ? v.lang : undefined;
		const index = 'index' in v ? v.index : undefined;
		const seed = 'seed' in v ? v.seed : undefined;
		if (typeof text !== 'string' || typeof fileName !== 'string' || (lang !== 'en' && lang !== 'es')) return null;
		const lessonId = 'lessonId' in v && typeof v.lessonId === 'string' ? v.lessonId : undefined;
		const digests = 'digests' in v && Array.isArray(v.digests) && v.digests.every((d) => typeof d === 'string') ? v.digests.map(String) : undefined;
		return {
			text,
			fileName,
			lang,
			index: typeof index === 'number' && Number.isInteger(index) && index >= 1 ? index : 1,
			seed: typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 ? seed : null,
			...(lessonId !== undefined && digests !== undefined ? { lessonId, digests } : {})
		};
	} catch {
		// storage blocked, or text that is not ours: nothing to reopen
		return null;
	}
}

function writeKept(key: string, kept: Kept): void {
	try {
		sessionStorage.setItem(key, JSON.stringify(kept));
	} catch {
		// full or blocked: the lesson stays on this page, only a language switch will not carry it
	}
}

export class Preview {
	fileName = $state('');
	status = $state.raw<PreviewStatus>({ kind: 'idle' });
	/** check's problems, one line each: FILE:LINE:COL  /pointer  message; null until check has finished. */
	problems = $state.raw<string[] | null>(null);
	/** Why the variant asked for with a seed does not load. */
	variantProblems = $state.raw<string[]>([]);
	/** The step shown, rendered by the worker. */
	page = $state.raw<StepPage | null>(null);
	stepCount = $state(0);
	/** Whether the model has ranges or choices, so a seed means something. */
	variants = $state(false);
	index = $state(1);
	/** A variant's seed; null shows the nominal numbers. */
	seed = $state<number | null>(null);
	/** Counts the files opened: a reopened file's exercises start afresh even under the same name. */
	generation = $state(0);
	/** What changed since the same lesson was last opened in this tab (in this language); null when it was not. */
	changes = $state.raw<StepChanges | null>(null);
	/** True when the lesson shown was carried over from the other language's page. */
	kept = $state(false);
	/** The lesson's text and where it is, as kept for this tab. */
	#kept: Kept | null = null;
	/** A reopen says only what changed: the same lesson again is no news. */
	#reopening = false;
	#worker: Worker | null = null;
	/** The latest request: answers to older ones are dropped, so nothing stale is shown. */
	#request = 0;
	/** The request that opened the lesson shown: its whole check may still be under way behind a step asked for since. */
	#opened = 0;

	/**
	 * `keepKey`: the sessionStorage key the lesson is kept under for this tab (the Open page's KEPT_KEY); without
	 * one, it is kept in memory only. `stepFirst`: show the step before the whole check (the playground's
	 * lessons, generated from a checked model, are on screen as the student types).
	 */
	constructor(
		readonly lang: Lang,
		private readonly keepKey: string | null = null,
		private readonly stepFirst = false
	) {}

	#keep(kept: Kept): void {
		this.#kept = kept;
		if (this.keepKey !== null) writeKept(this.keepKey, kept);
	}

	/** A file past the size limit is refused before it is read. */
	async openFile(file: File): Promise<void> {
		const breach = sizeBreach(file.size);
		if (breach) {
			this.#reset(file.name);
			this.status = { kind: 'refused', breach };
			return;
		}
		this.open(await file.text(), file.name);
	}

	open(text: string, fileName: string, at: { index: number; seed: number | null } = { index: 1, seed: null }): void {
		// a file still being checked is dropped with its worker, not queued behind
		if (this.status.kind === 'working') this.#stop();
		this.#reset(fileName);
		this.seed = at.seed;
		this.#reopening = false;
		this.generation++;
		this.kept = false;
		// the answers given to the last version would be graded against its numbers
		previewProgress.data.lessons = {};
		const breach = sizeBreach(new Blob([text]).size);
		if (breach) {
			this.status = { kind: 'refused', breach };
			return;
		}
		const before = this.keepKey === null ? this.#kept : readKept(this.keepKey);
		this.#keep({
			text,
			fileName,
			lang: this.lang,
			...at,
			// the last version's digests, until this one's arrive
			...(before?.lang === this.lang && before.lessonId !== undefined && before.digests ? { lessonId: before.lessonId, digests: before.digests } : {})
		});
		this.status = { kind: 'working', stage: 'read', index: at.index };
		this.#opened = this.#request;
		// a lesson not kept for the Open page (the playground's) shows its step while it is checked
		this.#send({ type: 'open', id: this.#request, text, fileName, lang: this.lang, ...at, ...(this.stepFirst ? { stepFirst: true } : {}) });
	}

	/**
	 * Reopens the lesson this tab last showed on an Open page (the other language's, or this one before a
	 * reload), at the step and seed it was left at, or at step `index` (a step link opened in a new tab);
	 * false when there is none.
	 */
	reopen(index?: number): boolean {
		const kept = this.keepKey === null ? null : readKept(this.keepKey);
		if (!kept) return false;
		const fromOtherLang = kept.lang !== this.lang;
		this.open(kept.text, kept.fileName, { index: index ?? kept.index, seed: kept.seed });
		this.kept = fromOtherLang;
		this.#reopening = true;
		return true;
	}

	/** Asks the worker for step `index` with `seed`; the step shown stays until the new one arrives. */
	show(index: number, seed: number | null = this.seed): void {
		if (this.stepCount === 0) return;
		this.index = Math.min(Math.max(1, index), this.stepCount);
		this.seed = seed;
		if (this.#kept) this.#keep({ ...this.#kept, index: this.index, seed });
		this.#request++;
		this.status = { kind: 'working', stage: 'render', index: this.index };
		this.#send({ type: 'step', id: this.#request, index: this.index, seed });
	}

	/** Ends the worker wherever it is; nothing half-done stays on the page. */
	cancel(): void {
		this.#stop();
		this.#reset(this.fileName);
		this.status = { kind: 'cancelled' };
	}

	dispose(): void {
		this.#stop();
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}

	#reset(fileName: string): void {
		this.#request++;
		this.fileName = fileName;
		this.problems = null;
		this.variantProblems = [];
		this.page = null;
		this.stepCount = 0;
		this.variants = false;
		this.index = 1;
		this.seed = null;
		this.changes = null;
	}

	#send(message: ToWorker): void {
		if (!this.#worker) {
			const worker = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
			worker.onmessage = (e: MessageEvent<FromWorker>) => this.#receive(e.data);
			// a worker that cannot start, or dies, fails whatever it was doing
			worker.onerror = (e) => {
				e.preventDefault();
				this.#fail(e.message || 'the worker stopped');
			};
			worker.onmessageerror = () => this.#fail('a message from the worker could not be read');
			this.#worker = worker;
		}
		this.#worker.postMessage(message);
	}

	#fail(message: string): void {
		const doing: { stage: Stage; index: number } = this.status.kind === 'working' ? this.status : { stage: 'read', index: 1 };
		this.#stop();
		this.page = null;
		this.status = { kind: 'failed', stage: doing.stage, index: doing.index, message };
	}

	#receive(m: FromWorker): void {
		const latest = m.id === this.#request;
		// the check of the lesson opened still tells, even when a step was asked for before it ended (the
		// playground shows its first step first); a step drawn for an older request does not
		if (!latest && !(m.id === this.#opened && (m.type === 'checked' || m.type === 'digests' || m.type === 'failed'))) return;
		switch (m.type) {
			case 'read':
				this.status = { kind: 'working', stage: 'parse', index: 1 };
				break;
			case 'refused':
				this.status = { kind: 'refused', breach: m.breach };
				break;
			case 'parsed':
				this.stepCount = m.stepCount;
				this.variants = m.variants;
				this.status = { kind: 'working', stage: 'check', index: 1 };
				break;
			case 'checked':
				this.problems = m.problems;
				// a step already shown (stepFirst) stays; otherwise step 1 is rendered next
				if (!latest) break; // the step asked for is still being drawn
				this.status = this.stepCount > 0 && !this.page ? { kind: 'working', stage: 'render', index: 1 } : { kind: 'ready' };
				break;
			case 'rendered':
				this.page = m.page;
				this.index = m.index;
				if (this.#kept && this.#kept.index !== m.index) this.#keep({ ...this.#kept, index: m.index });
				this.variantProblems = m.problems;
				this.status = { kind: 'ready' };
				break;
			case 'digests': {
				const kept = this.#kept;
				if (!kept) break;
				// another lesson pasted over this one is not a change of it
				const changes = kept.lessonId === m.lessonId && kept.digests ? changedSteps(kept.digests, m.digests) : null;
				this.changes = changes && this.#reopening && noChanges(changes) ? null : changes;
				this.#keep({ ...kept, lessonId: m.lessonId, digests: m.digests });
				break;
			}
			case 'failed':
				// whatever was shown belongs to another file or step
				this.page = null;
				this.status = { kind: 'failed', stage: m.stage, index: this.index, message: m.message };
				break;
		}
	}
}
