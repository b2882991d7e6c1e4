// @ts-check
/**
 * Which Chromium the end-to-end tests (playwright.config.ts) and the measuring scripts (size,
 * Lighthouse) drive: `CHROME_PATH`, else Debian's Chromium, else Playwright's own download; and a
 * preview server for the scripts. Plain JS, so the scripts run under Node without a TS loader.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.js';

/** Flags that keep Chromium from calling home: the test machines have no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** @returns {string} the Chromium binary to drive */
export function chromiumPath() {
	const candidates = [
		process.env.CHROME_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		chromium.executablePath()
	];
	const found = candidates.find((p) => !!p && existsSync(p));
	if (found) return found;
	console.error(
		'No Chromium found: run `apt-get install chromium`, set CHROME_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.'
	);
	process.exit(1);
}

/**
 * Serves build/ on a free loopback port, as a static host does (scripts/serve.js).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPreview() {
	return serve();
}
