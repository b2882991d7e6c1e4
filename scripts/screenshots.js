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
	for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
		const context = await browser.newContext({
			...devices['Pixel 7'],
			viewport: { width: 390, height: 844 },
			colorScheme,
			locale: 'nl-NL',
			serviceWorkers: 'block'
		});
		// A phone with an on-device Dutch voice, so the read-aloud controls show. It says nothing.
		await context.addInitScript(() => {
			const voice = { name: 'Xander', lang: 'nl-NL', localService: true, default: true };
			const synth = Object.assign(new EventTarget(), {
				getVoices: () => [voice],
				speak: () => {},
				cancel: () => {}
			});
			Object.defineProperty(window, 'speechSynthesis', { value: synth });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', {
				value: class extends EventTarget {}
			});
		});
		const page = await context.newPage();
		/** @param {string} name */
		const shot = (name, fullPage = false) =>
			page.screenshot({ path: new URL(`${name}-${colorScheme}.png`, OUT).pathname, fullPage });
		await page.goto(`${server.url}/`);
		await shot('start', true);
		await page.goto(`${server.url}/stelling/${statements[0].id}`);
		await shot('statement');
		// A hard word opened, and the statement being read aloud.
		await page.getByRole('heading', { level: 1 }).getByRole('button').first().click();
		await page.getByRole('button', { name: 'Lees voor: de stelling' }).click();
		await page.locator('h1.reading').waitFor();
		await shot('statement-term');
		await page.getByRole('button', { name: 'Stop met voorlezen' }).click();
		await page.getByText('Wat betekent dit?').click();
		await page.getByText('Bron', { exact: true }).click();
		await page.locator('blockquote').waitFor();
		await shot('statement-open', true);
		await page.evaluate((value) => sessionStorage.setItem('ben-jij-bij1', value), stored);
		await page.goto(`${server.url}/belangrijk`);
		await shot('importance');
		await page.goto(`${server.url}/uitslag`);
		await page.getByTestId('overall').waitFor();
		await shot('result');
		// The share buttons load as the voter scrolls to them.
		await page.locator('#delen').scrollIntoViewIfNeeded();
		await page.locator('[data-action="copy-link"]').waitFor();
		await shot('result-full', true);
		await page.getByRole('heading', { name: 'Per stelling', exact: true }).scrollIntoViewIfNeeded();
		await page.getByRole('article').first().waitFor();
		await page.getByText('Bekijk stelling en programma').first().click();
		await page.locator('blockquote').first().waitFor();
		await page.getByRole('heading', { name: 'Per stelling', exact: true }).scrollIntoViewIfNeeded();
		await shot('result-list');
		await page.goto(`${server.url}/verantwoording`);
		await shot('method', true);
		await context.close();
	}
	console.log(`Screenshots in ${OUT.pathname}`);
} finally {
	await browser.close();
	await server.close();
}
