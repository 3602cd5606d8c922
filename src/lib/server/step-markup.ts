/**
 * Gives the step pages their rendered text, and the print pages their worksheet, while they render on the
 * server (see $lib/components/step-markup.ts). Imported by hooks.server.ts.
 */
import { provideStepMarkup } from '$lib/components/step-markup';
import { provideWorksheetMarkup } from '$lib/components/worksheet-markup';
import { splitMarkup } from '$lib/lesson/markup';
import { printWorksheet, stepPage } from './lessons';

provideStepMarkup((lang, slug, index) => {
	const page = stepPage(slug, index, lang);
	return page === null || 'messages' in page ? null : splitMarkup(page).markup;
});

provideWorksheetMarkup(printWorksheet);
