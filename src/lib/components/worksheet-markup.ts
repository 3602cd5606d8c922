/**
 * A print page's worksheet on the server: its page data leaves it out (see the print route's +page.ts), so
 * the prerendered page takes it from here. Filled in by the server (src/lib/server/step-markup.ts); the
 * browser has no provider. A module of its own, so no step page's first load carries it.
 */
import type { Lang } from '$lib/lesson/view';

type WorksheetSource = (lang: Lang, slug: string) => string | null;
let source: WorksheetSource | null = null;

/** Called once by the server: a lesson's worksheet with its own numbers. */
export function provideWorksheetMarkup(s: WorksheetSource): void {
	source = s;
}

/** The lesson's worksheet on the server; null in the browser, or for a lesson the server does not know. */
export function serverWorksheetMarkup(lang: Lang, slug: string): string | null {
	return source === null ? null : source(lang, slug);
}
