import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/lesson/view';
import { loadedSlugs, printPage } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A printable page per language and lesson; a named student's numbers are drawn in the browser. */
export const entries: EntryGenerator = () => LANGS.flatMap((lang) => loadedSlugs().map((slug) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const page = printPage(params.slug, params.lang);
	if (page === null) error(404, 'Not found');
	return { lang: params.lang, page };
};
