/**
 * Everything `lessons check` proves about a lesson beyond loading it: every $…$ and tex parses in
 * KaTeX, no TeX command is written with one backslash (escapes.ts), every {{quantity}} in prose names
 * a figure the engine computes, every image is the site's own, every exercise's own answer is graded
 * correct, and the lesson's own tests pass (lesson-tests.ts).
 *
 * It reports all it can: once the model traces, prose is checked even when the schema or a step
 * failed, and exercises and tests too when only a step failed.
 */
import katex from 'katex';
import * as v from 'valibot';
import type { Trace } from '../engine';
import type { ModelSpec } from '../engine/types';
import { singleBackslashProblems } from './escapes';
import { exerciseProblems, lessonTestProblems, testProblems } from './lesson-tests';
import { quantityValue } from './quantity';
import { loadLesson, traceModel, type LoadedLesson } from './load';
import { Lesson, ModelFile, type LessonTest } from './schema';
import { lessonHasVariants } from './variants';
import { formatProblem, problemAt, problemInString, readJson, type Problem, type Source } from './source';
import { KATEX_LIMITS, remoteImages } from '../tex/render';
import { draftStep, TEMPLATE, type DraftBlock } from '../tex/steps';

function texProblem(tex: string, displayMode: boolean): string | undefined {
	try {
		// the site's settings; MathML alone is built faster and fails on the same parse errors
		katex.renderToString(tex, { ...KATEX_LIMITS, output: 'mathml', displayMode, throwOnError: true });
		return undefined;
	} catch (err) {
		return err instanceof Error ? err.message : String(err);
	}
}

const remoteImageMessage = (src: string): string =>
	`image ${src} is on another server: fetching it would tell that server who reads the lesson, so it is shown as a link; put the file under static/ and write its path from the site's root (/images/…), or a data: URL`;

/**
 * A label or node TeX is printed inside the steps' aligned formulas, fractions and subscripts, so
 * it must parse there too, not only alone.
 */
function labelProblem(tex: string): string | undefined {
	const alone = texProblem(tex, false);
	if (alone !== undefined) return `TeX does not parse: ${alone}`;
	const inFormula = texProblem(`\\begin{aligned} {${tex}}_{1} &= \\frac{\\partial {${tex}}}{\\partial {${tex}}} \\end{aligned}`, true);
	return inFormula === undefined ? undefined : `TeX parses alone but not inside a step's formula: ${inFormula}`;
}

/** Every formula a step shows in either language, as the page would render it. */
function* stepFormulas(blocks: readonly DraftBlock[]): Generator<{ tex: string; display: boolean }> {
	for (const b of blocks) {
		if (b.type === 'math') yield { tex: b.tex, display: true };
		else if (b.type === 'plot' && b.tex !== undefined) yield { tex: b.tex, display: true };
		else if (b.type === 'exercise') yield* stepFormulas(b.exercise.solution);
	}
}

/** The step formulas the engine writes with the lesson's labels: the first that KaTeX refuses, per step. */
function formulaProblems(loaded: LoadedLesson): Problem[] {
	const { lesson, trace, source } = loaded;
	const out: Problem[] = [];
	// most formulas are the same in both languages: each is parsed once
	const seen = new Set<string>();
	lesson.steps.forEach((step, i) => {
		for (const lang of ['es', 'en'] as const) {
			for (const { tex, display } of stepFormulas(draftStep(step, trace, lang, lesson.precision).blocks)) {
				if (seen.has(tex)) continue;
				seen.add(tex);
				const err = texProblem(tex, display);
				if (err === undefined) continue;
				out.push(problemAt(source, ['steps', i], `a formula of this step does not parse in KaTeX (check the labels it uses): ${err}`));
				return;
			}
		}
	});
	return out;
}

