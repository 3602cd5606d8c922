import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Preview } from './preview.svelte';
import { PreviewSession, type FromWorker, type ToWorker } from './preview-session';

const oneNeuron = readFileSync(new URL('../../../lessons/02-one-neuron/lesson.json', import.meta.url), 'utf8');

/**
 * The page's side of the worker, with the worker's answers held until the test delivers them: a student
 * can press → after one answer arrived and before the next (the real worker's answers wait on a busy machine).
 */
let inbox: FromWorker[] = [];
/** The worker's own queue (its digests run one step per task). */
let tasks: (() => void)[] = [];

class HeldWorker {
	onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	readonly #session = new PreviewSession(
		(m) => inbox.push(m),
		undefined,
		(task) => tasks.push(task)
	);
	postMessage(message: ToWorker): void {
		this.#session.handle(message);
	}
	terminate(): void {}
	/** Hands the page the worker's answers, the first `count` of them (all by default). */
	deliver(count = inbox.length): FromWorker[] {
		const now = inbox.splice(0, count);
		for (const m of now) this.onmessage?.(new MessageEvent('message', { data: m }));
		return now;
	}
}

let worker: HeldWorker | null = null;

beforeEach(() => {
	inbox = [];
	tasks = [];
	worker = null;
	vi.stubGlobal(
		'Worker',
		class extends HeldWorker {
			constructor() {
				super();
				worker = this;
			}
		}
	);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

function held(): HeldWorker {
	if (!worker) throw new Error('no worker was started');
	return worker;
}

/** Delivers answers one at a time until one of `type` has arrived. */
function deliverUntil(type: FromWorker['type']): void {
	for (;;) {
		const [m] = held().deliver(1);
		if (!m) throw new Error(`the worker never answered ${type}`);
		if (m.type === type) return;
	}
}

// checking one-neuron draws its 50 variants: seconds on a busy machine
describe('a lesson shown by the worker', { timeout: 30_000 }, () => {
	it('the playground: a step asked for while the whole check runs is shown, and the check still tells', () => {
		const preview = new Preview('en', null, true);
		preview.open(oneNeuron, 'lesson.json');
		deliverUntil('rendered');
		expect(preview.page?.index).toBe(1);
		// → before the check's verdict has arrived
		preview.show(2);
		expect(preview.index).toBe(2);
		deliverUntil('checked');
		expect(preview.problems).toEqual([]);
		// the step asked for is still being drawn
		expect(preview.status).toMatchObject({ kind: 'working', stage: 'render', index: 2 });
		deliverUntil('rendered');
		expect(preview.page?.index).toBe(2);
		expect(preview.status).toEqual({ kind: 'ready' });
	});

	it('the Open page: a file opened again and stepped through before its digests arrive still says what changed', () => {
		const preview = new Preview('en', null);
		preview.open(oneNeuron, 'lesson.json');
		held().deliver();
		while (tasks.length > 0) tasks.shift()?.();
		deliverUntil('digests');
		expect(preview.changes).toBeNull();

		preview.open(oneNeuron.replace('"en": "One output neuron"', '"en": "One output neuron, edited"'), 'lesson.json');
		deliverUntil('rendered');
		preview.show(3);
		deliverUntil('rendered');
		expect(preview.page?.index).toBe(3);
		while (tasks.length > 0) tasks.shift()?.();
		deliverUntil('digests');
		expect(preview.changes).toEqual({ changed: [1], added: [], removed: [] });
	});

	it('drops a step drawn for a request since replaced', () => {
		const preview = new Preview('en', null);
		preview.open(oneNeuron, 'lesson.json');
		deliverUntil('rendered');
		preview.show(2);
		preview.show(3);
		held().deliver();
		expect(preview.page?.index).toBe(3);
		expect(preview.index).toBe(3);
	});
});
