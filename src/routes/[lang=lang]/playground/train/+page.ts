import { LANGS } from '$lib/lesson/view';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageLoad = ({ params }) => ({ lang: params.lang });
