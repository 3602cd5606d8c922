/**
 * What a lesson page receives: plain data, KaTeX already rendered to HTML (with MathML) at build time,
 * so a prerendered page needs neither the engine nor mathjs to show a step.
 */
import type { ModelSpec } from '../engine/types';
import type { TrainStart } from '../engine/own-example';
import type { GraphPanel } from '../graph/panel-view';
import type { Lang } from '../i18n/lang';
import type { PlotOptimizer, PlotView } from '../plot/types';

// the languages live with the interface words; re-exported here, where page data has always named them
export { LANGS, type Lang } from '../i18n/lang';

/** One entry of the lesson index. */
export interface LessonSummary {
	slug: string;
	/** Order from the folder's numbered prefix (01-…). */
	number: number;
	title: string;
	/** The summary rendered (Markdown with $…$ math), sanitised like all lesson text. */
	summaryHtml: string;
	stepCount: number;
	/** Ids of the lesson's exercises, for the score kept in the browser. */
	exerciseIds: string[];
}

/** A unit of display inside a step; components render each type, routes do no maths. */
export type Block =
	/** Sanitised Markdown with `$…$` math already rendered. */
	| { type: 'prose'; html: string }
	/**
	 * A display formula (KaTeX HTML including MathML, whose annotation carries the TeX). `tex`, its TeX, is for
	 * the server (worksheets, digests): a step page's data holds KEPT in its place ($lib/lesson/markup.ts).
	 */
	| { type: 'math'; html: string; tex: string; label?: string }
	/** A "careful:" aside where the course notes carry a slip. */
	| { type: 'careful'; html: string }
	/** Where a lesson's symbols differ from the course's conventions (the glossary lists them). */
	| { type: 'notation'; html: string }
	/** A small heading inside a step (e.g. "Path 1 of 2"). */
	| { type: 'heading'; text: string }
	/** A question the student answers, graded in the browser against figures the engine computed. */
	| { type: 'exercise'; exercise: ExerciseView }
	/** A chart of numbers the engine computed at build time; `html` is its formula (KaTeX). */
	| { type: 'plot'; plot: PlotView; html?: string }
	/** Backpropagated gradients beside a finite-difference estimate the browser computes on request. */
	| { type: 'prove'; prove: ProveView }
	/** Training the lesson's model in the browser: play, pause, step, optimizer and learning rate. */
	| { type: 'train'; train: TrainView };

/** "Check it": the engine is loaded in the browser only when the student presses the button. */
export interface ProveView {
	/** The lesson's model with the numbers this page shows. */
	model: ModelSpec;
	/** The nudge h in (L(p + h) − L(p − h)) / 2h. */
	h: number;
	/** The loss's plain-text label (E_total). */
	lossLabel: string;
	/** Each parameter with its plain-text label and its backpropagated ∂loss/∂param. */
	params: { name: string; label: string; gradient: number }[];
	decimals: number;
	/** The small form beside a backward step's gradient. */
	compact: boolean;
}

/** The training panel's starting point; the engine is loaded in the browser when training starts. */
export interface TrainView {
	model: ModelSpec;
	optimizer: PlotOptimizer;
	learningRate: number;
	/** Training stops after this many iterations… */
	iterations: number;
	/** …or as soon as the loss is at or below this. */
	targetLoss?: number;
	/** Where training starts: the XOR table instead of the model's example, seeded random parameters. */
	start: TrainStart;
	/** The loss before any training, shown before the engine loads. */
	startLoss: number;
	lossLabel: string;
	decimals: number;
}

/** Everything the browser needs to grade one exercise, computed at build time by the engine. */
export interface ExerciseView {
	/** Its id in the lesson (data-exercise). */
	id: string;
	/** The quantity key it asks for (data-quantity), e.g. grad:w5. */
	quantity: string;
	answer: 'number' | 'expression';
	promptHtml: string;
	hintsHtml: string[];
	/** The engine's own step for this quantity, revealed by "show solution". */
	solution: Block[];
	expected: number;
	/**
	 * Every value reachable from the figures the lesson displays, each rounded to 3 or more significant
	 * figures or copied as shown: answers inside it (to the figures they are written with) are right.
	 */
	interval: [number, number];
	/** The author's own tolerance, when the exercise sets rtol or atol: it replaces the figures rule. */
	tolerance?: { rtol: number; atol: number };
	/** A count (paths, edges, nodes): only the whole number is right. */
	count?: boolean;
	/** Wrong values that name a mistake, with its explanation in the page's language. */
	misconceptions: { code: string; value: number; message: string }[];
	/** Expression exercises: points where both formulas are evaluated (the lesson's own point first). */
	points: { env: Record<string, number>; expected: number; wrong: { code: string; value: number }[] }[];
	/** Names an answer may use, with their TeX labels for the echo. */
	symbols: { name: string; tex: string }[];
	/** Formula exercises: the help line's example in the lesson's names, checked at build time not to be the answer. */
	example?: string;
	/** Explanations of the codes at the points, in the page's language. */
	messages: Record<string, string>;
	/** Decimals the lesson shows. */
	decimals: number;
	/** Decimals the answer must be written with, when the exercise asks for a precision. */
	askedDecimals?: number;
	/** Names of the lesson a formula for this node's value may not use (the node itself, later nodes). */
	withheld?: string[];
	/** Recomputes the answer from the student's own earlier answers (carry-forward). */
	carry?: { expr: string; env: Record<string, number>; from: Record<string, string> };
}

export interface StepView {
	kind: string;
	title: string;
	blocks: Block[];
}

export interface StepPage {
	lang: Lang;
	/** `id`: the lesson's stable id, from which a named student's numbers are drawn (lesson/student.ts). */
	lesson: { slug: string; id: string; title: string; stepCount: number; stepTitles: string[]; exerciseIds: string[] };
	/** 1-based index of this step. */
	index: number;
	step: StepView;
	/** The graph beside the step, for lessons and step kinds that draw it. */
	graph?: GraphPanel;
	/** The lesson has variants: the browser fetches its text (lessonSourcePath) to draw the student's own numbers. */
	variants?: true;
	/** While authoring (`npm start`): what `npm run lessons -- check` says of this lesson. */
	checkProblems?: string[];
	/** While authoring (`npm start`): each step's digest, so the page reloaded after a save says which steps changed. */
	stepDigests?: string[];
	/** On a lesson's last step: the course's next lesson, where "next" leads. */
	nextLesson?: { slug: string; title: string };
}

/** A lesson that failed to load: shown as a page that says what is wrong, never a blank page. */
export interface LessonProblem {
	slug: string;
	file: string;
	messages: string[];
}
