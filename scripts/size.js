// @ts-check
/**
 * `npm run size`: what a cold visit to the start page, the first statement and the result page
 * downloads, in gzip bytes per kind, against the budget. Serves build/ itself, or measures
 * SIZE_BASE_URL (e.g. a deployed copy) when that is set. Exits 1 when a page is over budget.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';
import { budgetPages, fmt, measurePage, overBudget, table } from './measure-size.js';

const server = process.env.SIZE_BASE_URL
	? { url: process.env.SIZE_BASE_URL.replace(/\/$/, ''), close: async () => {} }
	: await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const pages = [];
	for (const target of await budgetPages(server.url)) {
		pages.push(await measurePage(browser, server.url, target));
	}
	const verbose = process.argv.includes('--verbose');
	if (verbose) {
		for (const page of pages) {
			console.log(`\n${page.name} ${page.path}`);
			for (const r of page.resources) {
				const path = r.url.slice(server.url.length);
				console.log(
					`  ${r.kind.padEnd(5)} ${fmt(r.gzip).padStart(7)} gzip ${fmt(r.raw).padStart(8)} raw  ${path}`
				);
			}
		}
		console.log('');
	}
	console.log(`Cold page loads, gzip level 9 bytes (Pixel 7, no service worker, ${server.url})\n`);
	console.log(table(pages));
	const problems = pages.flatMap(overBudget);
	if (problems.length) {
		console.error(`\nOver budget:\n${problems.map((p) => `- ${p}`).join('\n')}`);
		process.exitCode = 1;
	} else if (!verbose) {
		console.log('\nEvery page is within budget. `npm run size -- --verbose` lists each file.');
	}
} finally {
	await browser.close();
	await server.close();
}
