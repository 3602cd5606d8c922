/**
 * The Open page's worker on the course's lessons: how long until the first step is shown (read, parse,
 * check, render step 1: what the page waits for), and how long the digests of every step take after it
 * (so a file opened again can say which steps changed). The digests come after the first step is posted,
 * so they never delay it; this says how long the worker is busy with them before it takes a step request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { PreviewSession, type FromWorker } from '../src/lib/state/preview-session';
import { median, ms, type Row } from './lib';

export const name = 'open';
export const title = 'Open page worker: first step shown, then every step digested (3 runs each)';

export async function run(): Promise<Row[]> {
	const folders = readdirSync('lessons', { withFileTypes: true })
		.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
		.map((d) => d.name)
		.sort();
	const rows: Row[] = [];
	for (const folder of folders) {
		const text = readFileSync(`lessons/${folder}/lesson.json`, 'utf8');
		const first: number[] = [];
		const digests: number[] = [];
		let steps = 0;
		for (let run = 0; run < 3; run++) {
			const start = performance.now();
			let shownAt = NaN;
			// the digests' tasks run at once: the figure is their work, not the queue's waits
			const session = new PreviewSession(
				(m: FromWorker) => {
					if (m.type === 'rendered' && Number.isNaN(shownAt)) shownAt = performance.now();
					if (m.type === 'digests') {
						digests.push(performance.now() - shownAt);
						steps = m.digests.length;
					}
				},
				undefined,
				(task) => task()
			);
			session.handle({ type: 'open', id: 1, text, fileName: 'lesson.json', lang: 'en' });
			first.push(shownAt - start);
		}
		const shown = median(first);
		const digested = median(digests);
		rows.push({ lesson: folder, steps, 'first step (ms)': ms(shown), 'digests after it (ms)': ms(digested), 'digests / first step': (digested / shown).toFixed(2) });
	}
	return rows;
}
