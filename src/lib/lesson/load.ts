/**
 * Lesson text → a checked lesson with its graph and trace, or every problem found, each with its
 * line, column and JSON pointer. Schema first (valibot), then meaning: names in expressions exist,
 * steps refer to nodes and parameters that exist, no value is NaN or infinite.
 */
import * as v from 'valibot';
import { buildGraph, trace, type Graph, type Trace } from '../engine';
import { expandNetwork } from '../engine/layered';
import { count, MAX_MODEL_FILE_NODES, MAX_NODES } from '../engine/limits';
import { RESERVED_NAMES } from '../engine/records';
import type { ModelSpec } from '../engine/types';
import { suggest } from '../check/suggest';
import { fieldsAt } from './fields';
import { quantityValue } from './quantity';
import { Lesson, ModelFile, type LessonNetworkInput, type ModelInput, type Step } from './schema';
import { condition, lessonHasVariants, REDRAWS, resolveModel, resolveNetwork, variantSeed } from './variants';
import { dottedToPath, problemAt, problemInString, readJson, toPointer, wordPattern, type Problem, type Source } from './source';
import { visualStepProblems } from './visual-steps';

export interface LoadedLesson {
	lesson: Lesson;
	/** Whether the model has ranges or choices. */
	variants: boolean;
	/** The seed the numbers were drawn from (none: the nominal numbers). */
	seed?: number;
	model: ModelSpec;
	graph: Graph;
	trace: Trace;
	source: Source;
}

export type LoadResult = { ok: true; loaded: LoadedLesson } | { ok: false; problems: Problem[] };

type IssuePath = readonly { key: unknown }[] | undefined;

function issuePath(path: IssuePath): (string | number)[] {
	return (path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

/**
 * valibot's issues → problems that say what was expected in plain words. With the schema and the
 * value checked, an unknown field gets the fields it may have meant.
 */
export function schemaProblems(source: Source, issues: readonly v.BaseIssue<unknown>[], checked?: { schema: v.GenericSchema; value: unknown }): Problem[] {
	const hints = new Map<v.BaseIssue<unknown>, string[]>();
	// "boddy" for "body": the unknown field names the one it was meant to be, so "missing field body" would only repeat it
	const meant = new Set<string>();
	for (const issue of issues) {
		if (!checked || issue.type !== 'strict_object' || issue.expected !== 'never') continue;
		const path = issuePath(issue.path);
		const hint = suggest(String(path[path.length - 1]), fieldsAt(checked.schema, checked.value, path.slice(0, -1)));
		hints.set(issue, hint);
		if (hint[0] !== undefined) meant.add(toPointer([...path.slice(0, -1), hint[0]]));
	}
	const out: Problem[] = [];
	for (const issue of issues) {
		const path = issuePath(issue.path);
		const last = path[path.length - 1];
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			const hint = hints.get(issue) ?? [];
			out.push(problemAt(source, path, `unknown field "${String(last)}"${hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : ''}`, true));
		} else if (issue.type === 'variant' && issue.expected) {
			out.push(problemAt(source, path, `"kind" must be one of ${issue.expected.replaceAll('"', '')} (got ${issue.received})`));
		} else if (issue.kind === 'schema' && issue.received === 'undefined') {
			if (!meant.has(toPointer(path))) out.push(problemAt(source, path, `missing field "${String(last)}"`));
		} else if (issue.type === 'union' && issue.issues) {
			out.push(problemAt(source, path, issue.message));
		} else {
			out.push(problemAt(source, path, issue.message));
		}
	}
	return out;
}

const NAMED_FIELDS = ['inputs', 'targets', 'params', 'constants', 'labels'] as const;

/**
 * A reserved name (constructor, prototype, __proto__) as a key of the model's inputs, targets,
 * params, constants or labels: the schema would drop it without a word, so it is refused here, at
 * the key as written.
 */
export function reservedNameProblems(source: Source, value: unknown): Problem[] {
	const out: Problem[] = [];
	const model = entry(value, 'model');
	for (const field of NAMED_FIELDS) {
		const names = entry(model, field);
		if (typeof names !== 'object' || names === null) continue;
		for (const name of Object.keys(names)) {
			if (RESERVED_NAMES.has(name)) {
				out.push(problemAt(source, ['model', field, name], `"${name}" is reserved by JavaScript and cannot be a name; choose another name`, true));
			}
		}
	}
	return out;
}

/** `value[key]` of a JSON object, own keys only. */
function entry(value: unknown, key: string): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
	return Object.entries(value).find(([k]) => k === key)?.[1];
}

