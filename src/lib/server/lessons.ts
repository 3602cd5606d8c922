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
import { buildLessonPages, buildStepPage } from '../tex/page';
import { worksheetBody } from '../tex/worksheet';
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

/** Every (lang, slug, step) a step page is prerendered for, as route parameters. */
export function allStepParams(langs: readonly Lang[]): { lang: Lang; slug: string; step: string }[] {
	return langs.flatMap((lang) =>
		allStepEntries().flatMap(({ slug, stepCount }) => Array.from({ length: stepCount }, (_, i) => ({ lang, slug, step: String(i + 1) })))
	);
}

/** A lesson's own text, when it loads: its pages draw a student's numbers, or a worksheet, from it in the browser. */
export function lessonText(slug: string): string | null {
	const e = entries().find((x) => x.slug === slug);
	return e?.loaded ? e.text : null;
}

/** Slugs of the lessons that load. */
export function loadedSlugs(): string[] {
	return entries()
		.filter((e) => e.loaded)
		.map((e) => e.slug);
}

/**
 * The last few pages built: a step's data, its markup and its prerendered HTML each ask for the same page
 * in turn, and KaTeX need not render it three times.
 */
const recent = new Map<string, StepPage | LessonProblem | null>();
const RECENT = 8;

/** A step page, or a problem when the lesson is malformed, or null for an unknown slug or step. */
export function stepPage(slug: string, index: number, lang: Lang): StepPage | LessonProblem | null {
	const key = `${lang}/${slug}/${index}`;
	const known = recent.get(key);
	if (known !== undefined) return known;
	const page = buildPage(slug, index, lang);
	recent.set(key, page);
	if (recent.size > RECENT) recent.delete(recent.keys().next().value ?? key);
	return page;
}

function buildPage(slug: string, index: number, lang: Lang): StepPage | LessonProblem | null {
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
		...(e.loaded.variants ? { variants: true } : {}),
		// while a teacher edits with `npm start`, the page says what check would (a built site has passed check)
		...(import.meta.env.DEV ? { checkProblems: checkProblemsOf(e), stepDigests: stepDigestsOf(e, e.loaded, lang) } : {})
	};
}

/**
 * A lesson on paper: what its print page's data holds. The worksheet itself (the lesson's own numbers) is
 * in the prerendered page only (`printWorksheet`), and a lesson with variants draws a named student's
 * numbers in the browser from `/lessons/{slug}.json`: neither travels in the data too.
 */
export interface PrintPage {
	slug: string;
	id: string;
	title: string;
	/** Whether a student's name draws numbers of their own. */
	variants: boolean;
}

export function printPage(slug: string, lang: Lang): PrintPage | null {
	const e = entries().find((x) => x.slug === slug);
	if (!e?.loaded) return null;
	return { slug, id: e.loaded.lesson.id, title: e.loaded.lesson.title[lang], variants: e.loaded.variants };
}

/** The worksheet of a lesson's own numbers, as its print page shows it; null for a lesson that does not load. */
export function printWorksheet(lang: Lang, slug: string): string | null {
	const e = entries().find((x) => x.slug === slug);
	if (!e?.loaded) return null;
	return worksheetBody(buildLessonPages(e.loaded, slug, lang), { lang, key: false });
}

