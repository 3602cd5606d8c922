/**
 * Drafts → HTML (at build time for prerendered pages; in the browser for previews). KaTeX renders every formula with its MathML (read by screen readers)
 * and `trust: false`, so a lesson cannot smuggle \href or \htmlData; Markdown is rendered with raw
 * HTML disabled and links limited to http(s), so lesson text cannot inject markup.
 */
import katex from 'katex';
import MarkdownIt, { type Token } from 'markdown-it';
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

const MATH = /\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g;

/** The formulas cut out of one text while Markdown renders it; `slot` finds their markers. */
interface MathSlots {
	slot: RegExp;
	/** KaTeX's HTML of each formula, for text. */
	html: string[];
	/** Each formula as written ($…$), for places that take no markup: alt, href, code. */
	source: string[];
}

let rendering: MathSlots | undefined;

// a formula goes back only into text, as KaTeX's HTML; the rest of the text is escaped as markdown-it's own rule does
md.renderer.rules.text = (tokens, idx) => {
	const text = md.utils.escapeHtml(tokens[idx]?.content ?? '');
	const slots = rendering;
	return slots ? text.replace(slots.slot, (_m, i: string) => slots.html[Number(i)] ?? '') : text;
};

/** Everywhere but text (an image's alt, a link's href or title, code), a marker becomes the formula as written. */
function restoreSource(tokens: readonly Token[], slots: MathSlots, inImage = false): void {
	const source = (s: string): string => s.replace(slots.slot, (_m, i: string) => slots.source[Number(i)] ?? '');
	for (const t of tokens) {
		if (t.type !== 'text' || inImage) t.content = source(t.content);
		for (const [name, value] of t.attrs ?? []) t.attrSet(name, source(String(value)));
		if (t.children) restoreSource(t.children, slots, inImage || t.type === 'image');
	}
}

/** Markdown with $…$ (inline) and $$…$$ (display) math. */
export function renderMarkdown(text: string): string {
	// a marker the text does not already hold, so no lesson can write one
	let mark = 'MATHSLOT';
	while (text.includes(mark)) mark += 'X';
	const slots: MathSlots = { slot: new RegExp(`${mark}(\\d+)END`, 'g'), html: [], source: [] };
	// math is cut out before Markdown sees it (so _ and * inside TeX stay TeX) and put back into text only
	const protectedText = text.replace(MATH, (whole: string, display: string | undefined, inline: string | undefined) => {
		slots.html.push(display !== undefined ? renderTex(display, true) : renderTex(inline ?? '', false));
		slots.source.push(whole);
		return `${mark}${slots.html.length - 1}END`;
	});
	const tokens = md.parse(protectedText, {});
	restoreSource(tokens, slots);
	rendering = slots;
	try {
		return md.renderer.render(tokens, md.options, {});
	} finally {
		rendering = undefined;
	}
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
