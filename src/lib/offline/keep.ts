/**
 * What the service worker keeps for a student who loses the connection, as plain functions of the
 * build's lists, so the choices are tested without a browser. The app itself is fetched once, at
 * install; pages are kept as they are opened, since every prerendered page of the course together
 * weighs about a hundred megabytes.
 */

/** KaTeX's fonts also come as .woff and .ttf for old browsers; a browser with service workers reads .woff2. */
const LEGACY_FONT = /\.(?:woff|ttf)$/;
/** The one build file that changes in place: the app asks it whether a newer deployment exists. */
const VERSION = /\/_app\/version\.json$/;

/** Files fixed for a deployment, answered from the cache: the build's carry a hash in their names. */
export function appFiles(build: readonly string[], files: readonly string[]): string[] {
	return [...build, ...files].filter((f) => !VERSION.test(f));
}

/** Files fetched at install: the app's code, styles and fonts, and the static files. */
export function shellFiles(build: readonly string[], files: readonly string[]): string[] {
	return appFiles(build, files).filter((f) => !LEGACY_FONT.test(f));
}

const DATA = '__data.json';
/** A step's rendered text, which its data leaves out (src/lib/lesson/markup.ts). */
const MARKUP = 'markup.json';

/** The page a request belongs to: `/es/x/3/__data.json` or `/es/x/3/markup.json` (what client-side navigation reads) → `/es/x/3/`. */
export function pageOf(pathname: string): string {
	for (const file of [DATA, MARKUP]) if (pathname.endsWith(`/${file}`)) return pathname.slice(0, -file.length);
	return pathname;
}

/** A lesson step's address, /{lang}/{slug}/{n}/. */
const STEP = /^(\/[^/]+\/[^/]+\/)(\d+)\/$/;

/**
 * What to keep when `page` is opened: the page and, for a lesson step, the step → leads to, so a
 * student who goes offline can still step on once. Each page is kept as its HTML (a reload) and
 * its __data.json and markup.json (a step taken in the app); a step of a lesson with variants also
 * keeps the lesson's text (/lessons/{slug}.json), which draws the student's numbers. Only what the
 * build prerendered is named.
 */
export function pathsToKeep(page: string, prerendered: ReadonlySet<string>): string[] {
	const step = STEP.exec(page);
	const pages = step ? [page, `${step[1]}${Number(step[2]) + 1}/`] : [page];
	const slug = step ? /^\/[^/]+\/([^/]+)\//.exec(page)?.[1] : undefined;
	const source = slug ? [`/lessons/${slug}.json`] : [];
	return [...pages.flatMap((p) => [p, p + DATA, p + MARKUP]), ...source].filter((p) => prerendered.has(p));
}
