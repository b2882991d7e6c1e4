// @ts-check
/**
 * `npm run tap-latency`: how long a voter on a slow phone waits between tapping "Eens" and seeing
 * the next statement. Chromium as a Pixel 7 (touch), the CPU slowed down 4x (Lighthouse's mobile
 * setting), the production build served by scripts/browser.js startPreview.
 *
 * For each of TAPS statements: a real touch on the "Eens" button (`page.touchscreen.tap`), timed
 * inside the page from the capturing `touchstart` listener (performance.now()) to the first
 * animation frame after the heading shows the next statement's text (MutationObserver, then
 * requestAnimationFrame). Before each tap the statement has been on screen for SETTLE_MS, longer
 * than the app's guard against accidental double taps, and after each tap the progress text must
 * say the quiz moved on by one. A report, not a test.
 */
import { chromium, devices } from '@playwright/test';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS, chromiumPath, startPreview } from './browser.js';

const TAPS = 10;
const CPU_SLOWDOWN = 4;
/** Time a statement is on screen before the tap: taps in the first moments are ignored. */
const SETTLE_MS = 1500;
const TARGET_MS = 100;

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? NaN)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Arms the measurement for the next tap, inside the page. Resolves `window.__tapLatency` with the
 * touch's time and the frame time once `h1` shows `nextText`.
 * @param {string} nextText
 */
function arm(nextText) {
	/** @type {{ touch?: number, touchEvent?: number }} */
	const t = {};
	const onTouch = (/** @type {Event} */ event) => {
		if (t.touch !== undefined) return;
		t.touch = performance.now();
		t.touchEvent = event.timeStamp;
	};
	// Capturing, on window: runs before any handler of the app.
	window.addEventListener('touchstart', onTouch, { capture: true, passive: true });
	window.addEventListener('pointerdown', onTouch, { capture: true, passive: true });
	/** @type {any} */ (window).__tapLatency = new Promise((done) => {
		const observer = new MutationObserver(() => {
			if (document.querySelector('h1')?.textContent?.trim() !== nextText) return;
			observer.disconnect();
			requestAnimationFrame(() => {
				const frame = performance.now();
				window.removeEventListener('touchstart', onTouch, { capture: true });
				window.removeEventListener('pointerdown', onTouch, { capture: true });
				done({ ...t, frame });
			});
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	const { statements } = /** @type {{ statements: Array<{ statement: string }> }} */ (
		await (await fetch(`${server.url}/statements.json`)).json()
	);
	const total = statements.length;
	if (total < TAPS + 1) throw new Error(`Only ${total} statements, ${TAPS + 1} needed`);

	const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-NL' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

	await page.goto(`${server.url}/`);
	// The service worker precaches the whole quiz in the background on a first visit; taps are
	// measured once that is done, as for a voter who has been on the site a moment.
	await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (!worker || worker.state === 'activated') return;
		await new Promise((done) =>
			worker.addEventListener('statechange', () => worker.state === 'activated' && done(null))
		);
	});
	const start = page.getByRole('link', { name: 'Start de test' });
	const box = await start.boundingBox();
	if (!box) throw new Error('No "Start de test" link on the start page');
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await page.getByText(`Stelling 1 van ${total}`, { exact: true }).waitFor();
	await page.getByRole('heading', { level: 1, name: statements[0]?.statement }).waitFor();

	const eens = page.getByRole('button', { name: 'Eens', exact: true });
	/** @type {Array<{ n: number, ms: number, fromEvent: number }>} */
	const taps = [];
	for (let i = 0; i < TAPS; i++) {
		const next = statements[i + 1]?.statement ?? '';
		await page.waitForTimeout(SETTLE_MS);
		await eens.waitFor();
		const target = await eens.boundingBox();
		if (!target) throw new Error(`No "Eens" button on statement ${i + 1}`);
		await page.evaluate(arm, next);
		await page.touchscreen.tap(target.x + target.width / 2, target.y + target.height / 2);
		const t = /** @type {{ touch?: number, touchEvent?: number, frame: number }} */ (
			await page.evaluate(() =>
				Promise.race([
					/** @type {any} */ (window).__tapLatency,
					new Promise((_, fail) =>
						setTimeout(() => fail(new Error('the next statement did not appear within 5 s')), 5000)
					)
				])
			)
		);
		if (t.touch === undefined || t.touchEvent === undefined)
			throw new Error(`Statement ${i + 1}: the tap reached no touch listener`);
		// The tap must have moved the quiz on by exactly one statement.
		await page
			.getByText(`Stelling ${i + 2} van ${total}`, { exact: true })
			.waitFor({ timeout: 2000 });
		taps.push({ n: i + 1, ms: t.frame - t.touch, fromEvent: t.frame - t.touchEvent });
	}

	console.log(
		`Tap on "Eens" to the next statement on screen: Chromium as a Pixel 7 with touch, CPU slowed down ${CPU_SLOWDOWN}x, ${SETTLE_MS} ms on each statement before the tap\n`
	);
	console.log('tap  statement → next   touch listener → frame   event timestamp → frame');
	for (const { n, ms, fromEvent } of taps)
		console.log(
			`${String(n).padStart(3)}  ${`${n} → ${n + 1}`.padEnd(16)}  ${`${ms.toFixed(1)} ms`.padStart(22)}  ${`${fromEvent.toFixed(1)} ms`.padStart(23)}`
		);
	const values = taps.map((t) => t.ms);
	const med = median(values);
	const max = Math.max(...values);
	console.log(
		`\nmedian ${med.toFixed(1)} ms, max ${max.toFixed(1)} ms (from the touch listener; target under ${TARGET_MS} ms for both: ${med < TARGET_MS && max < TARGET_MS ? 'met' : 'NOT met'})`
	);
	console.log(
		`From the event's own timestamp (includes the wait before the page could handle the touch): median ${median(taps.map((t) => t.fromEvent)).toFixed(1)} ms, max ${Math.max(...taps.map((t) => t.fromEvent)).toFixed(1)} ms`
	);
	// Throttling multiplies the real CPU's speed: whatever else runs on the machine shows here too.
	console.log(
		`Load average at the end: ${loadavg()[0]?.toFixed(1)} (1 min); anything else running slows the page down further.`
	);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
