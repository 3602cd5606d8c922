/**
 * One step of a loaded lesson as the page shows it: drafts rendered to HTML with KaTeX and Markdown.
 * Runs at build time for every prerendered page, and in the browser where a lesson is rendered there
 * (a file opened in the preview, a student's own variant).
 */
import { graphPanel } from '../graph/panel';
import type { LoadedLesson } from '../lesson/load';
import type { Lang, StepPage } from '../lesson/view';
import { renderBlock } from './render';
import { draftStep, stepTitle } from './steps';

export function buildStepPage(loaded: LoadedLesson, slug: string, index: number, lang: Lang): StepPage | null {
	const { lesson, trace } = loaded;
	const step = lesson.steps[index - 1];
	if (!Number.isInteger(index) || !step) return null;
	const decimals = lesson.precision;
	const titles = lesson.steps.map((s) => stepTitle(s, trace, lang, decimals));
	// exercises in earlier steps, whose answers later exercises may build on
	const earlier = new Map<string, string>();
	for (const s of lesson.steps.slice(0, index - 1)) if (s.kind === 'exercise') for (const e of s.exercises) earlier.set(e.quantity, e.id);
	const draft = draftStep(step, trace, lang, decimals, earlier);
	const graph = graphPanel(loaded, index);
	return {
		lang,
		lesson: {
			slug,
			id: lesson.id,
			title: lesson.title[lang],
			stepCount: lesson.steps.length,
			stepTitles: titles,
			exerciseIds: lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises.map((e) => e.id) : []))
		},
		index,
		step: { kind: draft.kind, title: draft.title, blocks: draft.blocks.map(renderBlock) },
		...(graph ? { graph } : {})
	};
}

/** Every step of a loaded lesson as the site shows it: a worksheet, its key, the gradebook's exercises. */
export function buildLessonPages(loaded: LoadedLesson, slug: string, lang: Lang): StepPage[] {
	const pages: StepPage[] = [];
	for (let i = 1; i <= loaded.lesson.steps.length; i++) {
		const page = buildStepPage(loaded, slug, i, lang);
		if (page) pages.push(page);
	}
	return pages;
}
