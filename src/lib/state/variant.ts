/**
 * Which numbers a lesson with variants shows. Every lesson shows its authored numbers (the prerendered
 * page) until the student asks for new ones; the seed of the variant shown is kept with their progress, so
 * a reload keeps it, and the browser draws that variant and re-renders the step. `?variant=SEED` in the
 * address shows that draw (0: the authored numbers) and makes it the one shown, so answers given on it are
 * graded against the numbers on the screen.
 */
import { normalizeStudent, studentSeed } from '../lesson/student';
import type { StepPage } from '../lesson/view';
import { progress } from './progress.svelte';
import { AUTHORED } from './saved-progress';

export interface Variant {
	page: StepPage;
	seed: number;
}

/** The seed asked for in the address (`?variant=SEED`), or undefined; 0 asks for the authored numbers. */
export function requestedSeed(search: string): number | undefined {
	const requested = new URLSearchParams(search).get('variant');
	if (requested === null || !/^\d{1,10}$/.test(requested)) return undefined;
	const seed = Number(requested);
	return seed <= 0xffffffff ? seed : undefined;
}

/** The student's name a link carries (`?student=NAME`), when it is one Cadena can use. */
export function requestedStudent(search: string): string | undefined {
	const name = new URLSearchParams(search).get('student');
	return name !== null && normalizeStudent(name) !== null ? name.trim() : undefined;
}

/** The seed of a named student's own numbers in a lesson, or undefined. */
export function studentVariant(lessonId: string, student: string | undefined): number | undefined {
	return student === undefined ? undefined : (studentSeed(lessonId, student) ?? undefined);
}

/** A seed for new numbers, from the browser's randomness: never the authored numbers', never `current`. */
export function freshSeed(current: number | undefined): number {
	for (;;) {
		const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
		if (seed !== AUTHORED && seed !== current) return seed;
	}
}

/** The address that reproduces a draw: this step with `?variant=SEED`. */
export function variantLink(href: string, seed: number): string {
	const url = new URL(href);
	url.search = '';
	url.hash = '';
	url.searchParams.set('variant', String(seed));
	return url.href;
}

/**
 * The numbers a lesson with variants opens on. `?variant=SEED` shows that draw (0: the authored numbers) and
 * keeps it. `?student=NAME` keeps the name and shows that student's own numbers, those of the teacher's
 * worksheet; a name given before does the same in a lesson the student has not opened with numbers of their
 * own yet. Otherwise the numbers last shown (the authored ones until the student asks for new ones).
 */
export function arrive(slug: string, lessonId: string, search: string): { seed: number | undefined; fromLink: boolean } {
	progress.ensureLoaded();
	const requested = requestedSeed(search);
	if (requested !== undefined) {
		progress.showVariant(slug, requested === AUTHORED ? undefined : requested);
		const seed = progress.variantOf(slug);
		return { seed, fromLink: seed !== undefined };
	}
	const named = requestedStudent(search);
	if (named !== undefined) progress.setStudent(named);
	const own = studentVariant(lessonId, progress.student);
	if (own !== undefined && (named !== undefined || progress.untouched(slug))) progress.showVariant(slug, own);
	return { seed: progress.variantOf(slug), fromLink: false };
}

/** The student's name when the numbers shown are that named student's own, for the note that says whose they are. */
export function studentShown(lessonId: string, seed: number | undefined): string | undefined {
	const student = progress.student;
	return seed !== undefined && seed === studentVariant(lessonId, student) ? student : undefined;
}

/** Shows a lesson with other numbers (undefined: the authored ones); the numbers shown after, which stay the old ones if the storage refused. */
export function choose(slug: string, seed: number | undefined): number | undefined {
	progress.showVariant(slug, seed);
	return progress.variantOf(slug);
}

/** Where the text of a lesson with variants is published: fetched only by a page that draws numbers. */
export function lessonSourcePath(slug: string): string {
	return `/lessons/${slug}.json`;
}

/** The lesson's text, or null when it cannot be fetched (offline with it never kept): the page keeps its numbers. */
export async function lessonSource(slug: string): Promise<string | null> {
	try {
		const response = await fetch(lessonSourcePath(slug));
		return response.ok ? await response.text() : null;
	} catch {
		return null;
	}
}

/**
 * The step drawn with `seed` (undefined: the authored numbers, drawn again after another variant was shown);
 * the lesson's loader and the page's TeX are fetched only for a lesson shown with new numbers.
 */
export async function variantOf(base: StepPage, source: string, seed: number | undefined): Promise<Variant | null> {
	const [{ loadLesson }, { buildStepPage }] = await Promise.all([import('../lesson/load'), import('../tex/page')]);
	const loaded = loadLesson(source, seed === undefined ? {} : { seed });
	if (!loaded.ok) return null;
	const page = buildStepPage(loaded.loaded, base.lesson.slug, base.index, base.lang);
	return page ? { page, seed: seed ?? AUTHORED } : null;
}
