import { error, text } from '@sveltejs/kit';
import { variantSlugs, variantSource } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

// The text of a lesson with variants, fetched only by its pages, to draw a student's own numbers.
export const prerender = true;
export const entries: EntryGenerator = () => variantSlugs().map((slug) => ({ slug }));

export const GET: RequestHandler = ({ params }) => {
	const source = variantSource(params.slug);
	if (source === null) error(404, 'Not found');
	return text(source, { headers: { 'content-type': 'application/json' } });
};
