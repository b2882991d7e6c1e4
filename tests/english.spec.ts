/**
 * The quiz in English: the same quiz at /en/..., scored the same, with BIJ1's Dutch kept as the
 * source beside our translation, and a language switch that keeps the voter's place and answers.
 */
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { ContentSchema, type Content } from '../src/lib/content/schema';
import {
	answerAll,
	guard,
	KNOWN_IMPORTANT,
	KNOWN_PLAN,
	loadContent,
	openRow,
	percentShown,
	seedAnswers,
	settled,
	statementList,
	toAnswer,
	WORDS,
	type Lang
} from './helpers';
import { spoken, stubSpeech, type StubVoice } from './support/speech-stub';

const LOCAL_NL: StubVoice = { name: 'Xander', lang: 'nl-NL', localService: true };
const LOCAL_EN: StubVoice = { name: 'Daniel', lang: 'en-GB', localService: true };
const NETWORK_EN: StubVoice = { name: 'Google UK English', lang: 'en-GB', localService: false };

/** A phone of its own for each language: no storage shared with another. */
async function phone(browser: Browser, baseURL: string, lang: Lang) {
	const context = await browser.newContext({
		...devices['Pixel 7'],
		baseURL,
		locale: lang === 'nl' ? 'nl-NL' : 'en-GB'
	});
	return { context, page: await context.newPage() };
}

/** The figures of a result page, by theme id: what the two languages must agree on. */
async function figures(page: Page, content: Content) {
	const overall = (await page.getByTestId('overall').innerText()).match(/\d+%/)?.[0];
	const themes: Record<string, string> = {};
	for (const theme of content.themes) themes[theme.id] = await percentShown(page, theme.title);
	return { overall, themes };
}

test('the whole quiz in English, scored exactly as in Dutch', async ({ browser, baseURL }) => {
	test.setTimeout(180_000); // two whole quizzes, one per language
	const results = [];
	for (const lang of ['en', 'nl'] as const) {
		const words = WORDS[lang];
		const { context, page } = await phone(browser, baseURL!, lang);
		const watch = guard(page, new URL(baseURL!).origin);
		const content = await loadContent(page, lang);
		// The same answers in both languages, worked out from BIJ1's stances in the Dutch source: a
		// translation that changed what a statement means to the scoring would change the figures.
		const dutch = await loadContent(page, 'nl');
		await answerAll(
			page,
			dutch.statements.map((s, i) => toAnswer(KNOWN_PLAN[i]!, s.stance)),
			lang
		);
		for (const i of KNOWN_IMPORTANT) {
			await page.getByRole('checkbox', { name: content.statements[i]!.title, exact: true }).check();
		}
		await expect(page.getByText(words.chosen(2))).toBeVisible();
		await page.getByRole('link', { name: words.seeResult }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.resultTitle);
		await expect(page.getByTestId('overall')).toContainText(words.basis(11, 24));
		results.push({ lang, ...(await figures(page, content)) });
		watch.assertClean();
		await context.close();
	}
	const [english, dutch] = results;
	// The figures worked out by hand in helpers.ts (KNOWN_PLAN), in both languages.
	expect(english).toEqual({
		lang: 'en',
		overall: '58%',
		themes: { economisch: '70%', mensenrechten: '50%', internationaal: WORDS.en.noScore }
	});
	expect(dutch).toEqual({
		lang: 'nl',
		overall: '58%',
		themes: { economisch: '70%', mensenrechten: '50%', internationaal: WORDS.nl.noScore }
	});
});

test('the language switch keeps the voter’s place and answers; every page says its language', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const dutch = await loadContent(page, 'nl');
	const english = await loadContent(page, 'en');
	const [first, second, third] = english.statements;

	// Two answers in Dutch, then English on the third statement.
	await page.goto(WORDS.nl.statement(first!.id));
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await settled(page);
	await page.getByRole('button', { name: 'Eens', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${second!.id}$`));
	await settled(page);
	await page.getByRole('button', { name: 'Oneens', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${third!.id}$`));
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/statement/${third!.id}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(third!.statement);
	await expect(page.getByText('Statement 3 of 24', { exact: true })).toBeVisible();

	// The answers given in Dutch are there in English.
	await page.getByRole('link', { name: 'Previous statement' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/statement/${second!.id}$`));
	await expect(page.getByRole('button', { name: 'Disagree', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// And back: the same statement in Dutch, the same answer.
	await page.getByRole('link', { name: 'Nederlands' }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${second!.id}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dutch.statements[1]!.statement);
	await expect(page.getByRole('button', { name: 'Oneens', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// Each page names the other language's version of itself, for search engines and link previews:
	// in the HTML the site serves (the service worker serves its app shell to the voter instead).
	for (const [path, nl, en] of [
		[`/stelling/${first!.id}`, `/stelling/${first!.id}`, `/en/statement/${first!.id}`],
		['/en/result', '/uitslag', '/en/result'],
		['/en', '/', '/en'],
		['/verantwoording', '/verantwoording', '/en/method']
	] as const) {
		const html = await (await page.request.get(path)).text();
		const alternate = (hreflang: string) =>
			new URL(html.match(new RegExp(`hreflang="${hreflang}" href="([^"]+)"`))![1]!).pathname;
		expect(alternate('nl'), path).toBe(nl);
		expect(alternate('en'), path).toBe(en);
		expect(alternate('x-default'), path).toBe(nl);
		expect(html, path).toMatch(new RegExp(`<html lang="${path.startsWith('/en') ? 'en' : 'nl'}"`));
	}
	watch.assertClean();
});

