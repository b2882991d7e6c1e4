// @ts-check
/**
 * `npm run lighthouse`: Lighthouse's default (mobile: slow 4G, 4x CPU slowdown) on the start page
 * and the first statement page of the production build, three runs each, median scores. A report,
 * not a test: timings on a shared machine are too noisy to fail a build on. Accessibility, best
 * practices and SEO do not depend on timing and should stay at 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';
import { budgetPages } from './measure-size.js';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Array<[id: string, short: string]>} */
const METRICS = [
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS']
];

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
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
	const pages = (await budgetPages(server.url)).filter((p) => p.name !== 'result');
	/** @type {string[][]} */
	const rows = [];
	for (const { name, path } of pages) {
		/** @type {Record<string, number[]>} */
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
		/** @type {Record<string, number[]>} */
		const metrics = Object.fromEntries(METRICS.map(([id]) => [id, []]));
		/** @type {Set<string>} */
		const failed = new Set();
		for (let run = 1; run <= RUNS; run++) {
			process.stdout.write(`${name} ${path}: run ${run} of ${RUNS}\r`);
			const result = await lighthouse(`${server.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			for (const c of CATEGORIES)
				scores[c]?.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
			for (const [id] of METRICS) metrics[id]?.push(lhr.audits[id]?.numericValue ?? NaN);
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
		for (const f of failed) console.log(`  ${name}: ${f}`);
	}
	const header = ['page', ...CATEGORIES, ...METRICS.map(([, short]) => short)];
	const all = [header, ...rows];
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	console.log(
		`\nLighthouse ${RUNS} runs per page, median (default mobile config: simulated slow 4G, 4x CPU slowdown)\n`
	);
	console.log(
		[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
	);
} finally {
	chrome.kill();
	await server.close();
}
