import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, langFromPath } from '$lib/i18n/lang';
// the page's islands are rendered here on the server; the browser loads each one's code only where a step uses it
import '$lib/server/islands';

/** Fills `<html lang>` from the URL's first segment; runs while prerendering, so each static page carries it. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langFromPath(event.url.pathname) ?? DEFAULT_LANG;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