test('the switch keeps what is after the address: a row of the result, a shared code', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const watch = guard(page, origin);
	const english = await loadContent(page, 'en');
	await seedAnswers(
		page,
		english,
		(stance, i) => toAnswer(KNOWN_PLAN[i]!, stance),
		KNOWN_IMPORTANT
	);
	const row = `rij-${english.statements[3]!.id}`;
	await page.goto(`/uitslag#${row}`);
	await expect(page.getByTestId('overall')).toContainText('58%');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/result#${row}$`));
	await expect(page.getByTestId('overall')).toContainText('58%');
	await expect(page.getByTestId('overall')).toContainText('in agreement with BIJ1');

	// A result someone shared: the same code, the same figure, in the other language.
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The link has been copied.' })
	).toBeVisible();
	const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(link.pathname).toBe('/en/shared');
	await page.goto(`${link.pathname}${link.hash}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Someone else’s result');
	await page.getByRole('link', { name: 'Nederlands' }).click();
	await expect(page).toHaveURL(new RegExp(`/gedeeld${link.hash}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslag van iemand anders');
	await expect(page.getByTestId('overall')).toContainText('58%');
	watch.assertClean();
});

test('the quote stays BIJ1’s Dutch, marked as Dutch, with our translation beside it as ours', async ({
	page
}) => {
	const english = await loadContent(page, 'en');
	const dutch = await loadContent(page, 'nl');
	const statement = english.statements[0]!;
	await page.goto(WORDS.en.statement(statement.id));
	await page.getByText('Source', { exact: true }).click();
	const [quote, translation] = [
		page.locator('blockquote').nth(0),
		page.locator('blockquote').nth(1)
	];
	await expect(quote).toHaveAttribute('lang', 'nl');
	await expect(quote).toHaveText(dutch.statements[0]!.source.quote.replace(/\s+/g, ' '));
	expect(statement.source.quote).toBe(dutch.statements[0]!.source.quote);
	await expect(page.getByText('Our translation, not BIJ1’s own words:')).toBeVisible();
	await expect(translation).not.toHaveAttribute('lang', /.*/);
	await expect(translation).toHaveText(statement.source.translation!.replace(/\s+/g, ' '));
	// The citation names BIJ1's document as they wrote it.
	await expect(page.locator('figcaption')).toContainText('‘Internationale samenwerking’');

	// The same on the result, in every row.
	await seedAnswers(
		page,
		english,
		(stance, i) => toAnswer(KNOWN_PLAN[i]!, stance),
		KNOWN_IMPORTANT
	);
	await page.goto('/en/result');
	await statementList(page, 'en');
	const row = await openRow(page, statement.title, 'en');
	await expect(row.locator('blockquote[lang="nl"]')).toHaveText(
		dutch.statements[0]!.source.quote.replace(/\s+/g, ' ')
	);
	await expect(row.getByText('Our translation, not BIJ1’s own words:')).toBeVisible();
});

test('the English open data: the same statements, BIJ1’s quotes in Dutch, our translations beside them', async ({
	page
}) => {
	const english = ContentSchema.parse(await loadContent(page, 'en'));
	const dutch = ContentSchema.parse(await loadContent(page, 'nl'));
	expect([english.language, dutch.language]).toEqual(['en', 'nl']);
	const meaning = (c: Content) => c.statements.map(({ id, theme, stance }) => [id, theme, stance]);
	expect(meaning(english)).toEqual(meaning(dutch));
	expect(english.fingerprint).toBe(dutch.fingerprint);
	english.statements.forEach((s, i) => {
		expect(s.source.quote).toBe(dutch.statements[i]!.source.quote);
		expect(s.source.translation, s.id).toBeTruthy();
		expect(s.statement, s.id).not.toBe(dutch.statements[i]!.statement);
	});
	expect(english.programme.originalChapter).toBe(dutch.programme.chapter);
});

