/**
 * Lessons on disk, loaded once at build time (after svelte.dev's content.ts): every
 * lessons/NN-slug/lesson.json, ordered by its number, the prefix stripped from the slug. A lesson
 * that does not load is kept as a problem to show, never a blank page.
 */
import { checkLessonText } from '../lesson/check';
import { loadLesson, type LoadedLesson } from '../lesson/load';
import { formatProblem } from '../lesson/source';
import { stepDigest } from '../lesson/step-changes';
import type { Lang, LessonProblem, LessonSummary, StepPage } from '../lesson/view';
import { buildStepPage } from '../tex/page';
import { renderMarkdown } from '../tex/render';
import { fillTemplates } from '../tex/steps';

const files = import.meta.glob('/lessons/*/lesson.json', { query: '?raw', import: 'default', eager: true });

interface Entry {
	slug: string;
	number: number;
	file: string;
	loaded?: LoadedLesson;
	problems: string[];
	text: string;
}

function readAll(): Entry[] {
	const entries: Entry[] = [];
	for (const [path, text] of Object.entries(files)) {
		const m = /\/lessons\/(\d+)-([^/]+)\/lesson\.json$/.exec(path);
		const file = path.replace(/^\//, '');
		if (!m || typeof text !== 'string') continue;
		const result = loadLesson(text);
		entries.push({
			slug: m[2] ?? '',
			number: Number(m[1]),
			file,
			text,
			...(result.ok ? { loaded: result.loaded, problems: [] } : { problems: result.problems.map((p) => formatProblem(file, p)) })
		});
	}
	return entries.sort((a, b) => a.number - b.number);
}

const checked = new Map<string, string[]>();
function checkProblemsOf(e: Entry): string[] {
	let found = checked.get(e.file);
	if (!found) {
		found = checkLessonText(e.text).map((p) => formatProblem(e.file, p));
		checked.set(e.file, found);
	}
	return found;
}

const digested = new Map<string, string[]>();
/** Every step's digest in `lang` (authoring only: it renders the whole lesson). */
function stepDigestsOf(e: Entry, loaded: LoadedLesson, lang: Lang): string[] {
	const key = `${e.file}/${lang}`;
	let found = digested.get(key);
	if (!found) {
		found = loaded.lesson.steps.map((_, i) => {
			const page = buildStepPage(loaded, e.slug, i + 1, lang);
			return page ? stepDigest(page) : '';
		});
		digested.set(key, found);
	}
	return found;
}

let cache: Entry[] | undefined;
function entries(): Entry[] {
	cache ??= readAll();
	return cache;
}

export function listLessons(lang: Lang): { lessons: LessonSummary[]; problems: LessonProblem[] } {
	const lessons: LessonSummary[] = [];
	const problems: LessonProblem[] = [];
	for (const e of entries()) {
		if (e.loaded) {
			const l = e.loaded.lesson;
			lessons.push({
				slug: e.slug,
				number: e.number,
				title: l.title[lang],
				summaryHtml: renderMarkdown(fillTemplates(l.summary[lang], e.loaded.trace, l.precision)),
				stepCount: l.steps.length,
				exerciseIds: l.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises.map((x) => x.id) : []))
			});
		} else {
			problems.push({ slug: e.slug, file: e.file, messages: e.problems });
		}
	}
	return { lessons, problems };
}

/** Every (slug, step) pair to prerender; a malformed lesson still gets its first page, which explains. */
export function allStepEntries(): { slug: string; stepCount: number }[] {
	return entries().map((e) => ({ slug: e.slug, stepCount: e.loaded ? e.loaded.lesson.steps.length : 1 }));
}

/** A step page, or a problem when the lesson is malformed, or null for an unknown slug or step. */
export function stepPage(slug: string, index: number, lang: Lang): StepPage | LessonProblem | null {
	const e = entries().find((x) => x.slug === slug);
	if (!e) return null;
	if (!e.loaded) return index === 1 ? { slug, file: e.file, messages: e.problems } : null;
	const page = buildStepPage(e.loaded, slug, index, lang);
	if (!page) return null;
	const all = entries();
	const following = index === page.lesson.stepCount ? all.slice(all.indexOf(e) + 1).find((x) => x.loaded) : undefined;
	return {
		...page,
		...(following?.loaded ? { nextLesson: { slug: following.slug, title: following.loaded.lesson.title[lang] } } : {}),
		...(e.loaded.variants ? { variantSource: e.text } : {}),
		// while a teacher edits with `npm start`, the page says what check would (a built site has passed check)
		...(import.meta.env.DEV ? { checkProblems: checkProblemsOf(e), stepDigests: stepDigestsOf(e, e.loaded, lang) } : {})
	};
}
