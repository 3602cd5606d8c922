/**
 * The Open page's work, done in a Web Worker (preview.worker.ts) so the page never waits on it: read the
 * text, load the lesson, check it, and render one step at a time, only the step that is shown. Each stage
 * posts a message, so the page can show how far it got; anything that throws is posted as a failure of the
 * stage it happened in, never as an empty list of problems.
 */
import { checkLessonText } from '../lesson/check';
import { loadLesson, type LoadedLesson, type LoadResult } from '../lesson/load';
import { formatProblem, type Problem } from '../lesson/source';
import type { Lang, StepPage } from '../lesson/view';
import { stepDigest } from '../lesson/step-changes';
import { buildStepPage } from '../tex/page';
import { contentBreach, sizeBreach, type LimitBreach } from './preview-limits';

/** What the worker does, in order; a failure names the one it was doing. */
export type Stage = 'read' | 'parse' | 'check' | 'render';

export type ToWorker =
	/** `index` and `seed`: the step to show first (a lesson reopened where it was left). */
	/** `stepFirst`: render the step before checking, and skip the digests (the playground's lessons are generated from a checked model). */
	| { type: 'open'; id: number; text: string; fileName: string; lang: Lang; index?: number; seed?: number | null; stepFirst?: boolean }
	| { type: 'step'; id: number; index: number; seed: number | null };

export type FromWorker =
	/** The text arrived and is within the limits. */
	| { type: 'read'; id: number }
	| { type: 'refused'; id: number; breach: LimitBreach }
	/** Loaded: how many steps it has (0 when it does not load; check then says why). */
	| { type: 'parsed'; id: number; stepCount: number; variants: boolean }
	/** check's problems, one line each: FILE:LINE:COL  /pointer  message. */
	| { type: 'checked'; id: number; problems: string[] }
	/** Step `index` with the seed asked for; no page when that variant does not load, with its problems. */
	| { type: 'rendered'; id: number; index: number; page: StepPage | null; problems: string[] }
	| { type: 'failed'; id: number; stage: Stage; message: string }
	/** After the first step is shown: a digest of every step's nominal rendering, to tell a re-opened file's changed steps. */
	| { type: 'digests'; id: number; lessonId: string; digests: string[] };

/** The lesson functions the session calls; tests replace one to make it throw. */
export interface Work {
	check: (text: string) => Problem[];
	load: (text: string, options?: { seed?: number }) => LoadResult;
	render: (loaded: LoadedLesson, slug: string, index: number, lang: Lang) => StepPage | null;
}

const lessonWork: Work = { check: checkLessonText, load: loadLesson, render: buildStepPage };

function messageOf(err: unknown): string {
	if (err instanceof Error) return `${err.name}: ${err.message}`;
	return String(err);
}

export class PreviewSession {
	#text = '';
	#fileName = '';
	#lang: Lang = 'en';
	/** The lesson loaded with `#seed`; null when it does not load. */
	#loaded: LoadedLesson | null = null;
	#seed: number | null = null;
	/** Counts the digest runs: a newer file's run ends the older one. */
	#digestRun = 0;

	/** `schedule`: runs a task later (the worker's own queue, so messages are handled between tasks). */
	constructor(
		private readonly post: (message: FromWorker) => void,
		private readonly work: Work = lessonWork,
		private readonly schedule: (task: () => void) => void = (task) => void setTimeout(task, 0)
	) {}

	handle(message: ToWorker): void {
		if (message.type === 'open') this.#open(message);
		else void this.#step(message.id, message.index, message.seed);
	}

