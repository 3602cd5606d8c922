import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { DEFAULT_LANG, langFromPath } from '$lib/i18n/lang';
// the page's islands are rendered here on the server; the browser loads each one's code only where a step uses it
import '$lib/server/islands';
// and the steps' rendered text, which their page data leaves out
import '$lib/server/step-markup';
import { linkIslandStyles } from '$lib/server/island-styles';

/**
 * Fills `<html lang>` from the URL's first segment and, in the built site, links the styles of the page's
 * islands; runs while prerendering, so each static page carries both.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langFromPath(event.url.pathname) ?? DEFAULT_LANG;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return building ? linkIslandStyles(page, event.url.pathname) : page;
		}
	});
};
