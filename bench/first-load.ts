/**
 * What a student downloads to open one lesson step, read from the built site (`npm run build` → build/):
 * the JavaScript the page loads before it is interactive (every modulepreload link and every module the
 * start-up script imports, with their static imports, each counted once) and the page's HTML and
 * `__data.json`, all gzipped as a server would send them. The budget test (e2e/first-load.spec.ts) and
 * `npm run bench` both use it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size in bytes, at the level a web server uses by default. */
export function gzipBytes(text: string | Buffer): number {
	return gzipSync(text, { level: 6 }).length;
}

/** Every prerendered step page of the site: build/{lang}/{slug}/{n}/index.html. */
export function stepPages(buildDir: string): string[] {
	const pages: string[] = [];
	for (const lang of ['es', 'en']) {
		const langDir = join(buildDir, lang);
		if (!existsSync(langDir)) continue;
		for (const slug of readdirSync(langDir, { withFileTypes: true })) {
			if (!slug.isDirectory()) continue;
			for (const step of readdirSync(join(langDir, slug.name), { withFileTypes: true })) {
				const file = join(langDir, slug.name, step.name, 'index.html');
				if (step.isDirectory() && /^\d+$/.test(step.name) && existsSync(file)) pages.push(file);
			}
		}
	}
	return pages.sort();
}

/** Site-relative paths of the JS a page asks for up front: modulepreload links and the start-up script's import()s. */
export function upFrontScripts(html: string, pageFile: string, buildDir: string): string[] {
	const found = new Set<string>();
	const add = (href: string) => found.add(posix.normalize(relative(buildDir, join(dirname(pageFile), href)).split('\\').join('/')));
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+\.js)"/.exec(tag)?.[1];
		if (href && /rel="modulepreload"/.test(tag)) add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const i of (m[1] ?? '').matchAll(/import\("([^"]+\.js)"\)/g)) if (i[1]) add(i[1]);
	}
	return [...found];
}

/** The static imports of a built module (`import … from "./x.js"`, `import "./x.js"`), site-relative. */
function staticImports(code: string, file: string): string[] {
	const out: string[] = [];
	for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		if (m[1]) out.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
	}
	return out;
}

/** Every page shares most modules: each is read and gzipped once. */
const modules = new Map<string, { size: number; imports: string[] }>();
function moduleOf(path: string, file: string): { size: number; imports: string[] } {
	let m = modules.get(path);
	if (!m) {
		const code = readFileSync(path);
		m = { size: gzipBytes(code), imports: staticImports(code.toString('utf8'), file) };
		modules.set(path, m);
	}
	return m;
}

export interface FirstLoad {
	/** Site-relative JS files, each once. */
	files: string[];
	/** Their gzipped sizes summed, in bytes. */
	gzip: number;
}

/** The JS a step page loads before it is interactive: its up-front scripts and everything they statically import. */
export function firstLoadScripts(pageFile: string, buildDir: string): FirstLoad {
	const html = readFileSync(pageFile, 'utf8');
	const seen = new Set<string>();
	const queue = upFrontScripts(html, pageFile, buildDir);
	let gzip = 0;
	while (queue.length > 0) {
		const file = queue.pop();
		if (file === undefined || seen.has(file)) continue;
		seen.add(file);
		const { size, imports } = moduleOf(join(buildDir, file), file);
		gzip += size;
		queue.push(...imports);
	}
	return { files: [...seen].sort(), gzip };
}

/**
 * Gzipped HTML, its `__data.json` and its `markup.json` (the step's rendered text, which a client-side
 * navigation fetches beside the data: src/lib/lesson/markup.ts), in bytes; 0 for a file the page lacks.
 */
export function pageAndData(pageFile: string): { html: number; data: number; markup: number } {
	const sizeOf = (name: string) => {
		const file = join(dirname(pageFile), name);
		return existsSync(file) ? gzipBytes(readFileSync(file)) : 0;
	};
	return { html: gzipBytes(readFileSync(pageFile)), data: sizeOf('__data.json'), markup: sizeOf('markup.json') };
}

/** Bytes of every file under a folder. */
export function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}
