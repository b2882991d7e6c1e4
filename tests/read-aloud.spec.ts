import { expect, test, type Page } from '@playwright/test';
import { answer, answerAll, guard, loadContent, settled } from './helpers';
import {
	cancels,
	finishUtterance,
	spoken,
	stubSpeech,
	voicesArrive,
	type StubVoice
} from './support/speech-stub';

const LOCAL_NL: StubVoice = { name: 'Xander', lang: 'nl-NL', localService: true };
const NETWORK_NL: StubVoice = { name: 'Google Nederlands', lang: 'nl-NL', localService: false };
const LOCAL_EN: StubVoice = { name: 'Daniel', lang: 'en-GB', localService: true };

const readStatement = (page: Page) =>
	page.getByRole('button', { name: 'Lees voor: de stelling', exact: true });
const stop = (page: Page) => page.getByRole('button', { name: 'Stop met voorlezen' });
/** The voter switches to another tab or app. */
const hide = (page: Page) =>
	page.evaluate(() => {
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
/** What was spoken, as text. */
const said = async (page: Page) => (await spoken(page)).map((s) => s.text);

test.describe('read aloud with an on-device Dutch voice', () => {
	test.beforeEach(async ({ page }) => {
		await stubSpeech(page, { voices: [LOCAL_EN, NETWORK_NL, LOCAL_NL] });
	});

	test('reads the statement in Dutch with the local voice, marking it, and stops on an answer', async ({
		page,
		baseURL
	}) => {
		const watch = guard(page, new URL(baseURL!).origin);
		const content = await loadContent(page);
		const [first, second] = content.statements;
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(`/stelling/${first!.id}`);
		await settled(page);
		const beforeTap = scripts.length;
		await readStatement(page).click();
		await expect(stop(page)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/reading/);
		expect(await spoken(page)).toEqual([
			{ text: first!.statement, lang: 'nl-NL', voice: 'Xander' }
		]);
		// The code that speaks came with the tap, not with the page.
		expect(scripts.length, 'no script loaded on the tap').toBeGreaterThan(beforeTap);

		const before = await cancels(page);
		await answer(page, 'agree');
		await expect(page).toHaveURL(new RegExp(`/stelling/${second!.id}$`));
		expect(await cancels(page)).toBeGreaterThan(before);
		await expect(page.locator('.reading')).toHaveCount(0);
		// Nothing new was spoken: the next statement is read only when asked.
		expect(await said(page)).toEqual([first!.statement]);
		watch.assertClean();
	});

	test('a second tap stops; the end of the text clears the mark; keys work too', async ({
		page
	}) => {
		const content = await loadContent(page);
		await page.goto(`/stelling/${content.statements[0]!.id}`);
		await settled(page);
		await readStatement(page).focus();
		await page.keyboard.press('Enter');
		await expect(stop(page)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(readStatement(page)).toBeVisible();
		await expect(page.locator('.reading')).toHaveCount(0);

		await readStatement(page).click();
		await finishUtterance(page);
		await expect(readStatement(page)).toBeVisible();
		await expect(page.locator('.reading')).toHaveCount(0);
	});

	test('reads an opened explanation of a hard word with the statement', async ({ page }) => {
		const content = await loadContent(page);
		const term = content.glossary.find((t) => t.id === 'multinational')!;
		await page.goto('/stelling/belastingontwijking');
		await settled(page);
		await page.getByRole('button', { name: 'multinationals' }).click();
		await expect(page.getByText(term.explanation)).toBeVisible();
		await readStatement(page).click();
		await finishUtterance(page);
		await expect
			.poll(() => said(page))
			.toEqual([
				content.statements.find((s) => s.id === 'belastingontwijking')!.statement,
				`multinationals: ${term.explanation}`
			]);
	});

	test('reads the explanation and the quote with their own controls, sentence by sentence', async ({
		page
	}) => {
		const content = await loadContent(page);
		const statement = content.statements[0]!;
		await page.goto(`/stelling/${statement.id}`);
		await settled(page);
		await page.getByText('Wat betekent dit?').click();
		await page.getByRole('button', { name: 'Lees voor: de uitleg' }).click();
		await expect(page.locator('#toelichting-tekst')).toHaveClass(/reading/);
		const first = (await said(page))[0]!;
		expect(statement.explanation.startsWith(first)).toBe(true);
		expect(first.length).toBeLessThan(statement.explanation.length);
		await finishUtterance(page);
		await expect.poll(async () => (await said(page)).length).toBe(2);

		await page.getByText('Bron', { exact: true }).click();
		await page.getByRole('button', { name: 'Lees voor: de bron' }).click();
		await expect(page.locator('blockquote')).toHaveClass(/reading/);
		expect((await said(page)).at(-1)).toBe(statement.source.quote.split(/(?<=\.)\s/)[0]);
	});

	test('"Lees elke stelling voor" reads each new statement as it appears, for the tab', async ({
		page
	}) => {
		const content = await loadContent(page);
		const [first, second, third] = content.statements;
		await page.goto(`/stelling/${first!.id}`);
		await settled(page);
		await page.getByRole('switch', { name: 'Lees elke stelling voor' }).check();
		await expect.poll(() => said(page)).toEqual([first!.statement]);
		await answer(page, 'agree');
		await expect.poll(() => said(page)).toEqual([first!.statement, second!.statement]);
		// A reload of the tab keeps the wish; the page reads when it may (after a tap).
		await page.reload();
		await expect(page.getByRole('switch', { name: 'Lees elke stelling voor' })).toBeChecked();
		await answer(page, 'agree');
		await expect(page).toHaveURL(new RegExp(`/stelling/${third!.id}$`));
		await expect.poll(async () => (await said(page)).at(-1)).toBe(third!.statement);
	});

	test('stops when the voter leaves the page for another tab or app', async ({ page }) => {
		const content = await loadContent(page);
		await page.goto(`/stelling/${content.statements[0]!.id}`);
		await settled(page);
		await readStatement(page).click();
		// The reading code loads on the tap: wait until it reads, as a voter hears it start.
		await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/reading/);
		const before = await cancels(page);
		await hide(page);
		await expect(page.locator('.reading')).toHaveCount(0);
		expect(await cancels(page)).toBeGreaterThan(before);
	});

	test('a read asked for just before the page is hidden does not start behind the voter’s back', async ({
		page
	}) => {
		const content = await loadContent(page);
		await page.goto(`/stelling/${content.statements[0]!.id}`);
		await settled(page);
		// Hold back the code the tap loads, as a slow network would, until the page is hidden.
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		const scripts: string[] = [];
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			scripts.push(route.request().url());
			await held;
			await route.continue();
		});
		await readStatement(page).click();
		await expect.poll(() => scripts.length).toBeGreaterThan(0);
		await hide(page);
		release();
		// Import the same modules: that resolves only after the page's own import of them did, and
		// its read ran, so what was said is final.
		await page.evaluate((urls) => Promise.all(urls.map((url) => import(url))), scripts);
		expect(await said(page)).toEqual([]);
		await expect(page.locator('.reading')).toHaveCount(0);
	});

	test('the importance step reads its instruction, the result its summary', async ({ page }) => {
		const content = await loadContent(page);
		await answerAll(
			page,
			content.statements.map((s) => s.stance)
		);
		await page.getByRole('button', { name: 'Lees voor: wat je hier doet' }).click();
		await expect.poll(() => said(page)).toContain('Wat vind je het belangrijkst?');
		await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
		await page.getByRole('button', { name: 'Lees voor: je uitslag' }).click();
		await expect
			.poll(async () => (await said(page)).at(-1))
			.toBe('Je bent het voor 100% eens met BIJ1. (op basis van 24 van de 24 stellingen)');
		await finishUtterance(page);
		await expect.poll(async () => (await said(page)).at(-1)).toMatch(/^Als je twee antwoorden/);
		await finishUtterance(page);
		await expect.poll(async () => (await said(page)).at(-1)).toBe('Per onderwerp');
	});
});

test.describe('no control without an on-device Dutch voice', () => {
	for (const [name, voices] of [
		['only a network Dutch voice', [NETWORK_NL, LOCAL_EN]],
		['no voices at all', []]
	] as const) {
		test(name, async ({ page }) => {
			await stubSpeech(page, { voices: [...voices] });
			const content = await loadContent(page);
			await page.goto(`/stelling/${content.statements[0]!.id}`);
			await settled(page);
			await expect(page.getByRole('button', { name: /^Lees voor/ })).toHaveCount(0);
			await expect(page.getByRole('switch')).toHaveCount(0);
		});
	}

	test('voices that arrive late bring the control with them', async ({ page }) => {
		await stubSpeech(page, { voices: [LOCAL_NL] }, { lateVoices: true });
		const content = await loadContent(page);
		await page.goto(`/stelling/${content.statements[0]!.id}`);
		await settled(page);
		await expect(readStatement(page)).toHaveCount(0);
		await voicesArrive(page);
		await expect(readStatement(page)).toBeVisible();
	});
});
