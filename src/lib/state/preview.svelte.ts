/**
 * The "open a lesson file" page: a lesson read from a file, a drop or pasted text, checked and
 * rendered entirely in this browser (nothing is uploaded). The work runs in a Web Worker
 * (preview.worker.ts), which loads the checker, the engine, KaTeX and the Markdown renderer itself,
 * so the page answers while a big file is checked, and Cancel ends the worker at once.
 */
import type { Lang, StepPage } from '../lesson/view';
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
	#worker: Worker | null = null;
	/** The latest request: answers to older ones are dropped, so nothing stale is shown. */
	#request = 0;

	constructor(readonly lang: Lang) {}

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

	open(text: string, fileName: string): void {
		// a file still being checked is dropped with its worker, not queued behind
		if (this.status.kind === 'working') this.#stop();
		this.#reset(fileName);
		const breach = sizeBreach(new Blob([text]).size);
		if (breach) {
			this.status = { kind: 'refused', breach };
			return;
		}
		this.status = { kind: 'working', stage: 'read', index: 1 };
		this.#send({ type: 'open', id: this.#request, text, fileName, lang: this.lang });
	}

	/** Asks the worker for step `index` with `seed`; the step shown stays until the new one arrives. */
	show(index: number, seed: number | null = this.seed): void {
		if (this.stepCount === 0) return;
		this.index = Math.min(Math.max(1, index), this.stepCount);
		this.seed = seed;
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
		if (m.id !== this.#request) return;
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
				this.status = this.stepCount > 0 ? { kind: 'working', stage: 'render', index: 1 } : { kind: 'ready' };
				break;
			case 'rendered':
				this.page = m.page;
				this.index = m.index;
				this.variantProblems = m.problems;
				this.status = { kind: 'ready' };
				break;
			case 'failed':
				// whatever was shown belongs to another file or step
				this.page = null;
				this.status = { kind: 'failed', stage: m.stage, index: this.index, message: m.message };
				break;
		}
	}
}
