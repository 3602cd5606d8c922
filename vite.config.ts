import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// The JSON report is what .ci/run sums into its one-line result.
		reporters: ['default', 'json'],
		outputFile: { json: '.reports/unit.json' }
	}
});
