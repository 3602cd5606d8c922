/**
 * The styles of the page's islands, linked from the prerendered page: an island's code (and so its
 * stylesheet) loads after the page, but its prerendered markup must look right from the first paint.
 * The build's client manifest says which stylesheets each island's chunk needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IslandName } from '$lib/components/islands';

/** Each island's component, as the client manifest names it. */
const SOURCES: Record<IslandName, string> = {
	exercise: 'src/lib/components/Exercise.svelte',
	graph: 'src/lib/components/GraphPanel.svelte',
	plot: 'src/lib/components/plot/PlotBlock.svelte',
	progress: 'src/lib/components/ProgressPanel.svelte',
	prove: 'src/lib/components/Prove.svelte',
	train: 'src/lib/components/TrainPanel.svelte'
};

/** Written by the client build, which runs before prerendering. */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

interface ManifestChunk {
	css?: string[];
	imports?: string[];
}

function isManifest(value: unknown): value is Record<string, ManifestChunk> {
	return typeof value === 'object' && value !== null;
}

let stylesheets: Map<string, string[]> | null = null;

/** Stylesheets of each island's chunk and of the chunks it imports, site-relative (_app/immutable/assets/…). */
function islandStylesheets(): Map<string, string[]> {
	if (stylesheets) return stylesheets;
	stylesheets = new Map();
	if (!existsSync(MANIFEST)) return stylesheets;
	const manifest: unknown = JSON.parse(readFileSync(MANIFEST, 'utf8'));
	if (!isManifest(manifest)) return stylesheets;
	const cssOf = (key: string, seen: Set<string>): string[] => {
		if (seen.has(key)) return [];
		seen.add(key);
		const chunk = manifest[key];
		return [...(chunk?.css ?? []), ...(chunk?.imports ?? []).flatMap((k) => cssOf(k, seen))];
	};
	for (const [name, source] of Object.entries(SOURCES)) stylesheets.set(name, [...new Set(cssOf(source, new Set()))]);
	return stylesheets;
}

/** The page with a stylesheet link, in its <head>, for each island it holds; `pathname` sets the relative path up to the site. */
export function linkIslandStyles(html: string, pathname: string, sheets: ReadonlyMap<string, readonly string[]> = islandStylesheets()): string {
	const names = new Set([...html.matchAll(/data-island="([a-z]+)"/g)].map((m) => m[1] ?? ''));
	const up = '../'.repeat(pathname.split('/').filter(Boolean).length) || './';
	const present = new Set([...html.matchAll(/href="[^"]*?(_app\/immutable\/assets\/[^"]+\.css)"/g)].map((m) => m[1]));
	const links = [...names]
		.flatMap((name) => sheets.get(name) ?? [])
		.filter((file, i, all) => all.indexOf(file) === i && !present.has(file))
		.map((file) => `<link href="${up}${file}" rel="stylesheet">`);
	return links.length === 0 ? html : html.replace('</head>', `\t${links.join('\n\t\t')}\n\t</head>`);
}
