import { browser } from '$app/environment';
import { isHydrating } from '$lib/components/islands';
import { serverWorksheetMarkup } from '$lib/components/worksheet-markup';
import { KEPT } from '$lib/lesson/markup';
import type { PageLoad } from './$types';

/**
 * The worksheet travels once: in the prerendered page, not in its data. On the server it comes from the
 * lessons; the first page's hydration keeps the prerendered worksheet as it is (`kept`: Svelte keeps an `{@html}`'s
 * server nodes when hydrating, unless its value is empty); a print page reached in the app draws it in the
 * browser from the lesson's text.
 */
export const load: PageLoad = ({ data }) => {
	if (!browser) return { ...data, worksheet: serverWorksheetMarkup(data.lang, data.page.slug) ?? '', kept: false };
	const kept = isHydrating();
	return { ...data, worksheet: kept ? KEPT : null, kept };
};
