// @ts-check
/**
 * `npm run lighthouse`: Lighthouse's default (mobile: simulated slow 4G, 4x CPU slowdown) on the
 * start page, the first statement page and the result page of the production build, three runs
 * each, medians. The result page is measured as a returning voter sees it: with answers
 * remembered in localStorage, so it shows a percentage and not "Je uitslag wordt berekend".
 *
 * A report, not a test: timings on a shared machine are too noisy to fail a build on. It does
 * exit 1 when an audit could not run (an error in the report), because then the figures are
 * incomplete. Accessibility, best practices and SEO do not depend on timing and should stay at 100.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { Audit, Gatherer } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Array<[id: string, short: string]>} */
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS']
];
/** Where the app keeps answers a voter asked it to remember (src/lib/quiz/format.ts). */
const STORAGE_KEY = 'ben-jij-bij1';
/**
 * The storage Lighthouse itself clears before a run (its default `clearStorageTypes`), plus the
 * remembered answers of a previous run. Cleared by us before a result-page run, because that run
 * has Lighthouse's own reset switched off (see `rememberAnswers`).
 */
const CLEARED_STORAGE =
	'file_systems,shader_cache,service_workers,cache_storage,local_storage,indexeddb';

/**
 * The text the page shows once Lighthouse has finished loading it, as an informative audit
 * (`shown-text`), so the report itself says what the voter saw: on the result page a percentage,
 * not "Je uitslag wordt berekend". innerText: rendered text only, as laid out.
 */
class ShownTextGatherer extends Gatherer {
	meta = { supportedModes: /** @type {Array<'navigation'>} */ (['navigation']) };

	/** @param {any} context Lighthouse's gatherer context */
	async getArtifact(context) {
		return context.driver.executionContext.evaluate(
			() => (document.querySelector('main') ?? document.body).innerText,
			{ args: [] }
		);
	}
}

class ShownTextAudit extends Audit {
	static get meta() {
		return {
			id: 'shown-text',
			title: 'Text shown at the end of the load',
			description: 'The main text of the page once it has loaded (added by scripts/lighthouse.js).',
			scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
			requiredArtifacts: /** @type {any} */ (['ShownText'])
		};
	}

	/** @param {any} artifacts */
	static audit(artifacts) {
		const text = String(artifacts.ShownText);
		return { score: null, details: { type: /** @type {const} */ ('debugdata'), text } };
	}
}

/** Lighthouse's default config plus the shown-text audit. */
const CONFIG = {
	extends: 'lighthouse:default',
	artifacts: [{ id: 'ShownText', gatherer: { implementation: ShownTextGatherer } }],
	audits: [{ implementation: ShownTextAudit }]
};

/** @param {import('lighthouse').Result} lhr */
function shownText(lhr) {
	/** @type {any} */
	const details = lhr.audits['shown-text']?.details;
	return String(details?.text ?? '');
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * What a voter who ticked "Onthoud mijn antwoorden" has in localStorage: every statement
 * answered (agree, disagree, neutral in turn, every seventh skipped), the first two important.
 * @param {string} baseURL
 */
async function rememberedAnswers(baseURL) {
	const response = await fetch(`${baseURL}/statements.json`);
	const { fingerprint, statements } =
		/** @type {{ fingerprint: string, statements: Array<{ id: string }> }} */ (
			await response.json()
		);
	const cycle = /** @type {const} */ (['agree', 'disagree', 'neutral']);
	/** @type {Record<string, string>} */
	const answers = {};
	statements.forEach(
		({ id }, i) => (answers[id] = i % 7 === 6 ? 'skip' : (cycle[i % 3] ?? 'agree'))
	);
	const important = statements.slice(0, 2).map(({ id }) => id);
	return JSON.stringify({ format: 1, set: fingerprint, answers, important });
}

/**
 * Gives the next run a cold start like Lighthouse's own reset (no service worker, no Cache
 * Storage, empty HTTP cache), but with the answers in localStorage. Lighthouse's reset must be off
 * for that run (`disableStorageReset`): it would otherwise also clear what we set, depending on
 * its `clearStorageTypes`.
 * @param {number} port Chromium's debugging port
 * @param {string} baseURL
 * @param {string} value what to store under STORAGE_KEY
 */
async function rememberAnswers(port, baseURL, value) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	try {
		const context = browser.contexts()[0];
		if (!context) throw new Error('Chromium has no default context');
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', {
			origin: new URL(baseURL).origin,
			storageTypes: CLEARED_STORAGE
		});
		await cdp.send('Network.clearBrowserCache');
		// A plain file of the site: the origin's localStorage without starting the app.
		await page.goto(`${baseURL}/robots.txt`);
		await page.evaluate(([key, v]) => localStorage.setItem(key, v), [STORAGE_KEY, value]);
		await page.close();
	} finally {
		// Only disconnects: Chromium belongs to chrome-launcher.
		await browser.close();
	}
}

/**
 * Every way a report can say that part of it is missing.
 * @param {import('lighthouse').Result} lhr
 * @returns {string[]}
 */
function errorsIn(lhr) {
	const errors = [];
	if (lhr.runtimeError) errors.push(`runtime error: ${lhr.runtimeError.message}`);
	for (const warning of lhr.runWarnings) errors.push(`warning: ${warning}`);
	for (const audit of Object.values(lhr.audits)) {
		if (audit.scoreDisplayMode === 'error' || audit.errorMessage)
			errors.push(`${audit.id}: ${audit.errorMessage ?? 'error'}`);
	}
	return errors;
}

