/**
 * The playground's path from the last keystroke to a lesson on screen, on seeded random models: the page
 * reads the model's text and writes its lesson (main thread), then the worker loads it and renders step 1,
 * and only then checks the whole lesson (stepFirst), its problems shown when they come. The baseline is the
 * same worker path for the course's worked example, a lesson an author wrote. Aim: under 200 ms for a
 * 10-node graph, the page's debounce included.
 */
import { readFileSync } from 'node:fs';
import { checkLessonText } from '../src/lib/lesson/check';
import { generateLesson } from '../src/lib/lesson/generate';
import { loadLesson } from '../src/lib/lesson/load';
import { readModelText, writeModelText } from '../src/lib/lesson/model-text';
import { randomModel } from '../src/lib/lesson/random-models';
import { buildStepPage } from '../src/lib/tex/page';
import { DEBOUNCE_MS } from '../src/lib/state/playground-timing';
import { advance, createSession, exampleAt } from '../src/lib/playground-train/session';
import { DEFAULT_SETTINGS } from '../src/lib/playground-train/settings';
import { measure, ms, type Row } from './lib';

export const name = 'playground';
export const title = `Playground: model text → lesson on screen (aim: a 10-node graph under 200 ms, the ${DEBOUNCE_MS} ms debounce included)`;

/** The worker's stepFirst path: load, then step 1 on screen; the check follows, off the critical path. */
function firstStep(lessonText: string): void {
	const loaded = loadLesson(lessonText);
	if (!loaded.ok) throw new Error('the lesson does not load');
	buildStepPage(loaded.loaded, 'preview', 1, 'en');
}

function row(what: string, nodes: number, steps: number, exercises: number, generate: number | undefined, lessonText: string, runs: number): Row {
	const shown = measure(() => firstStep(lessonText), runs, 1);
	const check = measure(() => checkLessonText(lessonText), Math.min(runs, 3), 1);
	const total = (generate ?? 0) + shown.ms;
	return {
		model: what,
		nodes,
		steps,
		exercises,
		'text → lesson (ms)': generate === undefined ? '—' : ms(generate),
		'load + step 1 (ms)': ms(shown.ms),
		'on screen after (ms)': ms(total),
		'with debounce (ms)': generate === undefined ? '—' : ms(total + DEBOUNCE_MS),
		'check, after (ms)': ms(check.ms),
		runs
	};
}

/** Times the page's text → lesson over `runs`, then the worker's path for the lesson it wrote. */
function generatedRow(what: string, toModelFile: () => string, runs: number): Row {
	let lessonText = '';
	let steps = 0;
	let exercises = 0;
	let nodes = 0;
	const g = measure(
		() => {
			const result = generateLesson(toModelFile());
			if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
			lessonText = JSON.stringify(result.lesson, null, 2);
			steps = result.lesson.steps.length;
			exercises = result.lesson.steps.reduce((n, s) => n + (s.kind === 'exercise' ? s.exercises.length : 0), 0);
			nodes = result.trace.graph.nodes.length;
		},
		runs,
		1
	);
	return row(what, nodes, steps, exercises, g.ms, lessonText, runs);
}

export async function run(): Promise<Row[]> {
	const rows: Row[] = [];
	for (const size of [10, 30, 100]) {
		const text = writeModelText(randomModel(size, size).model) ?? '';
		// the text form is read on every keystroke too, so it is part of the time
		const toModelFile = (): string => {
			const read = readModelText(text);
			if (!read.ok) throw new Error('the model text does not read');
			return JSON.stringify(read.value.file, null, 2);
		};
		rows.push(generatedRow(`random graph, seed ${size}`, toModelFile, size >= 100 ? 3 : 10));
	}
	// the training page's 2-8-8-1 net after 50 updates, one example looked inside: 105 parameters, each its own backward step
	const session = createSession({ ...DEFAULT_SETTINGS, hidden: [8, 8] });
	if (!session.ok) throw new Error('the 2-8-8-1 session does not start');
	advance(session.session, 50);
	const inside = JSON.stringify({ network: exampleAt(session.session, 0) }, null, 2);
	rows.push(generatedRow('look inside a 2-8-8-1 iteration', () => inside, 3));
	const worked = readFileSync('lessons/03-worked-example/lesson.json', 'utf8');
	const loaded = loadLesson(worked);
	if (!loaded.ok) throw new Error('the worked example does not load');
	const { lesson } = loaded.loaded;
	rows.push(
		row(
			'baseline: the worked example (authored)',
			loaded.loaded.graph.nodes.length,
			lesson.steps.length,
			lesson.steps.reduce((n, s) => n + (s.kind === 'exercise' ? s.exercises.length : 0), 0),
			undefined,
			worked,
			5
		)
	);
	return rows;
}
