/**
 * The "open a lesson file" page: a lesson read from a file, a drop or pasted text, checked and
 * rendered entirely in this browser (nothing is uploaded). The checker, the engine, KaTeX and the
 * Markdown renderer are loaded when the first file is opened.
 */
import type { LoadedLesson } from '../lesson/load';
import type { Lang, StepPage } from '../lesson/view';

export class Preview {
	fileName = $state('');
	/** check's problems, one line each: FILE:LINE:COL  /pointer  message. */
	problems = $state<string[]>([]);
	loaded = $state.raw<LoadedLesson | null>(null);
	index = $state(1);
	/** A variant's seed; null shows the nominal numbers. */
	seed = $state<number | null>(null);
	busy = $state(false);
	#text = '';

	constructor(readonly lang: Lang) {}

	get stepCount(): number {
		return this.loaded?.lesson.steps.length ?? 0;
	}

	async open(text: string, fileName: string): Promise<void> {
		this.busy = true;
		this.#text = text;
		this.fileName = fileName;
		const [{ checkLessonText }, { formatProblem }] = await Promise.all([import('../lesson/check'), import('../lesson/source')]);
		this.problems = checkLessonText(text).map((p) => formatProblem(fileName, p));
		this.index = 1;
		await this.reload();
		this.busy = false;
	}

	/** Loads the lesson again with the current seed. */
	async reload(): Promise<void> {
		const { loadLesson } = await import('../lesson/load');
		const result = loadLesson(this.#text, this.seed === null ? {} : { seed: this.seed });
		this.loaded = result.ok ? result.loaded : null;
		if (this.index > this.stepCount) this.index = Math.max(1, this.stepCount);
	}

	async page(): Promise<StepPage | null> {
		const loaded = this.loaded;
		if (!loaded) return null;
		const { buildStepPage } = await import('../tex/page');
		// exercises answered here are kept apart from the real lesson's progress
		return buildStepPage(loaded, `preview-${loaded.lesson.id}`, this.index, this.lang);
	}
}
