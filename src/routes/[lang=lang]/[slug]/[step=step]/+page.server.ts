import { error } from '@sveltejs/kit';
import { splitMarkup } from '$lib/lesson/markup';
import { allStepEntries, stepPage } from '$lib/server/lessons';
import { LANGS } from '$lib/lesson/view';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every language × lesson × step, so the whole lesson is prerendered. */
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		allStepEntries().flatMap(({ slug, stepCount }) =>
			Array.from({ length: stepCount }, (_, i) => ({ lang, slug, step: String(i + 1) }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const result = stepPage(params.slug, Number(params.step), params.lang);
	if (result === null) error(404, 'Not found');
	return 'messages' in result
		? { lang: params.lang, kind: 'problem' as const, problem: result }
		: // its rendered text is in the page's markup once, not in its data too (+page.ts puts it back)
		  { lang: params.lang, kind: 'step' as const, page: splitMarkup(result).page };
};
