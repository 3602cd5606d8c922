import { error, text } from '@sveltejs/kit';
import { lessonText, loadedSlugs } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

// A lesson's text, fetched only by its pages: to draw a student's own numbers, or a worksheet reached in the app.
export const prerender = true;
export const entries: EntryGenerator = () => loadedSlugs().map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const source = lessonText(params.slug);
	if (source === null) error(404, 'Not found');
	return text(source, { headers: { 'content-type': 'application/json' } });
};
