/**
 * A worksheet drawn in the browser. The print page is prerendered with the lesson's own numbers;
 * `?student=NAME` redraws it with that student's (the seed from the lesson's id and the name, as the
 * teacher's `lessons worksheet` command draws it), and a page that no longer shows the prerendered sheet
 * (a name cleared, or the page reached in the app) draws the lesson's own numbers again. The lesson's text
 * and the engine load only then.
 */
import type { Lang } from '../i18n/lang';
import { studentSeed } from '../lesson/student';
import { lessonSource } from './variant';

export interface DrawnWorksheet {
	html: string;
	/** The student's numbers' seed; null: the lesson's own numbers. */
	seed: number | null;
}

/** `student` null: the lesson's own numbers. Null when the name cannot be used, or the lesson cannot be fetched or loaded. */
export async function drawWorksheet(slug: string, id: string, lang: Lang, student: string | null): Promise<DrawnWorksheet | null> {
	const seed = student === null ? null : studentSeed(id, student);
	if (student !== null && seed === null) return null;
	const [source, { loadLesson }, { buildLessonPages }, { worksheetBody }] = await Promise.all([
		lessonSource(slug),
		import('../lesson/load'),
		import('../tex/page'),
		import('../tex/worksheet')
	]);
	if (source === null) return null;
	const loaded = loadLesson(source, seed === null ? {} : { seed });
	if (!loaded.ok) return null;
	const pages = buildLessonPages(loaded.loaded, slug, lang);
	const html = student === null || seed === null ? worksheetBody(pages, { lang, key: false }) : worksheetBody(pages, { lang, student: student.trim(), seed, key: false });
	return { html, seed };
}
