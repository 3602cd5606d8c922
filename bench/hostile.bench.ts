/** The hostile corpus through the number grader: how long the slowest answer takes to be refused. */
import { gradeNumber } from '../src/lib/check/grade';
import { HOSTILE } from '../src/lib/check/hostile-corpus';
import { measure, ms, type Row } from './lib';

export const name = 'hostile';
export const title = `The ${HOSTILE.length} hostile answers through the number grader (the grader stops at 200 000 steps or 250 ms)`;

export async function run(): Promise<Row[]> {
	const timings = HOSTILE.map(([what, text]) => ({ what, t: measure(() => gradeNumber(text, { expected: 0.0802, lang: 'en' }), 20, 3).ms }));
	timings.sort((a, b) => b.t - a.t);
	const median = timings[Math.floor(timings.length / 2)]?.t ?? NaN;
	return [
		...timings.slice(0, 5).map((x) => ({ answer: x.what, 'median (ms)': ms(x.t) })),
		{ answer: `median of all ${timings.length}`, 'median (ms)': ms(median) }
	];
}
