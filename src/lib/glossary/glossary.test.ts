import { readdirSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_LIMITS } from '../tex/render';
import { CONVENTIONS, GLOSSARY } from './glossary';
import { glossaryPage } from './page';

const slugs = readdirSync('lessons').flatMap((d) => /^\d+-(.+)$/.exec(d)?.[1] ?? []);

describe('the glossary', () => {
	const entries = GLOSSARY.flatMap((s) => s.entries);

	it('typesets every symbol and every formula in its meanings with the site’s KaTeX settings', () => {
		for (const e of entries) {
			expect(() => katex.renderToString(e.tex, { ...KATEX_LIMITS, throwOnError: true })).not.toThrow();
			for (const text of [e.meaning.es, e.meaning.en]) {
				for (const [, tex] of text.matchAll(/\$([^$]+)\$/g)) expect(() => katex.renderToString(tex ?? '', { ...KATEX_LIMITS, throwOnError: true }), tex).not.toThrow();
			}
		}
	});

	it('says everything in both languages, differently, and points to lessons that exist', () => {
		for (const text of [...entries.map((e) => e.meaning), ...GLOSSARY.map((s) => s.title), ...CONVENTIONS]) {
			expect(text.es.length).toBeGreaterThan(2);
			expect(text.en.length).toBeGreaterThan(2);
			expect(text.es).not.toBe(text.en);
		}
		for (const e of entries) {
			expect(e.lessons.length).toBeGreaterThan(0);
			for (const slug of e.lessons) expect(slugs, `${e.tex} → ${slug}`).toContain(slug);
		}
		expect(new Set(entries.map((e) => e.tex)).size).toBe(entries.length);
	});

	it('renders each symbol at build time, with the lesson titles it links to', () => {
		const page = glossaryPage('es', [{ slug: 'worked-example', number: 3, title: 'El ejemplo resuelto' }]);
		const eta = page.sections.flatMap((s) => s.entries).find((e) => e.tex === '\\eta');
		expect(eta?.symbolHtml).toContain('class="katex"');
		expect(eta?.meaningHtml).toContain('tasa de aprendizaje');
		expect(eta?.lessons).toEqual([{ slug: 'worked-example', number: 3, title: 'El ejemplo resuelto' }]);
		expect(page.conventionsHtml.join('')).toContain('minilote');
	});
});
