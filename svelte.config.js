import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; the fallback page serves unknown URLs with a friendly message.
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// With no lesson on disk the step route has no entries; the index ("no lessons yet") must still build.
			handleUnseenRoutes: 'warn'
		},
		// Nothing leaves the site: no remote script, image, font or request. 'auto' hashes SvelteKit's
		// inline start-up script in prerendered pages (written as a <meta> tag) and uses a nonce in dev.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// KaTeX positions every glyph with style="…" attributes and Svelte writes style: directives;
				// neither can be hashed ahead of time, and styles cannot run code, so inline styles are allowed
				'style-src': ['self', 'unsafe-inline'],
				// lesson images are shipped with the site or written inline as data: URLs
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
