/**
 * The glossary page's data, rendered once at build time: every symbol typeset by KaTeX, every meaning
 * and convention as Markdown with math, and each lesson named by its number and title.
 */
import type { Lang } from '../lesson/view';
import { renderMarkdown, renderTex } from '../tex/render';
import { CONVENTIONS, GLOSSARY } from './glossary';

export interface GlossaryPage {
	conventionsHtml: string[];
	sections: {
		title: string;
		entries: { symbolHtml: string; tex: string; meaningHtml: string; lessons: { slug: string; number: number; title: string }[] }[];
	}[];
}

export function glossaryPage(lang: Lang, lessons: readonly { slug: string; number: number; title: string }[]): GlossaryPage {
	const bySlug = new Map(lessons.map((l) => [l.slug, l]));
	return {
		conventionsHtml: CONVENTIONS.map((c) => renderMarkdown(c[lang])),
		sections: GLOSSARY.map((s) => ({
			title: s.title[lang],
			entries: s.entries.map((e) => ({
				symbolHtml: renderTex(e.tex, false),
				tex: e.tex,
				meaningHtml: renderMarkdown(e.meaning[lang]),
				lessons: e.lessons.flatMap((slug) => {
					const l = bySlug.get(slug);
					return l ? [{ slug, number: l.number, title: l.title }] : [];
				})
			}))
		}))
	};
}
