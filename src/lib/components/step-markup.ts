/**
 * A step's rendered text on the server (see $lib/lesson/markup.ts): the page data leaves it out, so the
 * prerendered page takes it from here. Filled in by the server (src/lib/server/step-markup.ts), like the
 * islands' markup; the browser has no provider and fetches a step's markup when it navigates to it.
 */
import type { Lang, StepPage } from '$lib/lesson/view';
import type { StepMarkup, StepTitles } from '$lib/lesson/markup';

type MarkupSource = (lang: Lang, slug: string, index: number) => StepMarkup | null;
let source: MarkupSource | null = null;

/** Called once by the server, which alone has the lessons. */
export function provideStepMarkup(s: MarkupSource): void {
	source = s;
}

/** The step's markup on the server; null in the browser, or for a step the server does not know. */
export function serverStepMarkup(lang: Lang, slug: string, index: number): StepMarkup | null {
	return source === null ? null : source(lang, slug, index);
}

/**
 * The titles a prerendered step page shows, read from the page before it hydrates (its data holds KEPT for
 * them); null when one is missing, and the page then joins its markup file instead.
 */
export function titlesOnPage(page: StepPage): StepTitles | null {
	const lesson = document.querySelector('.step .lesson-title')?.textContent;
	const step = document.getElementById('step-title')?.textContent;
	const steps = Array.from(document.querySelectorAll('.step-list .step-list-title'), (e) => e.textContent);
	const nextLesson = page.nextLesson ? document.querySelector('[data-next-lesson] .step-link-title')?.textContent : undefined;
	if (lesson == null || step == null || steps.length !== page.lesson.stepCount || (page.nextLesson && nextLesson == null)) return null;
	return { lesson, step, steps, ...(nextLesson == null ? {} : { nextLesson }) };
}
