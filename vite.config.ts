import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** `npm start` reloads the open page when a lesson file is saved, so a teacher sees the change (or its problems) at once. */
function reloadOnLessonChange(): Plugin {
	return {
		name: 'cadena-reload-on-lesson-change',
		handleHotUpdate({ file, server }) {
			if (/[\\/]lessons[\\/][^\\/]+[\\/]lesson\.json$/.test(file)) server.ws.send({ type: 'full-reload' });
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), reloadOnLessonChange()],
	// KaTeX's smallest font would be inlined as a data: URL, which the pages' font-src 'self' refuses
	build: { assetsInlineLimit: (file) => (/\.(?:woff2?|ttf)$/.test(file) ? false : undefined) },
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// The JSON report is what .ci/run sums into its one-line result.
		reporters: ['default', 'json'],
		outputFile: { json: '.reports/unit.json' }
	}
});
