/**
 * Drafts → HTML (at build time for prerendered pages; in the browser for previews). KaTeX renders every formula with its MathML (read by screen readers)
 * and `trust: false`, so a lesson cannot smuggle \href or \htmlData; Markdown is rendered with raw
 * HTML disabled and links limited to http(s), so lesson text cannot inject markup.
 */
import katex from 'katex';
import MarkdownIt from 'markdown-it';
import type { DraftBlock } from './steps';
import type { Block } from '../lesson/view';

/** The site's KaTeX settings; `lessons check` parses every formula with these, so what passes renders. */
export const KATEX_LIMITS = { trust: false, maxSize: 20, maxExpand: 200, strict: 'ignore', output: 'htmlAndMathml' } as const;

export function renderTex(tex: string, displayMode: boolean): string {
	try {
		return katex.renderToString(tex, { ...KATEX_LIMITS, displayMode, throwOnError: true });
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		return `<span class="tex-error" role="note">${escapeHtml(tex)} (${escapeHtml(message)})</span>`;
	}
}

export function escapeHtml(s: string): string {
	return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.validateLink = (url: string): boolean => /^https?:\/\//i.test(url.trim());
// external links open normally but never hand the page to the target
const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
	return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/** Markdown with $…$ (inline) and $$…$$ (display) math. */
export function renderMarkdown(text: string): string {
	const math: string[] = [];
	// math is cut out before Markdown sees it (so _ and * inside TeX stay TeX) and put back after
	const protectedText = text.replace(/\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g, (_m, display: string | undefined, inline: string | undefined) => {
		math.push(display !== undefined ? renderTex(display, true) : renderTex(inline ?? '', false));
		return `MATHSLOT${math.length - 1}END`;
	});
	const html = md.render(protectedText);
	return html.replace(/MATHSLOT(\d+)END/g, (_m, i: string) => math[Number(i)] ?? '');
}

export function renderBlock(b: DraftBlock): Block {
	switch (b.type) {
		case 'prose':
			return { type: 'prose', html: renderMarkdown(b.markdown) };
		case 'careful':
			return { type: 'careful', html: renderMarkdown(b.markdown) };
		case 'heading':
			return { type: 'heading', text: b.text };
		case 'math':
			return { type: 'math', html: renderTex(b.tex, true), tex: b.tex, ...(b.label ? { label: b.label } : {}) };
		case 'plot':
			return { type: 'plot', plot: b.plot, ...(b.tex ? { html: renderTex(b.tex, true) } : {}) };
		case 'prove':
			return { type: 'prove', prove: b.prove };
		case 'train':
			return { type: 'train', train: b.train };
		case 'exercise': {
			const { exercise: e } = b;
			return {
				type: 'exercise',
				exercise: { ...e.view, promptHtml: renderMarkdown(e.prompt), hintsHtml: e.hints.map(renderMarkdown), solution: e.solution.map(renderBlock) }
			};
		}
	}
}
