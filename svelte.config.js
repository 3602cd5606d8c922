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
		}
	}
};

export default config;
