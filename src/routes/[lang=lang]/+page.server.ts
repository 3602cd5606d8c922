import { listLessons } from '$lib/server/lessons';
import { LANGS } from '$lib/lesson/view';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => ({ lang: params.lang, ...listLessons(params.lang) });
