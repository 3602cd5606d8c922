import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** A Chromium to drive: $CHROMIUM_PATH, else the Debian package's, else Playwright's own download. */
function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

/** The built site's port; E2E_PORT moves it, so two checkouts can run their journeys side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);
/** `npm start`'s server, for the teacher's authoring journey. */
const devPort = Number(process.env.E2E_DEV_PORT ?? 5174);

const launchOptions = {
	executablePath: chromiumPath(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /authoring\.spec\.ts/,
			// the offline journey lets the service worker in; elsewhere its first-visit caching only competes
			// with the journey for a busy machine
			use: { ...devices['Desktop Chrome'], launchOptions, serviceWorkers: 'block' }
		},
		{
			// a teacher editing a lesson file with `npm start` open
			name: 'authoring',
			testMatch: /authoring\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://localhost:${devPort}` }
		}
	],
	webServer: [
		// The students' journeys run against the built, prerendered site, as students get it.
		{
			command: `npm run build && npm run preview -- --port ${port} --strictPort`,
			url: `http://localhost:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			command: `npm run dev -- --port ${devPort} --strictPort`,
			url: `http://localhost:${devPort}`,
			reuseExistingServer: !process.env.CI,
			timeout: 120_000
		}
	]
});
