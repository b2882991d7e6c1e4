// @ts-check
/**
 * What a voter downloads on a cold visit: every response of a page load, gzipped here at level 9
 * so the figures are deterministic (transfer sizes depend on the server's compression and on
 * headers, and would move with the host). Shared by `npm run size` and tests/budget.spec.ts.
 */
import { gzipSync } from 'node:zlib';
import { devices } from '@playwright/test';

/** Per cold page load, in gzip bytes (see the "Fast, offline, locked down" issue). */
export const BUDGET = { js: 45_000, total: 80_000 };

/** @typedef {'js' | 'css' | 'html' | 'data' | 'other'} Kind */
export const KINDS = /** @type {const} */ (['js', 'css', 'html', 'data', 'other']);

/** @typedef {{ url: string, kind: Kind, raw: number, gzip: number }} Resource */
/** @typedef {Record<Kind | 'total', { raw: number, gzip: number }>} Totals */
/** @typedef {{ name: string, path: string, resources: Resource[], totals: Totals }} PageSize */
/** @typedef {{ name: string, path: string }} PageToMeasure */

/**
 * The pages of the budget: where a voter lands, where they spend the quiz, where they end up.
 * The first statement comes from the published statements.json, so the list follows the content.
 * @param {string} baseURL
 * @returns {Promise<PageToMeasure[]>}
 */
export async function budgetPages(baseURL) {
	const response = await fetch(`${baseURL}/statements.json`);
	if (!response.ok) throw new Error(`${baseURL}/statements.json: HTTP ${response.status}`);
	const { statements } = /** @type {{ statements: Array<{ id: string }> }} */ (
		await response.json()
	);
	const first = statements[0];
	if (!first) throw new Error('statements.json lists no statements');
	return [
		{ name: 'start', path: '/' },
		{ name: 'first statement', path: `/stelling/${first.id}` },
		{ name: 'result', path: '/uitslag' }
	];
}

/**
 * @param {string} contentType
 * @param {string} resourceType
 * @returns {Kind}
 */
export function kindOf(contentType, resourceType) {
	if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
	if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
	if (resourceType === 'document' || contentType.startsWith('text/html')) return 'html';
	if (/[/+]json\b/.test(contentType)) return 'data';
	return 'other';
}

/**
 * Loads one page cold: a fresh context (empty HTTP cache and storage), no service worker (it
 * would fetch the whole site in the background and serve from its cache), on a Pixel 7.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {PageToMeasure} target
 * @returns {Promise<PageSize>}
 */
export async function measurePage(browser, baseURL, { name, path }) {
	const context = await browser.newContext({
		...devices['Pixel 7'],
		locale: 'nl-NL',
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		/** @type {Promise<Resource | undefined>[]} */
		const pending = [];
		page.on('response', (response) => {
			pending.push(
				(async () => {
					// Redirects and failed requests carry no body worth counting.
					if (response.status() >= 300) return undefined;
					const body = await response.body().catch(() => undefined);
					if (!body) return undefined;
					const kind = kindOf(
						(await response.headerValue('content-type')) ?? '',
						response.request().resourceType()
					);
					return {
						url: response.url(),
						kind,
						raw: body.length,
						gzip: gzipSync(body, { level: 9 }).length
					};
				})()
			);
		});
		const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
		const resources = /** @type {Resource[]} */ ((await Promise.all(pending)).filter(Boolean));
		resources.sort((a, b) => a.kind.localeCompare(b.kind) || a.url.localeCompare(b.url));
		return { name, path, resources, totals: sum(resources) };
	} finally {
		await context.close();
	}
}

/**
 * @param {Resource[]} resources
 * @returns {Totals}
 */
export function sum(resources) {
	const totals = /** @type {Totals} */ (
		Object.fromEntries([...KINDS, 'total'].map((k) => [k, { raw: 0, gzip: 0 }]))
	);
	for (const { kind, raw, gzip } of resources) {
		for (const key of /** @type {const} */ ([kind, 'total'])) {
			totals[key].raw += raw;
			totals[key].gzip += gzip;
		}
	}
	return totals;
}

/**
 * The budget's verdict on one page, one line per excess.
 * @param {PageSize} page
 * @returns {string[]}
 */
export function overBudget({ name, path, totals }) {
	const problems = [];
	if (totals.js.gzip > BUDGET.js)
		problems.push(
			`${name} (${path}): JavaScript is ${fmt(totals.js.gzip)} B gzip, budget ${fmt(BUDGET.js)} B`
		);
	if (totals.total.gzip > BUDGET.total)
		problems.push(
			`${name} (${path}): everything is ${fmt(totals.total.gzip)} B gzip, budget ${fmt(BUDGET.total)} B`
		);
	return problems;
}

/** @param {number} n */
export function fmt(n) {
	return n.toLocaleString('en-GB');
}

/**
 * A plain-text table: one row per page and kind, gzip bytes with raw bytes beside them.
 * @param {PageSize[]} pages
 * @returns {string}
 */
export function table(pages) {
	const header = ['page', ...KINDS, 'total', 'budget'];
	const rows = pages.map((p) => [
		`${p.name} ${p.path}`,
		...[...KINDS, /** @type {const} */ ('total')].map((k) => fmt(p.totals[k].gzip)),
		overBudget(p).length ? 'OVER' : 'ok'
	]);
	const limits = ['budget', fmt(BUDGET.js), '', '', '', '', fmt(BUDGET.total), ''];
	const all = [header, ...rows, limits];
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [line(header), rule, ...rows.map(line), rule, line(limits)].join('\n');
}
