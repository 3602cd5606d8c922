/**
 * What a lesson page receives: plain data, KaTeX already rendered to HTML (with MathML) at build time,
 * so a prerendered page needs neither the engine nor mathjs to show a step.
 */

export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];

/** One entry of the lesson index. */
export interface LessonSummary {
	slug: string;
	/** Order from the folder's numbered prefix (01-…). */
	number: number;
	title: string;
	summary: string;
	stepCount: number;
}

/** A unit of display inside a step; components render each type, routes do no maths. */
export type Block =
	/** Sanitised Markdown with `$…$` math already rendered. */
	| { type: 'prose'; html: string }
	/** A display formula (KaTeX HTML including MathML). `tex` is kept for copy and tests. */
	| { type: 'math'; html: string; tex: string; label?: string }
	/** A "careful:" aside where the course notes carry a slip. */
	| { type: 'careful'; html: string }
	/** A small heading inside a step (e.g. "Path 1 of 2"). */
	| { type: 'heading'; text: string };

export interface StepView {
	kind: string;
	title: string;
	blocks: Block[];
}

export interface StepPage {
	lang: Lang;
	lesson: { slug: string; title: string; stepCount: number; stepTitles: string[] };
	/** 1-based index of this step. */
	index: number;
	step: StepView;
}

/** A lesson that failed to load: shown as a page that says what is wrong, never a blank page. */
export interface LessonProblem {
	slug: string;
	file: string;
	messages: string[];
}
