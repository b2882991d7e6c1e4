// @ts-check
/**
 * `npm run size`: what a cold visit to each page downloads, in the state a voter reaches it (the
 * importance step and the result with answers in the tab, a shared link), in gzip bytes per kind,
 * against the budget; then what a whole first visit downloads, the service worker's offline copy
 * included. Serves build/ itself, or measures SIZE_BASE_URL (e.g. a deployed copy) when that is
 * set. Exits 1 when anything is over budget.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';
import {
	budgetPages,
	FIRST_VISIT_BUDGET,
	KINDS,
	fmt,
	measureFirstVisit,
	measurePage,
	overBudget,
	table
} from './measure-size.js';

const server = process.env.SIZE_BASE_URL
	? { url: process.env.SIZE_BASE_URL.replace(/\/$/, ''), close: async () => {} }
	: await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const pages = [];
	for (const target of await budgetPages(server.url, browser)) {
		pages.push(await measurePage(browser, server.url, target));
	}
	const firstVisit = await measureFirstVisit(browser, server.url);
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
	console.log(
		`\nA first visit, with the offline copy: ${firstVisit.resources.length} files, ${fmt(firstVisit.totals.total.gzip)} B gzip (${KINDS.map((k) => `${k} ${fmt(firstVisit.totals[k].gzip)}`).join(', ')}); budget ${fmt(FIRST_VISIT_BUDGET)} B`
	);
	if (verbose) {
		for (const r of firstVisit.resources) {
			console.log(
				`  ${r.kind.padEnd(5)} ${fmt(r.gzip).padStart(7)} gzip  ${r.url.slice(server.url.length)}`
			);
		}
	}
	const problems = pages.flatMap(overBudget);
	if (firstVisit.totals.total.gzip > FIRST_VISIT_BUDGET) {
		problems.push(
			`the first visit downloads ${fmt(firstVisit.totals.total.gzip)} B gzip, budget ${fmt(FIRST_VISIT_BUDGET)} B`
		);
	}
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
