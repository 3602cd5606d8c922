import { describe, expect, it } from 'vitest';
import { appFiles, pageOf, pathsToKeep, shellFiles } from './keep';

const PRERENDERED = new Set([
	'/en/',
	'/en/__data.json',
	'/en/one-neuron/1/',
	'/en/one-neuron/1/__data.json',
	'/en/one-neuron/2/',
	'/en/one-neuron/2/__data.json',
	'/en/open/'
]);

describe('shellFiles', () => {
	it('keeps code, styles, woff2 fonts and static files, not the legacy font formats', () => {
		const build = ['/_app/version.json', '/_app/immutable/entry/start.js', '/_app/immutable/assets/0.css', '/_app/immutable/assets/KaTeX_Main.woff2', '/_app/immutable/assets/KaTeX_Main.woff', '/_app/immutable/assets/KaTeX_Main.ttf'];

		const shell = shellFiles(build, ['/favicon.svg']);

		expect(shell).toEqual(['/_app/immutable/entry/start.js', '/_app/immutable/assets/0.css', '/_app/immutable/assets/KaTeX_Main.woff2', '/favicon.svg']);
	});
});

describe('appFiles', () => {
	it('leaves out version.json, which a new deployment rewrites in place', () => {
		expect(appFiles(['/_app/immutable/entry/start.js', '/_app/version.json'], ['/favicon.svg'])).toEqual(['/_app/immutable/entry/start.js', '/favicon.svg']);
	});
});

describe('pageOf', () => {
	it('maps a page, its data and its markup to the same page', () => {
		expect(pageOf('/en/one-neuron/2/__data.json')).toBe('/en/one-neuron/2/');
		expect(pageOf('/en/one-neuron/2/markup.json')).toBe('/en/one-neuron/2/');
		expect(pageOf('/en/one-neuron/2/')).toBe('/en/one-neuron/2/');
	});
});

describe('pathsToKeep', () => {
	it('keeps a step and the next one, each as HTML and data', () => {
		expect(pathsToKeep('/en/one-neuron/1/', PRERENDERED)).toEqual([
			'/en/one-neuron/1/',
			'/en/one-neuron/1/__data.json',
			'/en/one-neuron/2/',
			'/en/one-neuron/2/__data.json'
		]);
	});

	it('counts steps as numbers, so step 9 leads to 10', () => {
		const prerendered = new Set(['/es/xor/9/', '/es/xor/10/', '/es/xor/10/__data.json']);

		expect(pathsToKeep('/es/xor/9/', prerendered)).toEqual(['/es/xor/9/', '/es/xor/10/', '/es/xor/10/__data.json']);
	});

	it('keeps the last step alone, and a page that is not a step as itself', () => {
		expect(pathsToKeep('/en/one-neuron/2/', PRERENDERED)).toEqual(['/en/one-neuron/2/', '/en/one-neuron/2/__data.json']);
		expect(pathsToKeep('/en/open/', PRERENDERED)).toEqual(['/en/open/']);
	});

	it('keeps a step’s markup, and the text of a lesson with variants, which its pages draw from', () => {
		const prerendered = new Set(['/en/one-neuron/1/', '/en/one-neuron/1/__data.json', '/en/one-neuron/1/markup.json', '/lessons/one-neuron.json', '/lessons/xor.json']);

		expect(pathsToKeep('/en/one-neuron/1/', prerendered)).toEqual([
			'/en/one-neuron/1/',
			'/en/one-neuron/1/__data.json',
			'/en/one-neuron/1/markup.json',
			'/lessons/one-neuron.json'
		]);
	});

	it('keeps nothing the build did not prerender', () => {
		expect(pathsToKeep('/en/nowhere/1/', PRERENDERED)).toEqual([]);
	});
});
