/** Grading a student's answer in the browser's place: a number, an arithmetic answer and a formula. */
import { readFileSync } from 'node:fs';
import { gradeExercise } from '../src/lib/check/grade-at';
import { exerciseKey, exerciseView } from '../src/lib/lesson/exercise';
import { loadLesson } from '../src/lib/lesson/load';
import type { ExerciseView } from '../src/lib/lesson/view';
import { measure, ms, type Row } from './lib';

export const name = 'grade';
export const title = 'Grading one answer on the worked example (aim: under 5 ms each)';

function exercise(quantity: string, answer: 'number' | 'expression'): ExerciseView {
	const loaded = loadLesson(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));
	if (!loaded.ok) throw new Error('the worked example does not load');
	const ex = { id: quantity, quantity, answer, prompt: { es: '', en: '' }, hints: [], misconceptions: [] };
	const key = exerciseKey(loaded.loaded.trace, ex, 'en', 5);
	if (!key.ok) throw new Error(key.message);
	return exerciseView(ex, key.key, 5);
}

export async function run(): Promise<Row[]> {
	const runs = 2000;
	const cases: [string, ExerciseView, string][] = [
		['number (right)', exercise('grad:w1', 'number'), '0.00111'],
		['number (a named mistake)', exercise('grad:w1', 'number'), '0.0016'],
		['arithmetic', exercise('grad:w5', 'number'), '0.68493*0.19481*0.60109'],
		['expression (11 points)', exercise('local:yhat1/sum_yhat1', 'expression'), 'yhat1*(1-yhat1)'],
		['expression (a named mistake)', exercise('local:yhat1/sum_yhat1', 'expression'), 'sum_yhat1*(1-sum_yhat1)']
	];
	return cases.map(([what, ex, text]) => {
		const m = measure(() => gradeExercise(text, ex, 'en'), runs, 200);
		return { answer: what, typed: text, verdict: gradeExercise(text, ex, 'en').type, 'median (ms)': ms(m.ms), runs };
	});
}
