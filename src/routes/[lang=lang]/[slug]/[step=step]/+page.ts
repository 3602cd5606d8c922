import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { isHydrating } from '$lib/components/islands';
import { serverStepMarkup, titlesOnPage } from '$lib/components/step-markup';
import { joinMarkup, markupPath, withTitles } from '$lib/lesson/markup';
import type { PageLoad } from './$types';

/**
 * The step's rendered text joins its data (which leaves it out, see $lib/lesson/markup.ts): on the server
 * from the lessons, after a client-side navigation from the step's markup file. The first page's
 * hydration keeps the prerendered text, and reads the titles back from the page (text Svelte would rewrite).
 */
export const load: PageLoad = async ({ data, fetch }) => {
	if (data.kind !== 'step') return data;
	if (browser && isHydrating()) {
		const titles = titlesOnPage(data.page);
		if (titles) return { ...data, page: withTitles(data.page, titles) };
	}
	const { lang, lesson, index } = data.page;
	const markup = browser ? await (await fetch(markupPath(lang, lesson.slug, index))).json() : serverStepMarkup(lang, lesson.slug, index);
	const joined = joinMarkup(data.page, markup);
	if (!joined.ok) error(500, joined.message);
	return { ...data, page: joined.page };
};
