/**
 * A step's rendered text — prose, formulas, asides, an exercise's prompt, the graph's typeset labels, the
 * titles — kept apart from the rest of its page data, so each byte travels once. A prerendered page carries it as markup only: the data it hydrates from holds
 * KEPT in its place. A step reached by client-side navigation fetches it as a file of its own
 * (markupPath), beside the page's `__data.json`, which then holds no rendered text either.
 */
import type { GraphPanel } from '../graph/panel-view';
import type { Block, Lang, StepPage } from './view';

/**
 * What page data holds instead of a block's HTML: Svelte's hydration keeps the prerendered nodes of an
 * `{@html}` whose value is not empty, without comparing them (an empty value would not adopt them).
 */
export const KEPT = ' ';

export interface StepMarkup {
	/** Each block's HTML by position (an exercise's: its prompt; a plot's: its formula); null where the block has no rendered text of its own. */
	blocks: (string | null)[];
	/** The graph's labels its first drawing shows, typeset, by name (the folded groups' members stay in the data). */
	labels: Record<string, string>;
	titles: StepTitles;
}

/** The titles a step page shows: the lesson's, the step's, every step's (the step list), the next lesson's on the last step. */
export interface StepTitles {
	lesson: string;
	step: string;
	steps: string[];
	nextLesson?: string;
}

/** The page with `titles` in place. */
export function withTitles(page: StepPage, titles: StepTitles): StepPage {
	const next = page.nextLesson;
	return {
		...page,
		lesson: { ...page.lesson, title: titles.lesson, stepTitles: titles.steps },
		step: { ...page.step, title: titles.step },
		...(next ? { nextLesson: { ...next, title: titles.nextLesson ?? next.title } } : {})
	};
}

function titlesOf(page: StepPage): StepTitles {
	return {
		lesson: page.lesson.title,
		step: page.step.title,
		steps: page.lesson.stepTitles,
		...(page.nextLesson ? { nextLesson: page.nextLesson.title } : {})
	};
}

function isTitles(v: unknown, page: StepPage): v is StepTitles {
	if (typeof v !== 'object' || v === null || !('lesson' in v) || !('step' in v) || !('steps' in v)) return false;
	const steps: unknown = v.steps;
	return (
		typeof v.lesson === 'string' &&
		typeof v.step === 'string' &&
		Array.isArray(steps) &&
		steps.length === page.lesson.stepTitles.length &&
		steps.every((s) => typeof s === 'string') &&
		(page.nextLesson === undefined || ('nextLesson' in v && typeof v.nextLesson === 'string'))
	);
}

type TextBlock = Extract<Block, { type: 'prose' | 'math' | 'careful' | 'notation' }>;

function isText(block: Block): block is TextBlock {
	return block.type === 'prose' || block.type === 'math' || block.type === 'careful' || block.type === 'notation';
}

/** The block's rendered text, kept apart; null for a block without one. */
function textOf(block: Block): string | null {
	if (isText(block)) return block.html;
	if (block.type === 'plot') return block.html ?? null;
	return block.type === 'exercise' ? block.exercise.promptHtml : null;
}

/** The block with `html` as its rendered text (KEPT: left out). */
function withText(block: Block, html: string): Block {
	// a formula's TeX is in its MathML's annotation: the page needs no second copy, in its data or its markup file
	if (block.type === 'math') return { ...block, html, tex: KEPT };
	if (isText(block) || block.type === 'plot') return { ...block, html };
	return block.type === 'exercise' ? { ...block, exercise: { ...block.exercise, promptHtml: html } } : block;
}

/** Names whose typeset label the graph's first drawing shows: its layout's boxes, but for folded groups. */
function drawnLabels(graph: GraphPanel): string[] {
	const groups = new Set(graph.groups.map((g) => g.id));
	return graph.layout.nodes.map((n) => n.name).filter((name) => !groups.has(name) && graph.labelsHtml[name] !== undefined);
}

/**
 * The step's page without its rendered text, and that text. An exercise's prompt, a plot's formula and the
 * graph's labels are read back from the prerendered island their live component replaces
 * (prerenderedHost in $lib/components/prerendered.ts: Exercise.svelte, PlotBlock.svelte, GraphPanel.svelte).
 */
export function splitMarkup(page: StepPage): { page: StepPage; markup: StepMarkup } {
	const blocks = page.step.blocks.map(textOf);
	const graph = page.graph;
	const drawn = graph ? drawnLabels(graph) : [];
	const labels = Object.fromEntries(drawn.map((name) => [name, graph?.labelsHtml[name] ?? '']));
	const kept = withTitles(page, { lesson: KEPT, step: KEPT, steps: page.lesson.stepTitles.map(() => KEPT), nextLesson: KEPT });
	return {
		page: {
			...kept,
			step: { ...kept.step, blocks: page.step.blocks.map((b) => (textOf(b) === null ? b : withText(b, KEPT))) },
			...(graph ? { graph: { ...graph, labelsHtml: { ...graph.labelsHtml, ...Object.fromEntries(drawn.map((name) => [name, KEPT])) } } } : {})
		},
		markup: { blocks, labels, titles: titlesOf(page) }
	};
}

function isRecordOfStrings(v: unknown): v is Record<string, string> {
	return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** The page with its rendered text back in place, or an error saying why it does not fit. */
export function joinMarkup(page: StepPage, markup: unknown): { ok: true; page: StepPage } | { ok: false; message: string } {
	const where = `step ${page.index} of ${page.lesson.slug}`;
	const blocks = page.step.blocks;
	const texts: unknown = typeof markup === 'object' && markup !== null && 'blocks' in markup ? markup.blocks : undefined;
	const labels: unknown = typeof markup === 'object' && markup !== null && 'labels' in markup ? markup.labels : undefined;
	const titles: unknown = typeof markup === 'object' && markup !== null && 'titles' in markup ? markup.titles : undefined;
	if (!Array.isArray(texts) || texts.length !== blocks.length) return { ok: false, message: `${where}: its markup does not match its ${blocks.length} blocks` };
	if (!isRecordOfStrings(labels)) return { ok: false, message: `${where}: its markup has no graph labels` };
	if (!isTitles(titles, page)) return { ok: false, message: `${where}: its markup does not have the titles of its ${page.lesson.stepTitles.length} steps` };
	const joined: Block[] = [];
	for (const [i, block] of blocks.entries()) {
		const html: unknown = texts[i];
		if (textOf(block) === null) joined.push(block);
		else if (typeof html === 'string') joined.push(withText(block, html));
		else return { ok: false, message: `${where}: block ${i + 1} has no markup` };
	}
	const titled = withTitles(page, titles);
	const graph = page.graph;
	if (!graph) return { ok: true, page: { ...titled, step: { ...titled.step, blocks: joined } } };
	const labelsHtml: Record<string, string> = {};
	for (const [name, html] of Object.entries(graph.labelsHtml)) {
		const kept = html === KEPT ? labels[name] : html;
		if (kept === undefined) return { ok: false, message: `${where}: the graph's label of ${name} has no markup` };
		labelsHtml[name] = kept;
	}
	return { ok: true, page: { ...titled, step: { ...titled.step, blocks: joined }, graph: { ...graph, labelsHtml } } };
}

/** Where a step's markup is published, next to the step's own address. */
export function markupPath(lang: Lang, slug: string, index: number): string {
	return `/${lang}/${slug}/${index}/markup.json`;
}
