/**
 * Which Chromium the end-to-end tests and the measuring scripts drive: `CHROME_PATH`, else
 * Debian's `/usr/bin/chromium`, else Playwright's own download. Without any, say so in one line
 * instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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

export function chromiumPath(): string | undefined {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	const found = candidates.find((p): p is string => !!p && existsSync(p));
	if (found) return found;
	if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
	console.error(
		'No Chromium found for the end-to-end tests: run `apt-get install chromium`, set CHROME_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.'
	);
	process.exit(1);
}
