/**
 * Gives the step pages their rendered text while they render on the server (see
 * $lib/components/step-markup.ts). Imported by hooks.server.ts.
 */
import { provideStepMarkup } from '$lib/components/step-markup';
import { splitMarkup } from '$lib/lesson/markup';
import { stepPage } from './lessons';

provideStepMarkup((lang, slug, index) => {
	const page = stepPage(slug, index, lang);
	return page === null || 'messages' in page ? null : splitMarkup(page).markup;
});