/**
 * The element Lighthouse found as the largest contentful paint: its selector and text.
 * @param {import('lighthouse').Result} lhr
 */
function lcpElement(lhr) {
	/** @type {any} */
	const details = lhr.audits['largest-contentful-paint-element']?.details;
	/** @type {any} */
	const node = details?.items?.[0]?.items?.[0]?.node;
	if (!node) return '(none)';
	const text = String(node.nodeLabel ?? '').replace(/\s+/g, ' ');
	return `${node.selector ?? node.snippet} "${text.length > 50 ? `${text.slice(0, 49)}…` : text}"`;
}

const server = await startPreview();
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});
// A crash (say, in the preview server) skips `finally`; no Chromium may outlive the script.
process.once('exit', () => {
	try {
		process.kill(chrome.pid);
	} catch {
		// already gone
	}
});
try {
	const stored = await rememberedAnswers(server.url);
	const { statements } = /** @type {{ statements: Array<{ id: string }> }} */ (
		await (await fetch(`${server.url}/statements.json`)).json()
	);
	// Where a voter lands, where they spend the quiz, and the result as a returning voter opens
	// it (answers remembered); in English, the start and the result.
	const pages = [
		{ name: 'start', path: '/', remembered: false },
		{ name: 'statement', path: `/stelling/${statements[0]?.id}`, remembered: false },
		{ name: 'result', path: '/uitslag', remembered: true },
		{ name: 'start (en)', path: '/en', remembered: false },
		{ name: 'result (en)', path: '/en/result', remembered: true }
	];
	/** @type {string[][]} */
	const rows = [];
	/** @type {string[]} */
	const notes = [];
	/** @type {string[]} */
	const problems = [];
	for (const { name, path, remembered } of pages) {
		/** @type {Record<string, number[]>} */
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
		/** @type {Record<string, number[]>} */
		const metrics = Object.fromEntries(METRICS.map(([id]) => [id, []]));
		/** @type {Set<string>} */
		const failed = new Set();
		/** @type {Set<string>} */
		const elements = new Set();
		for (let run = 1; run <= RUNS; run++) {
			process.stdout.write(`${name} ${path}: run ${run} of ${RUNS}\r`);
			if (remembered) await rememberAnswers(chrome.port, server.url, stored);
			const result = await lighthouse(
				`${server.url}${path}`,
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: CATEGORIES,
					onlyAudits: ['shown-text'],
					disableStorageReset: remembered
				},
				/** @type {any} */ (CONFIG)
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			for (const error of errorsIn(lhr)) problems.push(`${name} ${path}, run ${run}: ${error}`);
			for (const c of CATEGORIES)
				scores[c]?.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
			for (const [id] of METRICS) metrics[id]?.push(lhr.audits[id]?.numericValue ?? NaN);
			elements.add(lcpElement(lhr));
			// The answers must have been read back, and the result computed from them.
			const text = shownText(lhr);
			if (remembered && (!/\d+%/.test(text) || /wordt berekend|Working out/.test(text)))
				problems.push(
					`${name} ${path}, run ${run}: the page showed no percentage, were the remembered answers read? It showed: ${text.slice(0, 200)}`
				);
			if (remembered && run === 1) {
				const figure = /[^\n]*\d+%[^\n]*/.exec(text)?.[0];
				if (figure) notes.push(`${name}: the page showed "${figure.trim()}"`);
			}
			// What keeps a category below 100, so the report says what to fix.
			for (const category of Object.values(lhr.categories)) {
				if (category.id === 'performance') continue;
				for (const ref of category.auditRefs) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
						failed.add(`${category.id}: ${audit.title}`);
				}
			}
		}
		const m = (/** @type {string} */ id) => median(metrics[id] ?? []);
		rows.push([
			`${name} ${path}`,
			...CATEGORIES.map((c) => String(median(scores[c] ?? []))),
			`${Math.round(m('first-contentful-paint'))} ms`,
			`${Math.round(m('largest-contentful-paint'))} ms`,
			`${Math.round(m('total-blocking-time'))} ms`,
			m('cumulative-layout-shift').toFixed(3)
		]);
		notes.push(`${name}: LCP element ${[...elements].join(' | ')}`);
		for (const f of failed) notes.push(`${name}: below 100 in ${f}`);
	}
	const header = ['page', ...CATEGORIES, ...METRICS.map(([, short]) => short)];
	const all = [header, ...rows];
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	console.log(
		`\nLighthouse ${RUNS} runs per page, median of each figure (default mobile config: simulated slow 4G, 4x CPU slowdown)`
	);
	console.log(
		'The result page is loaded with answers remembered in localStorage, otherwise as cold as the others.\n'
	);
	console.log(
		[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
	);
	console.log(`\n${notes.join('\n')}`);
	if (problems.length) {
		console.error(`\nAudits that did not run, or a page that was not what it should be:`);
		for (const p of problems) console.error(`- ${p}`);
		process.exitCode = 1;
	} else {
		console.log(`\nEvery audit of all ${pages.length * RUNS} reports ran without an error.`);
	}
} finally {
	chrome.kill();
	await server.close();
}
