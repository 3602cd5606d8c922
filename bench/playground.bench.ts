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

export async function run(): Promise<Row[]> {
	const rows: Row[] = [];
	for (const size of [10, 30, 100]) {
		const text = writeModelText(randomModel(size, size).model) ?? '';
		let lessonText = '';
		let stepCount = 0;
		let exerciseCount = 0;
		let nodeCount = 0;
		const g = measure(
			() => {
				const read = readModelText(text);
				if (!read.ok) throw new Error('the model text does not read');
				nodeCount = read.value.file.model.nodes.length;
				const result = generateLesson(JSON.stringify(read.value.file, null, 2));
				if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
				lessonText = JSON.stringify(result.lesson, null, 2);
				stepCount = result.lesson.steps.length;
				exerciseCount = result.lesson.steps.reduce((n, s) => n + (s.kind === 'exercise' ? s.exercises.length : 0), 0);
			},
			size >= 100 ? 3 : 10,
			1
		);
		rows.push(row(`random graph, seed ${size}`, nodeCount, stepCount, exerciseCount, g.ms, lessonText, size >= 100 ? 3 : 10));
	}
	// the training page's 2-8-8-1 net after 50 updates, one example looked inside: 105 parameters, each its own backward step
	const session = createSession({ ...DEFAULT_SETTINGS, hidden: [8, 8] });
	if (!session.ok) throw new Error('the 2-8-8-1 session does not start');
	advance(session.session, 50);
	const inside = JSON.stringify({ network: exampleAt(session.session, 0) }, null, 2);
	let insideText = '';
	let insideSteps = 0;
	let insideExercises = 0;
	let insideNodes = 0;
	const gi = measure(
		() => {
			const result = generateLesson(inside);
			if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
			insideText = JSON.stringify(result.lesson, null, 2);
			insideSteps = result.lesson.steps.length;
			insideExercises = result.lesson.steps.reduce((n, s) => n + (s.kind === 'exercise' ? s.exercises.length : 0), 0);
			insideNodes = result.trace.graph.nodes.length;
		},
		3,
		1
	);
	rows.push(row('look inside a 2-8-8-1 iteration', insideNodes, insideSteps, insideExercises, gi.ms, insideText, 3));
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
