/**
 * The arrows point one way (docs: the style guide): routes → components → state → check/tex/lesson →
 * engine, with the interface words (i18n/) a leaf every layer but the engine may import. Reads every
 * `import … from '…'` and `export … from '…'` of src/ (TypeScript and Svelte), resolves `$lib/` and
 * relative paths, and fails on an import cycle or on an arrow pointing up.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** Every .ts and .svelte file under a folder, tests and fixtures aside. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** What one file imports: `static` edges load with it (a cycle among them is a cycle); `lazy` ones are import()s. */
export interface Imports {
	static: string[];
	lazy: string[];
}

/** The specifiers of a file's `import … from '…'`, `import '…'`, `export … from '…'` and `import('…')`. */
export function importSpecifiers(code: string): Imports {
	// comments may quote an import in prose; strings stay, as a specifier is one
	const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	const found = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1] ?? '');
	return {
		static: found(/(?:^|[\n;])\s*(?:import|export)\s+(?:[\w$*{}\s,]*?\s+from\s+)?['"]([^'"]+)['"]/g),
		lazy: found(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)
	};
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '/index.ts'];

/** The file a specifier names, or null for a package or a SvelteKit module ($app/…, ./$types). */
export function resolveImport(specifier: string, from: string, src = SRC): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join(src, 'lib', specifier.slice(5));
	else if (specifier.startsWith('.')) base = join(dirname(from), specifier);
	else return null;
	for (const ext of EXTENSIONS) {
		const path = base + ext;
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	if (/\$types$/.test(specifier)) return null;
	throw new Error(`${relative(src, from)}: cannot resolve '${specifier}'`);
}

/** Layers, outermost first; a file may import its own layer or any below it. */
const LAYERS = ['routes', 'components', 'state', 'check/tex/lesson', 'engine'] as const;
type Layer = (typeof LAYERS)[number] | 'words';

/** The layer of a file under src/: its folder under lib/, routes and the app's own files outermost. */
export function layerOf(path: string, src = SRC): Layer {
	const rel = relative(src, path).split('\\').join('/');
	const folder = /^lib\/([^/]+)\//.exec(rel)?.[1];
	switch (folder) {
		case undefined: // routes, hooks, the service worker, the command line
		case 'server': // build-time loading, called by routes only
			return 'routes';
		case 'components':
			return 'components';
		case 'state':
		case 'offline':
			return 'state';
		case 'engine':
			return 'engine';
		case 'i18n':
			return 'words';
		default: // check, tex, lesson, graph, plot: build the page's data from the engine's trace
			return 'check/tex/lesson';
	}
}

/** Whether an arrow from one layer to another points the way the style guide says. */
export function arrowAllowed(from: Layer, to: Layer): boolean {
	if (from === 'engine') return to === 'engine';
	if (to === 'words') return true;
	if (from === 'words') return false;
	return LAYERS.indexOf(from) <= LAYERS.indexOf(to);
}

/** Every cycle of static imports, each as the list of files around it (found by a depth-first walk). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			const s = state.get(next);
			if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (s === undefined) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
	return cycles;
}

function projectGraph() {
	const files = sourceFiles(SRC);
	const staticEdges = new Map<string, string[]>();
	const allEdges = new Map<string, string[]>();
	for (const file of files) {
		const { static: s, lazy } = importSpecifiers(readFileSync(file, 'utf8'));
		const resolve = (list: string[]) => list.map((x) => resolveImport(x, file)).filter((x): x is string => x !== null);
		staticEdges.set(file, resolve(s));
		allEdges.set(file, [...resolve(s), ...resolve(lazy)]);
	}
	return { files, staticEdges, allEdges };
}

const rel = (path: string) => relative(SRC, path).split('\\').join('/');

describe('the import graph of src/', () => {
	const { files, staticEdges, allEdges } = projectGraph();

	it('reads the whole app', () => {
		// a parser that found nothing would pass every rule below
		expect(files.length).toBeGreaterThan(100);
		expect([...staticEdges.values()].flat().length).toBeGreaterThan(300);
	});

	it('has no import cycle', () => {
		// Act
		const cycles = importCycles(staticEdges).map((c) => c.map(rel).join(' → '));

		// Assert
		expect(cycles).toEqual([]);
	});

	it('points every arrow down the layers, the engine importing only itself', () => {
		// Act
		const upward = [...allEdges].flatMap(([from, tos]) =>
			tos.filter((to) => !arrowAllowed(layerOf(from), layerOf(to))).map((to) => `${rel(from)} (${layerOf(from)}) → ${rel(to)} (${layerOf(to)})`)
		);

		// Assert
		expect(upward).toEqual([]);
	});
});

describe('the import checker itself', () => {
	it('reads single-line, multi-line, side-effect, type-only, re-export and dynamic imports', () => {
		// Arrange
		const code = [
			"import { a } from './a';",
			'import {',
			'\tb,',
			'\ttype C',
			"} from '$lib/b';",
			"import './c.css';",
			"import type { D } from '../d';",
			"export { e } from './e';",
			'// import { no } from "./commented";',
			"const f = await import('./f');"
		].join('\n');

		// Act
		const found = importSpecifiers(code);

		// Assert
		expect(found.static).toEqual(['./a', '$lib/b', './c.css', '../d', './e']);
		expect(found.lazy).toEqual(['./f']);
	});

	it('finds a cycle of three and none in a chain', () => {
		// Arrange
		const cyclic = new Map([
			['view', ['panel']],
			['panel', ['steps']],
			['steps', ['view']]
		]);
		const chain = new Map([
			['view', ['panel']],
			['panel', ['steps']],
			['steps', []]
		]);

		// Act, Assert
		expect(importCycles(cyclic)).toEqual([['panel', 'steps', 'view', 'panel']]);
		expect(importCycles(chain)).toEqual([]);
	});

	it('lets arrows point down and the words be imported, and refuses the rest', () => {
		// Arrange
		const lib = (p: string) => join(SRC, 'lib', p);

		// Act, Assert
		expect(arrowAllowed(layerOf(lib('components/X.svelte')), layerOf(lib('state/x.svelte.ts')))).toBe(true);
		expect(arrowAllowed(layerOf(lib('tex/x.ts')), layerOf(lib('i18n/words.ts')))).toBe(true);
		expect(arrowAllowed(layerOf(lib('engine/x.ts')), layerOf(lib('i18n/words.ts')))).toBe(false);
		expect(arrowAllowed(layerOf(lib('lesson/x.ts')), layerOf(lib('state/x.ts')))).toBe(false);
		expect(arrowAllowed(layerOf(lib('i18n/words.ts')), layerOf(lib('lesson/view.ts')))).toBe(false);
		expect(arrowAllowed(layerOf(join(SRC, 'routes/+page.svelte')), layerOf(lib('engine/index.ts')))).toBe(true);
	});
});