/** Every string in the lesson with its path, for prose checks. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
	if (typeof value === 'string') yield { path, text: value };
	else if (Array.isArray(value)) for (const [i, x] of value.entries()) yield* strings(x, [...path, i]);
	else if (typeof value === 'object' && value !== null) for (const [k, x] of Object.entries(value)) yield* strings(x, [...path, k]);
}

/** What prose checks need: the file, its (possibly unchecked) value and the traced model. */
interface Traced {
	source: Source;
	value: unknown;
	model: ModelSpec;
	trace: Trace;
	/** "model" or "network": where node TeX labels are written. */
	at: string;
}

/** A field of a JSON object the schema has not (yet) accepted. */
function field(value: unknown, key: string): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	return Object.entries(value).find(([k]) => k === key)?.[1];
}

function proseProblems({ source, value, model, trace, at }: Traced): Problem[] {
	const out: Problem[] = [];
	const prose = [
		...strings(field(value, 'steps'), ['steps']),
		...strings(field(value, 'title'), ['title']),
		...strings(field(value, 'summary'), ['summary'])
	];
	for (const { path, text } of prose) {
		const lang = path[path.length - 1];
		if (lang !== 'es' && lang !== 'en') continue;
		for (const m of text.matchAll(TEMPLATE)) {
			const q = quantityValue(trace, m[1] ?? '');
			if (!q.ok) out.push(problemInString(source, path, m[0], `{{${m[1]}}}: ${q.message}`));
		}
		for (const src of remoteImages(text)) out.push(problemInString(source, path, src, remoteImageMessage(src)));
		for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g)) {
			const tex = (m[1] ?? m[2] ?? '').replace(TEMPLATE, '0');
			const err = texProblem(tex, m[1] !== undefined);
			if (err) out.push(problemAt(source, path, `TeX does not parse: ${err}`));
		}
	}
	model.nodes.forEach((n, i) => {
		if (n.tex === undefined) return;
		const err = labelProblem(n.tex);
		if (err) out.push(problemAt(source, [at, 'nodes', i, 'tex'], err));
	});
	// a network's labels are written by the engine, a model's by the teacher
	if (at === 'model') {
		for (const [name, tex] of Object.entries(model.labels ?? {})) {
			const err = labelProblem(tex);
			if (err) out.push(problemAt(source, [at, 'labels', name], err));
		}
	}
	return out;
}

function checksOf(loaded: LoadedLesson): Problem[] {
	const { source, lesson, model, trace } = loaded;
	return [
		...proseProblems({ source, value: lesson, model, trace, at: lesson.network ? 'network' : 'model' }),
		...exerciseProblems(loaded),
		...lessonTestProblems(loaded)
	];
}

/**
 * When loadLesson refused the file: whatever can still be checked. A lesson that passes the schema
 * and traces failed on a step only, so everything runs; otherwise the model alone may still trace,
 * and the prose is checked against it.
 */
function checksDespite(text: string): Problem[] {
	const read = readJson(text);
	if (!read.ok) return [];
	const { source, value } = read;
	const lesson = v.safeParse(Lesson, value);
	if (lesson.success) {
		const traced = traceModel(source, lesson.output);
		if (!traced.ok) return [];
		const variants = lessonHasVariants(lesson.output);
		return checksOf({ lesson: lesson.output, variants, model: traced.model, graph: traced.graph, trace: traced.trace, source });
	}
	const modelOnly = v.safeParse(ModelFile, { model: field(value, 'model'), network: field(value, 'network') });
	if (!modelOnly.success) return [];
	const { model, network } = modelOnly.output;
	if ((model === undefined) === (network === undefined)) return [];
	const traced = traceModel(source, modelOnly.output);
	if (!traced.ok) return [];
	return proseProblems({ source, value, model: traced.model, trace: traced.trace, at: network ? 'network' : 'model' });
}

const byPosition = (a: Problem, b: Problem): number => a.line - b.line || a.column - b.column;

/** Variants `check` draws, as students would get them. */
export const VARIANT_SEEDS = 50;

