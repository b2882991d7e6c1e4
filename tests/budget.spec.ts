import { expect, test } from '@playwright/test';
import {
	BUDGET,
	budgetPages,
	FIRST_VISIT_BUDGET,
	fmt,
	measureFirstVisit,
	measurePage
} from '../scripts/measure-size.js';

// Byte counts of a given build are deterministic (every response is gzipped by the measuring
// code, not by the server), so unlike timings they make a reliable test. `npm run size` prints
// the same figures per file kind.
const files = 'run `npm run size -- --verbose` for the files';

test('a cold load of every page, in the state a voter reaches it, stays within the budget', async ({
	browser,
	baseURL
}) => {
	test.slow();
	const pages = await budgetPages(baseURL!, browser);
	expect(pages.map((p) => p.name)).toContain('result, answered');
	for (const target of pages) {
		const { name, path, totals } = await measurePage(browser, baseURL!, target);
		expect
			.soft(
				totals.js.gzip,
				`${name} (${path}) loads ${fmt(totals.js.gzip)} B of JavaScript (gzip); the budget is ${fmt(BUDGET.js)} B: ${files}`
			)
			.toBeLessThanOrEqual(BUDGET.js);
		expect
			.soft(
				totals.total.gzip,
				`${name} (${path}) loads ${fmt(totals.total.gzip)} B in all (gzip); the budget is ${fmt(BUDGET.total)} B: ${files}`
			)
			.toBeLessThanOrEqual(BUDGET.total);
	}
});

test('a first visit, the offline copy included, stays within its budget', async ({
	browser,
	baseURL
}) => {
	const { resources, totals } = await measureFirstVisit(browser, baseURL!);
	const paths = resources.map((r) => new URL(r.url).pathname);
	// The offline copy is the app, not every page: no per-page HTML, no open data.
	expect(paths).toContain('/app-shell.html');
	expect(paths.filter((p) => p.startsWith('/stelling/'))).toEqual([]);
	expect(paths).not.toContain('/statements.json');
	expect(
		totals.total.gzip,
		`a first visit downloads ${fmt(totals.total.gzip)} B (gzip); the budget is ${fmt(FIRST_VISIT_BUDGET)} B: ${files}`
	).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
});