test.describe('read aloud on English pages', () => {
	test('an on-device English voice reads the page; the Dutch quote is read with a Dutch voice', async ({
		page
	}) => {
		await stubSpeech(page, { voices: [LOCAL_NL, NETWORK_EN, LOCAL_EN] });
		const english = await loadContent(page, 'en');
		const dutch = await loadContent(page, 'nl');
		const statement = english.statements[0]!;
		await page.goto(WORDS.en.statement(statement.id));
		await settled(page);
		await page.getByRole('button', { name: 'Read aloud: the statement', exact: true }).click();
		await expect
			.poll(() => spoken(page))
			.toEqual([{ text: statement.statement, lang: 'en-GB', voice: 'Daniel' }]);
		await page.getByRole('button', { name: 'Stop reading aloud' }).click();

		await page.getByText('Source', { exact: true }).click();
		await page.getByRole('button', { name: 'Read aloud: the source', exact: true }).click();
		await expect.poll(async () => (await spoken(page)).length).toBe(2);
		// The quote first, in Dutch with the Dutch voice.
		expect((await spoken(page))[1]).toEqual({
			text: dutch.statements[0]!.source.quote.replace(/\s+/g, ' '),
			lang: 'nl-NL',
			voice: 'Xander'
		});
	});

	test('with only a network English voice there is no control on an English page', async ({
		page
	}) => {
		await stubSpeech(page, { voices: [LOCAL_NL, NETWORK_EN] });
		const english = await loadContent(page, 'en');
		await page.goto(WORDS.en.statement(english.statements[0]!.id));
		await settled(page);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Read aloud/ })).toHaveCount(0);
		// The Dutch page on the same phone has its control.
		await page.goto(WORDS.nl.statement(english.statements[0]!.id));
		await expect(page.getByRole('button', { name: 'Lees voor: de stelling' })).toBeVisible();
	});
});

test('a result shared in English: English text, an English card, a link that opens in English', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	// Record the share sheet and every word drawn on a canvas.
	await page.addInitScript(() => {
		const w = window as unknown as { __shared: ShareData[]; __drawn: string[] };
		w.__shared = [];
		w.__drawn = [];
		const fillText = CanvasRenderingContext2D.prototype.fillText;
		CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
			w.__drawn.push(text);
			return fillText.call(this, text, ...rest);
		};
		Object.assign(Navigator.prototype, {
			canShare: () => true,
			share: async (data: ShareData) => void w.__shared.push({ ...data, files: undefined })
		});
	});
	const english = await loadContent(page, 'en');
	await seedAnswers(
		page,
		english,
		(stance, i) => toAnswer(KNOWN_PLAN[i]!, stance),
		KNOWN_IMPORTANT
	);
	await page.goto('/en/result');
	await page.getByRole('button', { name: 'Share your result' }).click();
	const shared = () =>
		page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
	await expect.poll(async () => (await shared()).length).toBe(1);
	const [data] = await shared();
	expect(data!.title).toBe('My result in ‘Ben jij BIJ1?’');
	expect(data!.text).toBe(
		'I agree 58% with BIJ1 (based on 11 of the 24 statements). Take the test yourself:'
	);
	expect(new URL(data!.url!).pathname).toBe('/en/shared');
	const drawn = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
	// Long lines are drawn in parts.
	expect(drawn.join(' ')).toContain('in agreement with BIJ1');
	expect(drawn).toContain(english.themes[0]!.title);
	expect(drawn.join(' ')).not.toMatch(/eens met BIJ1|geen score/);

	await page.goto(new URL(data!.url!).pathname + new URL(data!.url!).hash);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Someone else’s result');
	await expect(page.getByText('This person is 58% in agreement with BIJ1.')).toBeAttached();
	watch.assertClean();
});

test('an English page that does not exist says so in English', async ({ page }) => {
	await page.goto('/en');
	// A link inside the app, as a mistyped or outdated one would be: SvelteKit's router renders it.
	await page.evaluate(() => {
		const a = Object.assign(document.createElement('a'), { href: '/en/statement/no-such-id' });
		a.textContent = 'broken';
		document.querySelector('main')!.append(a);
	});
	await page.getByRole('link', { name: 'broken' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute(
		'href',
		'/en'
	);
});
