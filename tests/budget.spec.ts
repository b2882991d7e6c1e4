import { expect, test } from '@playwright/test';
import { BUDGET, budgetPages, fmt, measurePage } from '../scripts/measure-size.js';

// Byte counts of a given build are deterministic (every response is gzipped by the measuring
// code, not by the server), so unlike timings they make a reliable test. `npm run size` prints
// the same figures per file kind.
for (const name of ['start', 'first statement', 'result']) {
	test(`a cold load of the ${name} page stays within the size budget`, async ({
		browser,
		baseURL
	}) => {
		if (!baseURL) throw new Error('No baseURL in playwright.config.ts');
		const target = (await budgetPages(baseURL)).find((p) => p.name === name);
		if (!target) throw new Error(`No page named ${name}`);
		const { path, totals } = await measurePage(browser, baseURL, target);
		const files = `run \`npm run size -- --verbose\` for the files`;
		expect
			.soft(
				totals.js.gzip,
				`${name} page (${path}) loads ${fmt(totals.js.gzip)} B of JavaScript (gzip); the budget is ${fmt(BUDGET.js)} B: ${files}`
			)
			.toBeLessThanOrEqual(BUDGET.js);
		expect
			.soft(
				totals.total.gzip,
				`${name} page (${path}) loads ${fmt(totals.total.gzip)} B in all (gzip); the budget is ${fmt(BUDGET.total)} B: ${files}`
			)
			.toBeLessThanOrEqual(BUDGET.total);
	});
}
