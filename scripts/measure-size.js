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
/** Everything a first visit downloads, the service worker's precache included. */
export const FIRST_VISIT_BUDGET = 160_000;

/** @typedef {'js' | 'css' | 'html' | 'data' | 'other'} Kind */
export const KINDS = /** @type {const} */ (['js', 'css', 'html', 'data', 'other']);

/** @typedef {{ url: string, kind: Kind, raw: number, gzip: number }} Resource */
/** @typedef {Record<Kind | 'total', { raw: number, gzip: number }>} Totals */
/** @typedef {{ name: string, path: string, resources: Resource[], totals: Totals }} PageSize */
/**
 * A page in the state a voter reaches it: `session` is what the tab's sessionStorage holds
 * (the quiz keeps its answers there), `path` may carry a `#fragment`.
 * @typedef {{ name: string, path: string, session?: Record<string, string> }} PageToMeasure
 */

const STORAGE_KEY = 'ben-jij-bij1';
const LOCALES = /** @type {const} */ ({ nl: 'nl-NL', en: 'en-GB' });

/**
 * Answers as a voter leaves them after the whole quiz: every answer kind, three marked important,
 * in the shape the app keeps them (src/lib/quiz/stored.ts).
 * @param {{ fingerprint: string, statements: Array<{ id: string }> }} content
 */
function finishedQuiz({ fingerprint, statements }) {
	const kinds = ['agree', 'neutral', 'disagree', 'agree', 'skip'];
	const answers = Object.fromEntries(statements.map((s, i) => [s.id, kinds[i % kinds.length]]));
	const important = statements
		.filter((s) => answers[s.id] !== 'skip')
		.slice(0, 3)
		.map((s) => s.id);
	return {
		[STORAGE_KEY]: JSON.stringify({ format: 1, set: fingerprint, answers, important })
	};
}

/**
 * The link a voter shares, made by the app itself: its "Kopieer link" button, read back from
 * the clipboard.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {Record<string, string>} session
 */
async function sharedLink(browser, baseURL, session) {
	const context = await newContext(browser, { serviceWorkers: 'block' });
	try {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await seed(context, session);
		const page = await context.newPage();
		await page.goto(`${baseURL}/uitslag`);
		await page.locator('[data-action="copy-link"]').click();
		// The copy happens after the sharing code has loaded: wait for that state, boundedly.
		for (let tries = 0; tries < 100; tries++) {
			const text = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
			if (text.includes('#')) return new URL(text).hash;
			await page.waitForTimeout(100);
		}
		throw new Error('The app did not copy a share link');
	} finally {
		await context.close();
	}
}

/**
 * The pages of the budget, each in the state a voter reaches it and in both languages: where a
 * voter lands, where they spend the quiz, the importance step and the result with the answers in
 * the tab, a link someone shared, the method page. The content comes from the published statements.json, so the list
 * follows it.
 * @param {string} baseURL
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<PageToMeasure[]>}
 */
export async function budgetPages(baseURL, browser) {
	const response = await fetch(`${baseURL}/statements.json`);
	if (!response.ok) throw new Error(`${baseURL}/statements.json: HTTP ${response.status}`);
	const content = /** @type {{ fingerprint: string, statements: Array<{ id: string }> }} */ (
		await response.json()
	);
	const first = content.statements[0];
	if (!first) throw new Error('statements.json lists no statements');
	const session = finishedQuiz(content);
	const code = await sharedLink(browser, baseURL, session);
	return Object.entries(PAGES).flatMap(([lang, at]) => {
		const tag = lang === 'nl' ? '' : ` (${lang})`;
		return [
			{ name: `start${tag}`, path: at.start },
			{ name: `statement${tag}`, path: `${at.statement}${first.id}` },
			{ name: `importance, answered${tag}`, path: at.important, session },
			{ name: `result, answered${tag}`, path: at.result, session },
			// A link opens in the language it was shared in; its code is the same in both.
			{ name: `shared link${tag}`, path: `${at.shared}${code}` },
			{ name: `method${tag}`, path: at.method }
		];
	});
}

/** The measured pages' addresses in each language (src/lib/i18n/routes.ts). */
const PAGES = {
	nl: {
		start: '/',
		statement: '/stelling/',
		important: '/belangrijk',
		result: '/uitslag',
		shared: '/gedeeld',
		method: '/verantwoording'
	},
	en: {
		start: '/en',
		statement: '/en/statement/',
		important: '/en/important',
		result: '/en/result',
		shared: '/en/shared',
		method: '/en/method'
	}
};

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ serviceWorkers: 'allow' | 'block', lang?: keyof typeof LOCALES }} options
 */
function newContext(browser, { serviceWorkers, lang = 'nl' }) {
	return browser.newContext({ ...devices['Pixel 7'], locale: LOCALES[lang], serviceWorkers });
}

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Record<string, string> | undefined} session
 */
async function seed(context, session) {
	if (!session) return;
	await context.addInitScript((entries) => {
		for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
	}, session);
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
 * Records every file the context fetches over the network (a page's and its service worker's),
 * each once, with the bytes of that file gzipped. The bytes are fetched again here: a service
 * worker's responses cannot be read from the outside, and the file is the same.
 * @param {import('@playwright/test').BrowserContext} context
 */
function record(context) {
	/** @type {Map<string, Kind>} */
	const seen = new Map();
	context.on('response', (response) => {
		// Redirects, failures and answers the service worker gave from its cache are no downloads.
		if (response.status() >= 300 || response.fromServiceWorker()) return;
		const url = response.url();
		if (seen.has(url)) return;
		const type = response.headers()['content-type'] ?? '';
		seen.set(url, kindOf(type, response.request().resourceType()));
	});
	return async () => {
		const resources = await Promise.all(
			[...seen].map(async ([url, kind]) => {
				const body = Buffer.from(await (await fetch(url)).arrayBuffer());
				return { url, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
			})
		);
		return resources.sort((a, b) => a.kind.localeCompare(b.kind) || a.url.localeCompare(b.url));
	};
}

/**
 * Loads one page cold: a fresh context (empty HTTP cache), no service worker (it would fetch the
 * whole site in the background and serve from its cache), on a Pixel 7, with the tab's storage
 * as the voter left it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {PageToMeasure} target
 * @returns {Promise<PageSize>}
 */
export async function measurePage(browser, baseURL, { name, path, session }) {
	const context = await newContext(browser, { serviceWorkers: 'block' });
	try {
		await seed(context, session);
		const resources = record(context);
		const page = await context.newPage();
		const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
		const list = await resources();
		return { name, path, resources: list, totals: sum(list) };
	} finally {
		await context.close();
	}
}

/**
 * A first visit as it really happens: the start page, then the service worker installing and
 * storing what the quiz needs offline. Every file counts once, whoever fetched it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @returns {Promise<PageSize>}
 */
export async function measureFirstVisit(browser, baseURL) {
	const context = await newContext(browser, { serviceWorkers: 'allow' });
	try {
		const resources = record(context);
		const page = await context.newPage();
		await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
		// Active means installed, and installing means every file was stored.
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			if (registration.active?.state !== 'activated') {
				await new Promise((resolve) =>
					registration.active?.addEventListener('statechange', resolve, { once: true })
				);
			}
		});
		const list = await resources();
		return {
			name: 'first visit, with the offline copy',
			path: '/',
			resources: list,
			totals: sum(list)
		};
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