type ModelSource = { model?: ModelInput | undefined; network?: LessonNetworkInput | undefined };

function modelOf(source: Source, value: ModelSource, seed?: number): { ok: true; model: ModelSpec; at: string } | { ok: false; problems: Problem[] } {
	if (value.model) return { ok: true, model: resolveModel(value.model, seed), at: 'model' };
	if (value.network) {
		const expanded = expandNetwork(resolveNetwork(value.network, seed));
		if (!expanded.ok) {
			return { ok: false, problems: expanded.issues.map((i) => problemAt(source, dottedToPath(i.path), i.message)) };
		}
		return { ok: true, model: expanded.model, at: 'network' };
	}
	return { ok: false, problems: [problemAt(source, [], 'the file has neither "model" nor "network"')] };
}

/** A model → graph and trace, problems mapped to where they are written. */
export function traceModel(
	source: Source,
	value: ModelSource,
	seed?: number,
	limit: { nodes: number; of: string } = { nodes: MAX_NODES, of: 'a lesson' }
): { ok: true; model: ModelSpec; graph: Graph; trace: Trace } | { ok: false; problems: Problem[] } {
	const m = modelOf(source, value, seed);
	if (!m.ok) return m;
	if (m.model.nodes.length > limit.nodes) {
		const what = m.at === 'network' ? 'the network expands to' : 'the model has';
		return { ok: false, problems: [problemAt(source, [m.at, 'nodes'], `${what} ${count(m.model.nodes.length)} nodes, more than the ${count(limit.nodes)} ${limit.of} may have`)] };
	}
	const built = buildGraph(m.model, m.at);
	// an unknown name or function is shown where the expression writes it
	const toProblems = (issues: { path: string; message: string }[]): Problem[] =>
		issues.map((i) => {
			const name = /^unknown (?:function|name) "([^"]+)"/.exec(i.message)?.[1];
			return name === undefined ? problemAt(source, dottedToPath(i.path), i.message) : problemInString(source, dottedToPath(i.path), wordPattern(name), i.message);
		});
	if (!built.ok) return { ok: false, problems: toProblems(built.issues) };
	const traced = trace(built.graph, m.at);
	if (!traced.ok) return { ok: false, problems: toProblems(traced.issues) };
	return { ok: true, model: m.model, graph: built.graph, trace: traced.trace };
}

function stepProblems(source: Source, steps: readonly Step[], trace: Trace): Problem[] {
	const graph = trace.graph;
	const ids = new Set<string>();
	const out: Problem[] = [];
	const nodes = new Set(graph.nodes.map((n) => n.name));
	const params = new Set(graph.params);
	steps.forEach((step, i) => {
		if (step.kind === 'forward' && step.nodes !== 'all') {
			step.nodes.forEach((n, k) => {
				if (!nodes.has(n)) out.push(problemAt(source, ['steps', i, 'nodes', k], `"${n}" is not a node of the model`));
			});
		}
		if (step.kind === 'backward' && !params.has(step.param)) {
			out.push(problemAt(source, ['steps', i, 'param'], `"${step.param}" is not a parameter of the model (parameters: ${[...params].join(', ')})`));
		}
		if (step.kind === 'exercise') {
			step.exercises.forEach((ex, k) => {
				const at = ['steps', i, 'exercises', k];
				const q = quantityValue(trace, ex.quantity);
				if (!q.ok) out.push(problemAt(source, [...at, 'quantity'], q.message));
				else if (!Number.isFinite(q.value)) out.push(problemAt(source, [...at, 'quantity'], `${ex.quantity} is ${q.value}`));
				if (ids.has(ex.id)) out.push(problemAt(source, [...at, 'id'], `duplicate exercise id "${ex.id}"`));
				ids.add(ex.id);
			});
		}
		if (step.kind === 'update' && step.params !== 'all') {
			step.params.forEach((p, k) => {
				if (!params.has(p)) out.push(problemAt(source, ['steps', i, 'params', k], `"${p}" is not a parameter of the model`));
			});
		}
		out.push(...visualStepProblems(source, step, i, trace));
	});
	return out;
}

