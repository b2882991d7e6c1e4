// @ts-check
/**
 * `npm run share-figures`: what sharing produces for a typical voter, measured in the production
 * build: the share link's length (and its code's), and the result card's size in bytes and
 * pixels. The voter answers every statement, mixing agree, neutral, disagree and skip, and marks
 * three as important; `navigator.share` is replaced by a recorder. The card is written to
 * reports/card.png so it can be looked at.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';

const NAMES = ['Eens', 'Oneens', 'Geen van beide', 'Eens', 'Sla deze stelling over'];

const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		/** @type {any} */ (window).__shared = null;
		Object.defineProperty(Navigator.prototype, 'canShare', { value: () => true });
		Object.defineProperty(Navigator.prototype, 'share', {
			value: async (/** @type {ShareData} */ data) => {
				const file = data.files?.[0];
				/** @type {any} */ (window).__shared = {
					url: data.url,
					bytes: file ? Array.from(new Uint8Array(await file.arrayBuffer())) : []
				};
			}
		});
	});
	const { statements } = await (await page.request.get(`${server.url}/statements.json`)).json();
	await page.goto(`${server.url}/stelling/${statements[0].id}`);
	for (let i = 0; i < statements.length; i++) {
		const before = page.url();
		const answer = page.getByRole('button', { name: NAMES[i % NAMES.length], exact: true });
		await answer.click();
		await page.waitForURL((url) => url.href !== before);
	}
	for (const box of (await page.getByRole('checkbox').all()).slice(0, 3)) await box.check();
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await page.getByRole('button', { name: 'Deel je uitslag' }).click();
	await page.waitForFunction(() => /** @type {any} */ (window).__shared !== null);
	const shared = await page.evaluate(() => /** @type {any} */ (window).__shared);
	const png = Buffer.from(shared.bytes);
	const url = new URL(shared.url);
	await mkdir(new URL('../reports/', import.meta.url), { recursive: true });
	await writeFile(new URL('../reports/card.png', import.meta.url), png);
	console.log(
		`share link: ${url.pathname}${url.hash} (${url.pathname.length + url.hash.length} characters after the host; code ${url.hash.length - 1})`
	);
	console.log(
		`result card: ${png.length.toLocaleString('en')} bytes, ${png.readUInt32BE(16)} × ${png.readUInt32BE(20)} px PNG, written to reports/card.png`
	);
} finally {
	await browser.close();
	await server.close();
}