/**
 * A lesson with variants (any range or choice among its model's numbers) is loaded with seeds 1…50; on
 * each, every exercise must still grade the engine's own answer correct and every lesson test that pins no
 * figure (a formula answer, an expected "invalid") must pass. Every seed that breaks is named: one problem
 * per place, listing the seeds that break it, with the first one's message.
 */
function variantProblems(text: string, loaded: LoadedLesson): Problem[] {
	if (!loaded.variants) return [];
	const pinsNoFigure = (t: LessonTest): boolean =>
		t.value === undefined && (t.expect === 'invalid' || /[A-Za-z_]/.test((t.answer ?? '').replace(/\b(?:e|pi|exp|log|sqrt|abs|sigmoid|tanh)\b/g, '')));
	const byPlace = new Map<string, { first: Problem; seeds: number[] }>();
	for (let seed = 1; seed <= VARIANT_SEEDS; seed++) {
		const result = loadLesson(text, { seed });
		const problems = result.ok
			? [...exerciseProblems(result.loaded), ...result.loaded.lesson.tests.flatMap((t, n) => (pinsNoFigure(t) ? testProblems(result.loaded, t, ['tests', n]) : []))]
			: result.problems;
		for (const p of problems) {
			const place = byPlace.get(p.pointer);
			if (!place) byPlace.set(p.pointer, { first: p, seeds: [seed] });
			else if (place.seeds.at(-1) !== seed) place.seeds.push(seed);
		}
	}
	return [...byPlace.values()].map(({ first, seeds }) => ({
		...first,
		message: `${seeds.length === 1 ? 'variant seed' : `variant seeds (${seeds.length} of ${VARIANT_SEEDS})`} ${seeds.join(', ')}: ${first.message}`
	}));
}

function checkLoaded(text: string): Problem[] {
	const result = loadLesson(text);
	if (result.ok) {
		// variants are drawn only once the nominal lesson is clean, so one slip is not reported fifty times
		const checked = checksOf(result.loaded);
		// the steps' formulas are drafted only from a lesson that loads, and a label already refused
		// would only be reported again, step by step
		const nominal = checked.some((p) => p.message.startsWith('TeX')) ? checked : [...checked, ...formulaProblems(result.loaded)];
		return (nominal.length > 0 ? nominal : variantProblems(text, result.loaded)).sort(byPosition);
	}
	// a place the loader already faulted keeps its own message (it may check the same thing)
	const faulted = new Set(result.problems.map((p) => p.pointer));
	const more = checksDespite(text).filter((p) => !faulted.has(p.pointer));
	return [...result.problems, ...more].sort(byPosition);
}

export function checkLessonText(text: string): Problem[] {
	const read = readJson(text);
	const traps = read.ok ? singleBackslashProblems(read.source) : [];
	if (traps.length === 0) return checkLoaded(text);
	// a tab or newline where a TeX command was meant may upset other checks of its string: the
	// backslash is the cause, and the only message there
	const trapped = new Set(traps.map((p) => p.pointer));
	return [...traps, ...checkLoaded(text).filter((p) => !trapped.has(p.pointer))].sort(byPosition);
}

/**
 * What `lessons check` prints for one file: each problem as FILE:LINE:COL  /pointer  message, the
 * source line and a caret under it; problems at the same place (four missing fields at 1:1) share
 * one, printed after the last of them.
 */
export function checkReport(file: string, text: string): { lines: string[]; problems: number } {
	const found = checkLessonText(text);
	const samePlace = (a: Problem, b: Problem | undefined): boolean => b !== undefined && a.line === b.line && a.column === b.column;
	return { lines: found.map((p, i) => formatProblem(file, p, samePlace(p, found[i + 1]) ? undefined : text)), problems: found.length };
}

/** The last line of `lessons check`. */
export function checkSummary(problems: number, lessons: number): string {
	const l = `${lessons} lesson${lessons === 1 ? '' : 's'}`;
	return problems === 0 ? `${l} checked: no problems` : `${problems} problem${problems === 1 ? '' : 's'} in ${l}`;
}
