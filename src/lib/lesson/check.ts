/**
 * Everything `lessons check` proves about a lesson beyond loading it: every $…$ and tex parses in
 * KaTeX, every {{quantity}} in prose names a figure the engine computes.
 */
import katex from 'katex';
import { quantityValue } from './quantity';
import { loadLesson, type LoadedLesson } from './load';
import { problemAt, type Problem } from './source';
import { TEMPLATE } from '../tex/steps';

function texProblem(tex: string, displayMode: boolean): string | undefined {
	try {
		katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'ignore', displayMode, maxExpand: 200, maxSize: 20 });
		return undefined;
	} catch (err) {
		return err instanceof Error ? err.message : String(err);
	}
}

/** Every string in the lesson with its path, for prose checks. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
	if (typeof value === 'string') yield { path, text: value };
	else if (Array.isArray(value)) for (const [i, x] of value.entries()) yield* strings(x, [...path, i]);
	else if (typeof value === 'object' && value !== null) for (const [k, x] of Object.entries(value)) yield* strings(x, [...path, k]);
}

function proseProblems(loaded: LoadedLesson): Problem[] {
	const out: Problem[] = [];
	const { lesson, trace, source } = loaded;
	const prose = [...strings(lesson.steps, ['steps']), ...strings(lesson.title, ['title']), ...strings(lesson.summary, ['summary'])];
	for (const { path, text } of prose) {
		const lang = path[path.length - 1];
		if (lang !== 'es' && lang !== 'en') continue;
		for (const m of text.matchAll(TEMPLATE)) {
			const q = quantityValue(trace, m[1] ?? '');
			if (!q.ok) out.push(problemAt(source, path, `{{${m[1]}}}: ${q.message}`));
		}
		for (const m of text.matchAll(/\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g)) {
			const tex = (m[1] ?? m[2] ?? '').replace(TEMPLATE, '0');
			const err = texProblem(tex, m[1] !== undefined);
			if (err) out.push(problemAt(source, path, `TeX does not parse: ${err}`));
		}
	}
	loaded.model.nodes.forEach((n, i) => {
		if (n.tex === undefined) return;
		const err = texProblem(n.tex, false);
		if (err) out.push(problemAt(source, [loaded.lesson.network ? 'network' : 'model', 'nodes', i, 'tex'], `TeX does not parse: ${err}`));
	});
	return out;
}

export function checkLessonText(text: string): Problem[] {
	const result = loadLesson(text);
	if (!result.ok) return result.problems;
	return proseProblems(result.loaded);
}
