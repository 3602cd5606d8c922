/**
 * Which numbers a lesson with variants shows. Every lesson shows its authored numbers (the prerendered
 * page) until the student asks for new ones; the seed of the variant shown is kept with their progress, so
 * a reload keeps it, and the browser draws that variant and re-renders the step. `?variant=SEED` in the
 * address shows that draw (0: the authored numbers) and makes it the one shown, so answers given on it are
 * graded against the numbers on the screen.
 */
import type { StepPage } from '../lesson/view';
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

/** The step drawn with `seed`; the lesson's loader and the page's TeX are fetched only for a lesson shown with new numbers. */
export async function variantOf(base: StepPage, source: string, seed: number): Promise<Variant | null> {
	const [{ loadLesson }, { buildStepPage }] = await Promise.all([import('../lesson/load'), import('../tex/page')]);
	const loaded = loadLesson(source, { seed });
	if (!loaded.ok) return null;
	const page = buildStepPage(loaded.loaded, base.lesson.slug, base.index, base.lang);
	return page ? { page, seed } : null;
}
