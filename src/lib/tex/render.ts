/**
 * Drafts → HTML (at build time for prerendered pages; in the browser for previews). KaTeX renders every formula with its MathML (read by screen readers)
 * and `trust: false`, so a lesson cannot smuggle \href or \htmlData; Markdown is rendered with raw
 * HTML disabled, links limited to http(s) and images to the site's own, so lesson text cannot inject
 * markup nor make a reader's browser call another server.
 */
import katex from 'katex';
import MarkdownIt, { type Token } from 'markdown-it';
import type { DraftBlock } from './steps';
import type { Block } from '../lesson/view';
import { displayTex } from './layout';

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

/**
 * A graph node's label as KaTeX HTML, without the MathML: the drawing is one image to a screen reader,
 * named as a whole, with a table of the same nodes beside it. A label KaTeX cannot parse is shown as
 * plain text, never as its TeX.
 */
export function renderLabel(tex: string, plain: string): string {
	try {
		return katex.renderToString(tex, { ...KATEX_LIMITS, output: 'html', displayMode: false, throwOnError: true });
	} catch {
		return escapeHtml(plain);
	}
}

export function escapeHtml(s: string): string {
	return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url.trim());
/** `//host/x.png` is fetched from host, like https://host/x.png. */
const isRemoteUrl = (url: string): boolean => isWebUrl(url) || /^\s*[/\\]{2}/.test(url);

/**
 * An image the site itself serves (a path from its root, such as /images/chain.png, for a file under
 * static/) or writes inline as a data: URL. Any other image would be fetched from someone else's
 * server the moment a lesson opens, telling it who reads the lesson and when.
 */
export function isShippedImage(src: string): boolean {
	const s = src.trim();
	return (s.startsWith('/') && !isRemoteUrl(s)) || /^data:image\/(?:png|gif|jpeg|webp|avif|svg\+xml)[;,]/i.test(s);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// links to the web, and images of every kind: the rule below decides what each becomes
md.validateLink = (url: string): boolean => isWebUrl(url) || isRemoteUrl(url) || isShippedImage(url);

/** What parsing a text noticed; `remoteImages` lists the address of each image written as a link instead. */
type MarkdownEnv = { remoteImages?: string[] };

const isMarkdownEnv = (env: unknown): env is MarkdownEnv => typeof env === 'object' && env !== null;

// a shipped image stays an <img>; a remote one becomes a link the reader may choose to follow, its alt
// text (or its address) the link's text; a link goes only to http(s), else its text stays plain
md.core.ruler.after('inline', 'cadena_urls', (state) => {
	for (const block of state.tokens) {
		if (!block.children) continue;
		const out: typeof block.children = [];
		const dropped: boolean[] = [];
		for (const token of block.children) {
			const src = String(token.attrGet('src') ?? '');
			if (token.type === 'image' && !isShippedImage(src)) {
				if (isMarkdownEnv(state.env)) state.env.remoteImages?.push(src);
				const open = new state.Token('link_open', 'a', 1);
				open.attrSet('href', src);
				const text = new state.Token('text', '', 0);
				text.content = src;
				const label = token.children && token.children.length > 0 ? token.children : [text];
				out.push(open, ...label, new state.Token('link_close', 'a', -1));
			} else if (token.type === 'link_open') {
				const drop = !isWebUrl(String(token.attrGet('href') ?? ''));
				dropped.push(drop);
				if (!drop) out.push(token);
			} else if (token.type === 'link_close') {
				if (!dropped.pop()) out.push(token);
			} else {
				out.push(token);
			}
		}
		block.children = out;
	}
});
// external links open normally but never hand the page to the target
const defaultLinkOpen = md.renderer.rules.link_open;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
	return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/** The address of every image in a Markdown text that would come from another server (see isShippedImage). */
export function remoteImages(markdown: string): string[] {
	const env: MarkdownEnv = { remoteImages: [] };
	md.parse(markdown, env);
	return env.remoteImages ?? [];
}

const MATH = /\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g;

/** The formulas cut out of one text while Markdown renders it; `slot` finds their markers. */
interface MathSlots {
	slot: RegExp;
	/** KaTeX's HTML of each formula, for text. */
	html: string[];
	/** Each formula as written ($…$), for places that take no markup: alt, href, code. */
	source: string[];
	/** Whether each formula is inline ($…$), so the punctuation after it may keep to its line. */
	inline: boolean[];
}

let rendering: MathSlots | undefined;

// a formula goes back only into text, as KaTeX's HTML; the rest of the text is escaped as markdown-it's own rule does
md.renderer.rules.text = (tokens, idx) => {
	const text = md.utils.escapeHtml(tokens[idx]?.content ?? '');
	const slots = rendering;
	if (!slots) return text;
	// an inline formula is tied to the punctuation after it, so no line starts with its comma: one KaTeX
	// can break nowhere else (one base) is kept whole with it; a longer one, which may break after = or +,
	// gets a word joiner (U+2060) before the comma
	const withPunctuation = new RegExp(`${slots.slot.source}([,.;:!?)\\]]+)?`, 'g');
	return text.replace(withPunctuation, (_m, i: string, after: string | undefined) => {
		const html = slots.html[Number(i)] ?? '';
		if (!after || !slots.inline[Number(i)]) return `${html}${after ?? ''}`;
		const bases = html.split('class="katex-base"').length - 1;
		return bases <= 1 ? `<span class="math-nobr">${html}${after}</span>` : `${html}\u2060${after}`;
	});
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
	const slots: MathSlots = { slot: new RegExp(`${mark}(\\d+)END`, 'g'), html: [], source: [], inline: [] };
	// math is cut out before Markdown sees it (so _ and * inside TeX stay TeX) and put back into text only
	const protectedText = text.replace(MATH, (whole: string, display: string | undefined, inline: string | undefined) => {
		// a display is laid out for a phone's column, as the steps' own formulas are
		slots.html.push(display !== undefined ? renderTex(displayTex(display), true) : renderTex(inline ?? '', false));
		slots.source.push(whole);
		slots.inline.push(display === undefined);
		return `${mark}${slots.html.length - 1}END`;
	});
	const env: MarkdownEnv = {};
	const tokens = md.parse(protectedText, env);
	restoreSource(tokens, slots);
	rendering = slots;
	try {
		return md.renderer.render(tokens, md.options, env);
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
		case 'notation':
			return { type: 'notation', html: renderMarkdown(b.markdown) };
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
