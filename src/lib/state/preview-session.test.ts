import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonText } from '../lesson/check';
import { loadLesson } from '../lesson/load';
import { buildStepPage } from '../tex/page';
import { LIMITS } from './preview-limits';
import { PreviewSession, type FromWorker, type ToWorker, type Work } from './preview-session';

const oneNeuron = readFileSync(new URL('../../../lessons/02-one-neuron/lesson.json', import.meta.url), 'utf8');
const realWork: Work = { check: checkLessonText, load: loadLesson, render: buildStepPage };

/** Runs messages through a session; returns what it posted. */
function run(messages: ToWorker[], work: Work = realWork): FromWorker[] {
	const posted: FromWorker[] = [];
	// digests run one step per task: here each task runs at once, so every message is posted before run returns
	const session = new PreviewSession((m) => posted.push(m), work, (task) => task());
	for (const m of messages) session.handle(m);
	return posted;
}

const open = (text: string): ToWorker => ({ type: 'open', id: 1, text, fileName: 'lesson.json', lang: 'en' });

// checking one-neuron draws its 50 variants: seconds on a busy machine
describe('the Open page worker', { timeout: 30_000 }, () => {
	it('posts each stage in order, then step 1 only, then every step\'s digest', () => {
		const posted = run([open(oneNeuron)]);
		expect(posted.map((m) => m.type)).toEqual(['read', 'parsed', 'checked', 'rendered', 'digests']);
		const rendered = posted[3];
		expect(rendered?.type === 'rendered' && rendered.index).toBe(1);
		expect(rendered?.type === 'rendered' && rendered.page?.step.title).toBe('One output neuron');
		const parsed = posted[1];
		const digests = posted[4];
		expect(digests?.type === 'digests' && digests.lessonId).toBe('one-neuron');
		expect(digests?.type === 'digests' && digests.digests.length).toBe(parsed?.type === 'parsed' && parsed.stepCount);
	});

	it('digests every step one task at a time, and a newer file ends the older digests', () => {
		const posted: FromWorker[] = [];
		const tasks: (() => void)[] = [];
		const session = new PreviewSession((m) => posted.push(m), realWork, (task) => tasks.push(task));
		session.handle(open(oneNeuron));
		expect(posted.map((m) => m.type)).toEqual(['read', 'parsed', 'checked', 'rendered']);
		// a step asked for while the digests are under way is answered at once
		tasks.shift()?.();
		session.handle({ type: 'step', id: 2, index: 2, seed: null });
		expect(posted[posted.length - 1]).toMatchObject({ type: 'rendered', id: 2, index: 2 });
		session.handle({ ...open(oneNeuron), id: 3 });
		while (tasks.length > 0) tasks.shift()?.();
		const digests = posted.filter((m) => m.type === 'digests');
		expect(digests.map((m) => m.id)).toEqual([3]);
	});

	it('asked for the step first (the playground), renders it before checking, and draws no digests', () => {
		const posted = run([{ type: 'open', id: 1, text: oneNeuron, fileName: 'lesson.json', lang: 'en', stepFirst: true }]);
		expect(posted.map((m) => m.type)).toEqual(['read', 'parsed', 'rendered', 'checked']);
		const checked = posted[3];
		expect(checked?.type === 'checked' && checked.problems).toEqual([]);
	});

	it('reopens a lesson at the step and seed it was left at, within its steps', () => {
		const at = run([{ ...open(oneNeuron), index: 3, seed: 7 }]).find((m) => m.type === 'rendered');
		expect(at).toMatchObject({ type: 'rendered', index: 3, problems: [] });
		const past = run([{ ...open(oneNeuron), index: 999 }]).find((m) => m.type === 'rendered');
		expect(past?.type === 'rendered' && past.page?.index).toBe(past?.type === 'rendered' && past.page?.lesson.stepCount);
	});

	it('renders the step asked for, with the seed asked for', () => {
		const posted = run([open(oneNeuron), { type: 'step', id: 2, index: 3, seed: 7 }]);
		const last = posted[posted.length - 1];
		expect(last).toMatchObject({ type: 'rendered', id: 2, index: 3, problems: [] });
		expect(last?.type === 'rendered' && last.page?.index).toBe(3);
	});

	it('reports a crash in check as a failure of checking, never as no problems', () => {
		const crash: Work = {
			...realWork,
			check: () => {
				throw new RangeError('Maximum call stack size exceeded');
			}
		};
		const posted = run([open(oneNeuron)], crash);
		expect(posted.map((m) => m.type)).toEqual(['read', 'parsed', 'failed']);
		expect(posted[2]).toEqual({ type: 'failed', id: 1, stage: 'check', message: 'RangeError: Maximum call stack size exceeded' });
	});

	it('reports a step that throws as a failure of that step', () => {
		const crash: Work = {
			...realWork,
			render: () => {
				throw new Error('bad block');
			}
		};
		const posted = run([open(oneNeuron)], crash);
		expect(posted[posted.length - 1]).toEqual({ type: 'failed', id: 1, stage: 'render', message: 'Error: bad block' });
	});

	it('refuses a lesson past a limit before loading it', () => {
		let loads = 0;
		const counting: Work = { ...realWork, load: (text, options) => (loads++, loadLesson(text, options)) };
		const steps = Array.from({ length: LIMITS.steps + 1 }, () => ({ kind: 'text' }));
		const posted = run([open(JSON.stringify({ id: 'big', steps }))], counting);
		expect(posted).toEqual([{ type: 'refused', id: 1, breach: { limit: 'steps', found: LIMITS.steps + 1, max: LIMITS.steps } }]);
		expect(loads).toBe(0);
	});

	it('lists the problems of a lesson that does not load, and renders nothing', () => {
		const posted = run([open(oneNeuron.replace('"expr": "w*a_prev + b"', '"expr": "w*a_prev + bb"'))]);
		expect(posted.map((m) => m.type)).toEqual(['read', 'parsed', 'checked']);
		expect(posted[1]).toMatchObject({ stepCount: 0 });
		const checked = posted[2];
		expect(checked?.type === 'checked' && checked.problems.join('\n')).toMatch(/lesson\.json:\d+:\d+ +\/model\/nodes\/0\/expr +unknown name "bb"/);
	});

	it('reports text that is not JSON as a problem at its place', () => {
		const posted = run([open('{ "id": ')]);
		const checked = posted.find((m) => m.type === 'checked');
		expect(checked?.type === 'checked' && checked.problems[0]).toMatch(/^lesson\.json:1:\d+ +\/ +JSON syntax/);
	});
});
