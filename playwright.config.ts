import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/browser.js';

const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	// Two cores: parallel workers beyond that only fight over the CPU.
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	// Two cores: a whole quiz plus four axe runs takes most of a minute when tests run in parallel.
	timeout: 90_000,
	use: {
		...devices['Pixel 7'],
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'nl-NL',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	// The production build, served as a static host serves it (`npm test` builds first).
	webServer: {
		command: `node scripts/serve.js`,
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		// Never reuse: a server left running may serve an older build.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
