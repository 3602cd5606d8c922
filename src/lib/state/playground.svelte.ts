/**
 * The playground: a model described as text (or JSON) or through the layered form, checked as it is
 * typed, turned into a whole lesson (lesson/generate.ts) and shown through the Open page's worker
 * (Preview), step by step. The model lives in the URL's fragment (playground-link.ts), so a link
 * reproduces it; bad input, typed or linked, keeps its text in the editor with the checker's message.
 */
import { generateLesson, type Capped } from '../lesson/generate';
import { lineOf, readModelText } from '../lesson/model-text';
import type { Lang } from '../lesson/view';
import { DEFAULT_FORM, networkOf, type FormProblem, type NetworkForm } from './network-form';
import { editorsFor, hashFor, modelFromHash } from './playground-link';
import { DEBOUNCE_MS } from './playground-timing';
import { Preview } from './preview.svelte';
import { contentBreach, sizeBreach, type LimitBreach } from './preview-limits';

export type Mode = 'graph' | 'layers';

/** A model to start from: the computational graph of the course's first lesson, f = (x + y)·z. */
export const STARTER = `param x = -2, y = 5, z = -4
q = x + y
f = q*z
loss f
rate 0.1
`;


export type Problem = { kind: 'text'; text: string } | { kind: 'limit'; breach: LimitBreach } | { kind: 'field'; problem: FormProblem };

export class Playground {
	mode = $state<Mode>('graph');
	/** The explicit editor: the text form, or JSON `{ "model": … }`. */
	text = $state(STARTER);
	form = $state<NetworkForm>({ ...DEFAULT_FORM });
	/** What is wrong with the model now; empty when its lesson is shown. */
	problems = $state.raw<Problem[]>([]);
	/** What the lesson leaves out of a big model. */
	capped = $state.raw<Capped | null>(null);
	/** The generated lesson as a file, for download; '' until one is made. */
	lessonText = $state('');
	/** The fragment of the model shown (#model=…). */
	hash = $state('');
	/** When the last edit was checked and its lesson sent to the worker (performance.now()). */
	sentAt = $state(0);
	readonly preview: Preview;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(readonly lang: Lang) {
		this.preview = new Preview(lang, null, true);
	}

	/** Opens the model in a fragment, or the starter when there is none. */
	openHash(hash: string): void {
		const decoded = modelFromHash(hash);
		if (decoded === undefined) {
			this.compute();
			return;
		}
		if (!decoded.ok) {
			// the editor holds what the link held, so nothing of it is lost
			this.mode = 'graph';
			this.text = new URLSearchParams(hash.replace(/^#/, '')).get('model') ?? '';
			this.problems = [{ kind: 'text', text: decoded.message }];
			this.hash = hash;
			return;
		}
		this.#fill(decoded.text);
		this.compute();
	}

	/** The editors filled from a model file's text (playground-link.ts says which editor). */
	#fill(text: string): void {
		const editors = editorsFor(text);
		this.mode = editors.mode;
		if (editors.mode === 'layers') this.form = editors.form;
		else this.text = editors.text;
	}

	/** Called on every edit: checks once typing pauses. */
	edit(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.compute(), DEBOUNCE_MS);
	}

	/** The model file's text, and how to place a problem at the line the student wrote. */
	#file(): { ok: true; text: string; where: (pointer: string, p: { line: number; column: number }) => string } | { ok: false; problems: Problem[] } {
		if (this.mode === 'layers') {
			const built = networkOf(this.form);
			if (!built.ok) return { ok: false, problems: built.problems.map((problem) => ({ kind: 'field', problem })) };
			return { ok: true, text: JSON.stringify(built.file, null, 2), where: (pointer) => pointer };
		}
		if (this.text.trimStart().startsWith('{')) {
			return { ok: true, text: this.text, where: (pointer, p) => `model.json:${p.line}:${p.column}  ${pointer || '/'}` };
		}
		const read = readModelText(this.text);
		if (!read.ok) return { ok: false, problems: read.problems.map((p) => ({ kind: 'text', text: `line ${p.line}: ${p.message}` })) };
		const { lines } = read.value;
		return { ok: true, text: JSON.stringify(read.value.file, null, 2), where: (pointer) => `line ${lineOf(lines, pointer)}  ${pointer}` };
	}

	/** Checks the model now; when it is sound, writes its lesson and shows it from step 1. */
	compute(): void {
		clearTimeout(this.#timer);
		const file = this.#file();
		if (!file.ok) {
			this.problems = file.problems;
			return;
		}
		this.hash = hashFor(file.text);
		if (typeof history !== 'undefined') history.replaceState(history.state, '', this.hash);
		const breach = sizeBreach(new TextEncoder().encode(file.text).length) ?? contentBreach(file.text);
		if (breach) {
			this.problems = [{ kind: 'limit', breach }];
			return;
		}
		const result = generateLesson(file.text);
		if (!result.ok) {
			this.problems = result.problems.map((p) => ({ kind: 'text', text: `${file.where(p.pointer, p)}  ${p.message}` }));
			return;
		}
		this.problems = [];
		this.capped = result.capped;
		this.lessonText = JSON.stringify(result.lesson, null, 2) + '\n';
		this.sentAt = performance.now();
		this.preview.open(this.lessonText, 'lesson.json');
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.preview.dispose();
	}
}
