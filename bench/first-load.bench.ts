/**
 * What a student downloads to open a lesson step, read from the built site (run `npm run build` first):
 * the gzipped JavaScript loaded before the step is interactive, and the gzipped HTML plus `__data.json`
 * (and, for a step reached in the app, `__data.json` plus `markup.json`), over every prerendered step page, beside the budgets the budget test (e2e/first-load.spec.ts) holds.
 */
import { existsSync } from 'node:fs';
import { firstLoadScripts, folderBytes, pageAndData, stepPages } from './first-load';
import { median, type Row } from './lib';

export const name = 'first-load';
export const title = 'First load of a lesson step (gzipped, from build/)';

const BUILD = 'build';
/** Budgets in bytes (kB = 1000 bytes). */
export const JS_BUDGET = 60_000;
export const PAGE_BUDGET = 12_000;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export async function run(): Promise<Row[]> {
	const pages = existsSync(BUILD) ? stepPages(BUILD) : [];
	if (pages.length === 0) return [{ measure: 'no step pages in build/: run `npm run build` first', value: '', budget: '' }];
	const js = pages.map((p) => firstLoadScripts(p, BUILD));
	const sizes = pages.map((p) => pageAndData(p));
	const jsBytes = js.map((j) => j.gzip);
	return [
		{ measure: `JavaScript before a step is interactive, median of ${pages.length} step pages (kB)`, value: kB(median(jsBytes)), budget: kB(JS_BUDGET) },
		{ measure: 'the same, largest step page (kB)', value: kB(Math.max(...jsBytes)), budget: kB(JS_BUDGET) },
		{ measure: 'JavaScript files it takes', value: median(js.map((j) => j.files.length)), budget: '' },
		{ measure: 'HTML + __data.json, median (kB)', value: kB(median(sizes.map((s) => s.html + s.data))), budget: kB(PAGE_BUDGET) },
		{ measure: 'HTML alone, median (kB)', value: kB(median(sizes.map((s) => s.html))), budget: '' },
		{ measure: '__data.json alone, median (kB)', value: kB(median(sizes.map((s) => s.data))), budget: '' },
		{ measure: 'a step reached in the app: __data.json + markup.json, median (kB)', value: kB(median(sizes.map((s) => s.data + s.markup))), budget: '' },
		{ measure: 'the whole built site (MB, not gzipped)', value: (folderBytes(BUILD) / 1e6).toFixed(1), budget: '' }
	];
}
