import { glossaryPage } from '$lib/glossary/page';
import { LANGS } from '$lib/lesson/view';
import { listLessons } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ lang: params.lang, ...glossaryPage(params.lang, listLessons(params.lang).lessons) });
