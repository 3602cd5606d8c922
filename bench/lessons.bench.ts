/**
 * The course's lessons as the build and `lessons check` meet them: loading one (parse, schema, build,
 * trace), rendering every step page in both languages, and checking it (TeX, exercises graded with the
 * engine's own answers, lesson tests, and 50 variants where a lesson has them). Sizes differ from lesson
 * to lesson, so the figures say where the time goes as lessons grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkLessonText } from '../src/lib/lesson/check';
import { loadLesson } from '../src/lib/lesson/load';
import { buildStepPage } from '../src/lib/tex/page';
import { measure, ms, type Row } from './lib';

export const name = 'lessons';
export const title = 'Lessons of the course: load, every step page in es and en, check';

export async function run(): Promise<Row[]> {
	const folders = readdirSync('lessons', { withFileTypes: true })
		.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
		.map((d) => d.name)
		.sort();
	const rows: Row[] = [];
	for (const folder of folders) {
		const text = readFileSync(`lessons/${folder}/lesson.json`, 'utf8');
		const loaded = loadLesson(text);
		if (!loaded.ok) throw new Error(`${folder} does not load`);
		const l = loaded.loaded;
		const steps = l.lesson.steps.length;
		const load = measure(() => loadLesson(text), 20, 3);
		const pages = measure(() => {
			for (let i = 1; i <= steps; i++) for (const lang of ['es', 'en'] as const) buildStepPage(l, folder, i, lang);
		}, 5, 1);
		const check = measure(() => checkLessonText(text), 3, 1);
		rows.push({
			lesson: folder,
			nodes: l.trace.graph.nodes.length,
			edges: l.trace.graph.edgeCount,
			steps,
			'load (ms)': ms(load.ms),
			'all pages (ms)': ms(pages.ms),
			'check (ms)': ms(check.ms)
		});
	}
	return rows;
}
