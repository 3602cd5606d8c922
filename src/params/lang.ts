import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/lang';

/** `/[lang=lang]/…` matches only the interface languages; the type guard narrows `params.lang` to `Lang`. */
export const match = isLang satisfies ParamMatcher;