	/** Runs one stage; a throw is posted as that stage's failure and stops the rest. */
	#stage<T>(id: number, stage: Stage, run: () => T): { ok: true; value: T } | { ok: false } {
		try {
			return { ok: true, value: run() };
		} catch (err) {
			this.post({ type: 'failed', id, stage, message: messageOf(err) });
			return { ok: false };
		}
	}

	#open({ id, text, fileName, lang, index = 1, seed = null, stepFirst = false }: Extract<ToWorker, { type: 'open' }>): void {
		this.#digestRun++;
		this.#text = text;
		this.#fileName = fileName;
		this.#lang = lang;
		this.#loaded = null;
		this.#seed = null;
		const read = this.#stage(id, 'read', () => sizeBreach(new TextEncoder().encode(text).length) ?? contentBreach(text));
		if (!read.ok) return;
		if (read.value) {
			this.post({ type: 'refused', id, breach: read.value });
			return;
		}
		this.post({ type: 'read', id });
		const parsed = this.#stage(id, 'parse', () => this.work.load(text));
		if (!parsed.ok) return;
		const result = parsed.value;
		this.#loaded = result.ok ? result.loaded : null;
		this.post({ type: 'parsed', id, stepCount: result.ok ? result.loaded.lesson.steps.length : 0, variants: result.ok && result.loaded.variants });
		const first = this.#loaded;
		if (stepFirst && first && !this.#step(id, Math.min(Math.max(1, index), first.lesson.steps.length), seed)) return;
		const checked = this.#stage(id, 'check', () => this.work.check(text));
		if (!checked.ok) return;
		let problems = checked.value;
		// a lesson that does not load always has a problem to show, even if check found none
		if (!result.ok && problems.length === 0) problems = result.problems;
		if (!result.ok && problems.length === 0) {
			this.post({ type: 'failed', id, stage: 'check', message: 'the lesson does not load, yet no problem was found' });
			return;
		}
		// each with its source line and a caret under the place, as the command line prints them
		this.post({ type: 'checked', id, problems: problems.map((p) => formatProblem(fileName, p, text)) });
		const nominal = this.#loaded;
		if (!nominal || stepFirst) return;
		// a reopened file may have fewer steps than where it was left
		if (!this.#step(id, Math.min(Math.max(1, index), nominal.lesson.steps.length), seed)) return;
		this.#digest(id, nominal);
	}

	/**
	 * Renders every step of the nominal lesson for its digest, one step per task, so a step asked for
	 * meanwhile is not kept waiting behind all of them; a newer file stops it. A failure here only means
	 * no digests: the step shown stays.
	 */
	#digest(id: number, nominal: LoadedLesson): void {
		const run = ++this.#digestRun;
		const digests: string[] = [];
		const next = (): void => {
			if (run !== this.#digestRun) return;
			const i = digests.length;
			if (i === nominal.lesson.steps.length) {
				this.post({ type: 'digests', id, lessonId: nominal.lesson.id, digests });
				return;
			}
			try {
				const page = this.work.render(nominal, `preview-${nominal.lesson.id}`, i + 1, this.#lang);
				digests.push(page ? stepDigest(page) : '');
			} catch {
				return;
			}
			this.schedule(next);
		};
		this.schedule(next);
	}

	/** Posts step `index`; false when it could not be rendered. */
	#step(id: number, index: number, seed: number | null): boolean {
		const rendered = this.#stage(id, 'render', () => {
			if (seed !== this.#seed) {
				const result = this.work.load(this.#text, seed === null ? {} : { seed });
				if (!result.ok) return { page: null, problems: result.problems.map((p) => formatProblem(this.#fileName, p)) };
				this.#loaded = result.loaded;
				this.#seed = seed;
			}
			const loaded = this.#loaded;
			if (!loaded) return { page: null, problems: [] };
			// exercises answered here are kept apart from the real lesson's progress
			return { page: this.work.render(loaded, `preview-${loaded.lesson.id}`, index, this.#lang), problems: [] };
		});
		if (!rendered.ok) return false;
		const { page, problems } = rendered.value;
		if (!page && problems.length === 0) {
			this.post({ type: 'failed', id, stage: 'render', message: `the lesson has no step ${index}` });
			return false;
		}
		this.post({ type: 'rendered', id, index, page, problems });
		return true;
	}
}
