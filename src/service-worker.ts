/// <reference types="@sveltejs/kit" />
/// <reference lib="webworker" />
/**
 * Keeps Cadena working when a student loses the connection: the app (code, styles, fonts) is
 * cached at install, and every page a student opens is cached as it is opened, with the step →
 * leads to. Pages go to the network first, so a student online always gets the newest lesson;
 * the app's files are immutable (their names carry a hash), so the cache answers them first.
 * Progress lives in the browser's storage and is untouched. During `npm start` the build lists are
 * empty, so only the static files are cached and every page still comes from the dev server.
 */
import { build, files, prerendered, version } from '$service-worker';
import { appFiles, pageOf, pathsToKeep, shellFiles } from '$lib/offline/keep';

declare const self: ServiceWorkerGlobalScope;

/** One cache per deployment: a page of an older one names code files this one no longer has. */
const CACHE = `cadena-${version}`;
const SHELL = shellFiles(build, files);
const APP_FILES = new Set(appFiles(build, files));
const PAGES = new Set(prerendered);

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(SHELL);
			// a new deployment takes over at once; its pages are fetched afresh anyway
			await self.skipWaiting();
		})()
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// the page that registered this worker goes offline-ready without a reload; it was fetched
			// before there was a worker to keep it, so it is kept now, with its next step
			await self.clients.claim();
			for (const client of await self.clients.matchAll({ type: 'window' })) {
				await keepAhead(pathsToKeep(pageOf(new URL(client.url).pathname), PAGES));
			}
		})()
	);
});

/** The network's answer, kept when it is a whole page; else what was kept before. */
async function networkFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.status === 200) await cache.put(key, response.clone());
		return response;
	} catch (err) {
		const kept = await cache.match(key);
		if (kept) return kept;
		throw err;
	}
}

async function cacheFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const kept = await cache.match(key);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.status === 200) await cache.put(key, response.clone());
	return response;
}

/** Fetches into the cache what is not there yet; a failure (offline again) is left for the next visit. */
async function keepAhead(paths: readonly string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const path of paths) {
		if (await cache.match(path)) continue;
		try {
			const response = await fetch(path);
			if (response.status === 200) await cache.put(path, response);
		} catch {
			return;
		}
	}
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	const path = url.pathname;
	if (APP_FILES.has(path)) {
		event.respondWith(cacheFirst(request, path));
	} else if (PAGES.has(path)) {
		event.respondWith(networkFirst(request, path));
		event.waitUntil(keepAhead(pathsToKeep(pageOf(path), PAGES).filter((p) => p !== path)));
	}
	// anything else (the dev server's modules, an unknown address) goes to the network untouched
});
