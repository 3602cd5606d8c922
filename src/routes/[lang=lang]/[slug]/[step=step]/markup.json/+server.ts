import { error, json } from '@sveltejs/kit';
import { splitMarkup } from '$lib/lesson/markup';
import { LANGS } from '$lib/lesson/view';
import { allStepParams, stepPage } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

// A step's rendered text, which a client-side navigation to the step fetches (see $lib/lesson/markup.ts).
export const prerender = true;
export const entries: EntryGenerator = () => allStepParams(LANGS);

export const GET: RequestHandler = ({ params }) => {
	const page = stepPage(params.slug, Number(params.step), params.lang);
	if (page === null || 'messages' in page) error(404, 'Not found');
	return json(splitMarkup(page).markup);
};
