/**
 * A step's rendered text — prose, formulas, asides, an exercise's prompt — kept apart from the rest of its
 * page data, so each byte travels once. A prerendered page carries it as markup only: the data it hydrates from holds
 * KEPT in its place. A step reached by client-side navigation fetches it as a file of its own
 * (markupPath), beside the page's `__data.json`, which then holds no rendered text either.
 */
import type { Block, Lang, StepPage } from './view';

/**
 * What page data holds instead of a block's HTML: Svelte's hydration keeps the prerendered nodes of an
 * `{@html}` whose value is not empty, without comparing them (an empty value would not adopt them).
 */
export const KEPT = ' ';

/** Each block's HTML by position (an exercise's: its prompt); null where the block has no rendered text of its own (a plot…). */
export type StepMarkup = (string | null)[];

type TextBlock = Extract<Block, { type: 'prose' | 'math' | 'careful' | 'notation' }>;

function isText(block: Block): block is TextBlock {
	return block.type === 'prose' || block.type === 'math' || block.type === 'careful' || block.type === 'notation';
}

/** The block's rendered text, kept apart; null for a block without one. */
function textOf(block: Block): string | null {
	if (isText(block)) return block.html;
	return block.type === 'exercise' ? block.exercise.promptHtml : null;
}

/** The block with `html` as its rendered text (KEPT: left out). */
function withText(block: Block, html: string): Block {
	if (isText(block)) return { ...block, html };
	return block.type === 'exercise' ? { ...block, exercise: { ...block.exercise, promptHtml: html } } : block;
}

/**
 * The step's page without its rendered text, and that text. An exercise's prompt is read back from the
 * prerendered exercise its island replaces (Exercise.svelte).
 */
export function splitMarkup(page: StepPage): { page: StepPage; markup: StepMarkup } {
	const markup = page.step.blocks.map(textOf);
	const blocks = page.step.blocks.map((b) => (textOf(b) === null ? b : withText(b, KEPT)));
	return { page: { ...page, step: { ...page.step, blocks } }, markup };
}

/** The page with its rendered text back in place, or an error saying why it does not fit. */
export function joinMarkup(page: StepPage, markup: unknown): { ok: true; page: StepPage } | { ok: false; message: string } {
	const blocks = page.step.blocks;
	if (!Array.isArray(markup) || markup.length !== blocks.length) {
		return { ok: false, message: `step ${page.index} of ${page.lesson.slug}: its markup does not match its ${blocks.length} blocks` };
	}
	const joined: Block[] = [];
	for (const [i, block] of blocks.entries()) {
		const html: unknown = markup[i];
		if (textOf(block) === null) joined.push(block);
		else if (typeof html === 'string') joined.push(withText(block, html));
		else return { ok: false, message: `step ${page.index} of ${page.lesson.slug}: block ${i + 1} has no markup` };
	}
	return { ok: true, page: { ...page, step: { ...page.step, blocks: joined } } };
}

/** Where a step's markup is published, next to the step's own address. */
export function markupPath(lang: Lang, slug: string, index: number): string {
	return `/${lang}/${slug}/${index}/markup.json`;
}
