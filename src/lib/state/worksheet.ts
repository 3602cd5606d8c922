/**
 * A named student's worksheet, drawn in the browser: the print page is prerendered with the lesson's
 * own numbers, and `?student=NAME` redraws it with that student's (the seed from the lesson's id and
 * the name, as the teacher's `lessons worksheet` command draws it). The engine loads only then.
 */
import type { Lang } from '../i18n/lang';
import { studentSeed } from '../lesson/student';

export interface StudentWorksheet {
	html: string;
	seed: number;
}

export async function studentWorksheet(source: string, id: string, slug: string, lang: Lang, student: string): Promise<StudentWorksheet | null> {
	const seed = studentSeed(id, student);
	if (seed === null) return null;
	const [{ loadLesson }, { buildLessonPages }, { worksheetBody }] = await Promise.all([
		import('../lesson/load'),
		import('../tex/page'),
		import('../tex/worksheet')
	]);
	const loaded = loadLesson(source, { seed });
	if (!loaded.ok) return null;
	return { html: worksheetBody(buildLessonPages(loaded.loaded, slug, lang), { lang, student: student.trim(), seed, key: false }), seed };
}
