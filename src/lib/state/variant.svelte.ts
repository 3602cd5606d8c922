/**
 * A student's own numbers for a lesson with variants. The prerendered page shows the nominal
 * numbers; in the browser the lesson is drawn again from the student's seed (kept with their
 * progress, so a reload keeps it) and the step re-rendered. `?variant=SEED` in the address shows
 * any seed, for a teacher's preview, without touching the student's own.
 */
import type { StepPage } from '../lesson/view';
import { progress } from './progress.svelte';

export interface Variant {
	page: StepPage;
	seed: number;
	/** Shown from the address, not the student's own seed. */
	preview: boolean;
}

/** The student's seed for a lesson, made once from the browser's randomness and then kept. */
export function studentSeed(slug: string): number {
	progress.ensureLoaded();
	const lesson = progress.lesson(slug);
	if (lesson.seed === undefined) {
		lesson.seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
		progress.save();
	}
	return lesson.seed;
}

/** Where the text of a lesson with variants is published: fetched only by a page that draws a student's numbers. */
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

export async function variantOf(base: StepPage, source: string, search: string): Promise<Variant | null> {
	const requested = new URLSearchParams(search).get('variant');
	const previewSeed = requested !== null && /^\d{1,10}$/.test(requested) ? Number(requested) : undefined;
	const seed = previewSeed ?? studentSeed(base.lesson.slug);
	const [{ loadLesson }, { buildStepPage }] = await Promise.all([import('../lesson/load'), import('../tex/page')]);
	const loaded = loadLesson(source, { seed });
	if (!loaded.ok) return null;
	const page = buildStepPage(loaded.loaded, base.lesson.slug, base.index, base.lang);
	return page ? { page, seed, preview: previewSeed !== undefined } : null;
}
