// @ts-check
/**
 * `npm run screenshots`: every kind of page at 390 px wide (a common phone), in light and dark,
 * in the state a voter sees it, written to reports/screens/ to be looked at. Needs
 * `npm run build` first. A tool for looking, not a test.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';

const OUT = new URL('../reports/screens/', import.meta.url);
/** @type {readonly ('nl' | 'en')[]} */
const LANGS = ['nl', 'en'];
/** Each language's addresses and the words the script finds things by. */
const AT = {
	nl: {
		start: '/',
		statement: '/stelling/',
		important: '/belangrijk',
		result: '/uitslag',
		method: '/verantwoording',
		readStatement: 'Lees voor: de stelling',
		stopReading: 'Stop met voorlezen',
		explanation: 'Wat betekent dit?',
		source: 'Bron',
		perStatement: 'Per stelling',
		rowDetails: 'Bekijk stelling en programma'
	},
	en: {
		start: '/en',
		statement: '/en/statement/',
		important: '/en/important',
		result: '/en/result',
		method: '/en/method',
		readStatement: 'Read aloud: the statement',
		stopReading: 'Stop reading aloud',
		explanation: 'What does this mean?',
		source: 'Source',
		perStatement: 'By statement',
		rowDetails: 'Show the statement and the programme'
	}
};
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	await mkdir(OUT, { recursive: true });
	const { statements, fingerprint } = await (await fetch(`${server.url}/statements.json`)).json();
	const kinds = ['agree', 'neutral', 'disagree', 'agree', 'skip', 'disagree'];
	/** @type {Record<string, string>} */
	const answers = Object.fromEntries(
		statements.map((/** @type {{ id: string }} */ s, /** @type {number} */ i) => [
			s.id,
			kinds[i % kinds.length]
		])
	);
	const stored = JSON.stringify({
		format: 1,
		set: fingerprint,
		answers,
		important: [statements[0].id, statements[2].id]
	});
	for (const lang of LANGS) {
		const at = AT[lang];
		for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
			const context = await browser.newContext({
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				colorScheme,
				locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
				serviceWorkers: 'block'
			});
			// A phone with on-device Dutch and English voices, so the read-aloud controls show. They
			// say nothing.
			await context.addInitScript(() => {
				const voices = [
					{ name: 'Xander', lang: 'nl-NL', localService: true, default: true },
					{ name: 'Daniel', lang: 'en-GB', localService: true, default: false }
				];
				const synth = Object.assign(new EventTarget(), {
					getVoices: () => voices,
					speak: () => {},
					cancel: () => {}
				});
				Object.defineProperty(window, 'speechSynthesis', { value: synth });
				Object.defineProperty(window, 'SpeechSynthesisUtterance', {
					value: class extends EventTarget {}
				});
			});
			const page = await context.newPage();
			const prefix = lang === 'nl' ? '' : `${lang}-`;
			/** @param {string} name */
			const shot = (name, fullPage = false) =>
				page.screenshot({
					path: new URL(`${prefix}${name}-${colorScheme}.png`, OUT).pathname,
					fullPage
				});
			await page.goto(`${server.url}${at.start}`);
			await shot('start', true);
			await page.goto(`${server.url}${at.statement}${statements[0].id}`);
			await shot('statement');
			// A hard word opened, and the statement being read aloud.
			await page.getByRole('heading', { level: 1 }).getByRole('button').first().click();
			await page.getByRole('button', { name: at.readStatement }).click();
			await page.locator('h1.reading').waitFor();
			await shot('statement-term');
			await page.getByRole('button', { name: at.stopReading }).click();
			await page.getByText(at.explanation).click();
			await page.getByText(at.source, { exact: true }).click();
			await page.locator('blockquote').first().waitFor();
			await shot('statement-open', true);
			await page.evaluate((value) => sessionStorage.setItem('ben-jij-bij1', value), stored);
			await page.goto(`${server.url}${at.important}`);
			await shot('importance');
			await page.goto(`${server.url}${at.result}`);
			await page.getByTestId('overall').waitFor();
			await shot('result');
			// The share buttons load as the voter scrolls to them.
			await page.locator('#delen').scrollIntoViewIfNeeded();
			await page.locator('[data-action="copy-link"]').waitFor();
			await shot('result-full', true);
			const list = page.getByRole('heading', { name: at.perStatement, exact: true });
			await list.scrollIntoViewIfNeeded();
			// The list loads once its place is on screen, and that place is just below its heading.
			await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
			await page.getByRole('article').first().waitFor();
			await page.getByText(at.rowDetails).first().click();
			await page.locator('blockquote').first().waitFor();
			await list.scrollIntoViewIfNeeded();
			await shot('result-list');
			await page.goto(`${server.url}${at.method}`);
			await shot('method', true);
			await context.close();
		}
	}
	console.log(`Screenshots in ${OUT.pathname}`);
} finally {
	await browser.close();
	await server.close();
}