/** Problems with the lesson's conditions on this trace (empty when every one holds). */
export function conditionProblems(source: Source, conditions: readonly string[], t: Trace, seed?: number): Problem[] {
	const out: Problem[] = [];
	conditions.forEach((text, i) => {
		const c = condition(t, text);
		if (!c.ok) out.push(problemAt(source, ['conditions', i], c.message));
		else if (!c.holds) {
			out.push(problemAt(source, ['conditions', i], `${seed === undefined ? 'the nominal numbers break' : `the variant with seed ${seed} breaks`} "${text}"`));
		}
	});
	return out;
}

/**
 * `seed`: a student's variant. The numbers come from the first redraw of that seed whose variant
 * meets every condition; with no seed, the nominal numbers.
 */
export function loadLesson(text: string, options: { seed?: number } = {}): LoadResult {
	const read = readJson(text);
	if (!read.ok) return read;
	const { source } = read;
	const reserved = reservedNameProblems(source, read.value);
	if (reserved.length > 0) return { ok: false, problems: reserved };
	const parsed = v.safeParse(Lesson, read.value);
	if (!parsed.success) return { ok: false, problems: schemaProblems(source, parsed.issues, { schema: Lesson, value: read.value }) };
	const lesson = parsed.output;
	const variants = lessonHasVariants(lesson);
	const seeds = variants && options.seed !== undefined ? Array.from({ length: REDRAWS }, (_, k) => variantSeed(options.seed ?? 0, k)) : [undefined];
	let first: Problem[] | undefined;
	for (const seed of seeds) {
		const traced = traceModel(source, lesson, seed);
		if (!traced.ok) return traced;
		const problems = [...stepProblems(source, lesson.steps, traced.trace), ...conditionProblems(source, lesson.conditions, traced.trace, seed)];
		first ??= problems;
		if (problems.length > 0) continue;
		return {
			ok: true,
			loaded: { lesson, variants, ...(seed === undefined ? {} : { seed }), model: traced.model, graph: traced.graph, trace: traced.trace, source }
		};
	}
	return { ok: false, problems: first ?? [] };
}

/** A lesson or a file holding only `{ "model": … }` (or `"network"`), for the trace command. */
export function loadModelFile(text: string): { ok: true; graph: Graph; trace: Trace } | { ok: false; problems: Problem[] } {
	const read = readJson(text);
	if (!read.ok) return read;
	const { source } = read;
	const reserved = reservedNameProblems(source, read.value);
	if (reserved.length > 0) return { ok: false, problems: reserved };
	const asLesson = v.safeParse(Lesson, read.value);
	if (asLesson.success) return traceModel(source, asLesson.output);
	const asModel = v.safeParse(ModelFile, read.value);
	if (!asModel.success) {
		// report against the lesson schema when the file looks like a lesson
		const looksLikeLesson = typeof read.value === 'object' && read.value !== null && 'steps' in read.value;
		return { ok: false, problems: looksLikeLesson ? schemaProblems(source, asLesson.issues, { schema: Lesson, value: read.value }) : schemaProblems(source, asModel.issues, { schema: ModelFile, value: read.value }) };
	}
	return traceModel(source, asModel.output, undefined, { nodes: MAX_MODEL_FILE_NODES, of: 'a model file' });
}
