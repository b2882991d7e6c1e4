import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Content } from '../src/lib/content/schema';
import { crc8, decodeShare, encodeShare } from '../src/lib/share/codec';
import {
	answerAll,
	type AnswerKey,
	guard,
	KNOWN_IMPORTANT,
	KNOWN_PLAN,
	loadContent,
	openRow,
	percentShown,
	type Relative,
	statementList,
	toAnswer
} from './helpers';

type SharedFile = { name: string; type: string; bytes: number[] };
type SharedRecord = { title?: string; text?: string; url?: string; files: SharedFile[] };

declare global {
	interface Window {
		__shared: SharedRecord[];
	}
}

const THEMES = [
	'Economische rechtvaardigheid',
	'Mensenrechten en verduurzaming',
	'Internationale rechtvaardigheid'
];

/**
 * The sharer answers KNOWN_PLAN, with KNOWN_IMPORTANT marked important (helpers.ts): 58% overall;
 * 70%, 50% and geen score per theme.
 *
 * The visitor answers differently, nothing important:
 * - Economische rechtvaardigheid: same, opposite, neutral, opposite, same → 5 of 10
 * - Mensenrechten en verduurzaming: same, same, same, opposite, same, skip, opposite, neutral,
 *   same → 11 of 16
 * - Internationale rechtvaardigheid: 7 × same, 3 × opposite → 14 of 20
 * - Overall: 30 of 46 = 65.2% → 65%
 */
const VISITOR: Relative[] = [
	...(['same', 'opposite', 'neutral', 'opposite', 'same'] as const),
	...(['same', 'same', 'same', 'opposite', 'same', 'skip', 'opposite', 'neutral', 'same'] as const),
	...Array<Relative>(7).fill('same'),
	...Array<Relative>(3).fill('opposite')
];

/** Sharer against visitor, statement by statement, worked out by hand from the two lists. */
const SAME = 'Jullie zijn het eens';
const DIFFER = 'Jullie verschillen';
const ONE = 'Een van jullie sloeg deze over';
const BOTH = 'Jullie sloegen deze allebei over';
const AGREEMENT = [
	...[SAME, DIFFER, SAME, SAME, ONE],
	...[SAME, DIFFER, DIFFER, DIFFER, ONE, BOTH, SAME, SAME, SAME],
	...Array<string>(10).fill(ONE)
];

const INVALID = 'Deze link is ongeldig of beschadigd.';
const OTHER_VERSION = 'Deze link hoort bij een andere versie van de stellingen.';

function keys(content: Content, plan: readonly Relative[]): AnswerKey[] {
	return content.statements.map((s, i) => toAnswer(plan[i]!, s.stance));
}

/** The sharer's code, made the way the page makes it. */
function sharerCode(content: Content): string {
	const answers = keys(content, KNOWN_PLAN);
	return encodeShare({
		fingerprint: content.fingerprint,
		statementIds: content.statements.map((s) => s.id),
		responses: {
			answers: Object.fromEntries(content.statements.map((s, i) => [s.id, answers[i]!])),
			important: KNOWN_IMPORTANT.map((i) => content.statements[i]!.id)
		}
	});
}

/** The "NN%" in a text (said once aloud, shown once); fails where there are two different ones. */
function percentIn(text: string): string {
	const found = new Set(text.match(/\d+%/g));
	expect(found.size, text).toBe(1);
	return [...found][0]!;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The same code with another format version, checksum fixed: intact, but unreadable. */
function withVersion(code: string, version: number): string {
	const bytes = new Uint8Array(Buffer.from(code, 'base64url'));
	bytes[0] = version;
	bytes[bytes.length - 1] = crc8(bytes.subarray(0, -1));
	return Buffer.from(bytes).toString('base64url');
}

/** Deterministic noise from the base64url alphabet, so it passes the character check. */
function noise(length: number): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	let seed = 12345;
	return Array.from({ length }, () => {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		return alphabet[seed % 64];
	}).join('');
}

/** No WCAG 2.2 AA violation that axe can find, in light and in dark. */
async function expectAccessible(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const found = violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target)}`);
		expect(found, found.join('\n')).toEqual([]);
	}
}

/** Replaces the share sheet with a recorder that keeps what it was given, file bytes included. */
async function recordShares(page: Page) {
	await page.addInitScript(() => {
		window.__shared = [];
		Object.defineProperty(Navigator.prototype, 'canShare', {
			configurable: true,
			writable: true,
			value: (data?: ShareData) => (data?.files?.length ?? 0) > 0
		});
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			writable: true,
			value: async (data: ShareData = {}) => {
				const files = await Promise.all(
					[...(data.files ?? [])].map(async (f) => ({
						name: f.name,
						type: f.type,
						bytes: Array.from(new Uint8Array(await f.arrayBuffer()))
					}))
				);
				window.__shared.push({ title: data.title, text: data.text, url: data.url, files });
			}
		});
	});
}

/** A second phone: no storage, no answers, nothing shared with the first context. */
async function freshPhone(browser: Browser, baseURL: string) {
	const context = await browser.newContext({ ...devices['Pixel 7'], baseURL, locale: 'nl-NL' });
	return { context, page: await context.newPage() };
}

async function checkImportant(page: Page, content: Content, indexes: readonly number[]) {
	for (const i of indexes) {
		await page.getByRole('checkbox', { name: content.statements[i]!.title, exact: true }).check();
	}
}

test('the shared card is a 1080×1350 PNG and the link shows the same result on another phone', async ({
	page,
	browser,
	baseURL
}) => {
	// A whole quiz, a share and a second phone: more than the default on two busy cores.
	test.setTimeout(90_000);
	const origin = new URL(baseURL!).origin;
	const watch = guard(page, origin);
	await recordShares(page);
	const content = await loadContent(page);
	await answerAll(page, keys(content, KNOWN_PLAN));
	await checkImportant(page, content, KNOWN_IMPORTANT);
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await expect(page.getByTestId('overall')).toContainText('58%');
	const overall = percentIn(await page.getByTestId('overall').innerText());
	const themes = await Promise.all(THEMES.map((t) => percentShown(page, t)));
	expect(themes).toEqual(['70%', '50%', 'geen score']);

	await page.getByRole('button', { name: 'Deel je uitslag' }).click();
	await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
	const [shared] = await page.evaluate(() => window.__shared);
	expect(shared!.title).toBe('Mijn uitslag bij Ben jij BIJ1?');
	expect(shared!.text).toBe(
		'Ik ben het voor 58% eens met BIJ1 (op basis van 11 van de 24 stellingen). Doe de test zelf:'
	);
	expect(shared!.files).toHaveLength(1);
	const file = shared!.files[0]!;
	expect(file.type).toBe('image/png');
	expect(file.name).toMatch(/\.png$/);
	expect(pngSize(new Uint8Array(file.bytes))).toEqual({ width: 1080, height: 1350 });

	// The answers travel in the fragment only: never in the path or the query.
	const link = new URL(shared!.url!);
	expect(link.origin).toBe(origin);
	expect(link.pathname).toBe('/gedeeld');
	expect(link.search).toBe('');
	const code = link.hash.slice(1);
	expect(code.length).toBeLessThanOrEqual(40);
	expect(code).toBe(sharerCode(content));
	test
		.info()
		.annotations.push(
			{ type: 'link', description: `${shared!.url} (code ${code.length} characters)` },
			{ type: 'card', description: `${file.bytes.length} bytes` }
		);
	// Nothing to say after a successful share.
	await expect(page.getByText('De afbeelding is gedownload')).toHaveCount(0);

	// The second format, for stories and status updates: 9:16, the same link.
	await page.getByRole('button', { name: 'Deel als verhaal (staand plaatje)' }).click();
	await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(2);
	const story = (await page.evaluate(() => window.__shared))[1]!;
	expect(story.files[0]!.name).toBe('ben-jij-bij1-uitslag-verhaal.png');
	expect(pngSize(new Uint8Array(story.files[0]!.bytes))).toEqual({ width: 1080, height: 1920 });
	expect(story.url).toBe(shared!.url);
	watch.assertClean();

	const other = await freshPhone(browser, baseURL!);
	const otherWatch = guard(other.page, origin);
	await other.page.goto(shared!.url!);
	await expect(other.page.getByRole('heading', { level: 1 })).toHaveText(
		'Uitslag van iemand anders'
	);
	await expect(other.page).toHaveTitle(/Gedeelde uitslag/);
	await expect(other.page.getByTestId('overall')).toBeVisible();
	expect(percentIn(await other.page.getByTestId('overall').innerText())).toBe(overall);
	expect(await Promise.all(THEMES.map((t) => percentShown(other.page, t)))).toEqual(themes);
	await expect(other.page.getByText('Deze persoon is het voor 58% eens met BIJ1.')).toBeAttached();
	// Every figure says what it rests on, and how it was made is one tap away.
	await expect(other.page.getByTestId('overall')).toContainText(
		'op basis van 11 van de 24 stellingen'
	);
	await expect(other.page.getByText('op basis van 4 van de 5 stellingen')).toBeVisible();
	await expect(
		other.page.getByRole('link', { name: 'Zo werkt deze test' }).first()
	).toHaveAttribute('href', '/verantwoording');
	// Read-only: nothing to change, and nothing to compare with on a phone without answers.
	await expect(other.page.getByRole('link', { name: /Verander je antwoord/ })).toHaveCount(0);
	await expect(
		other.page.getByRole('button', { name: 'Vergelijk met jouw antwoorden' })
	).toHaveCount(0);
	await expect(other.page.getByRole('link', { name: 'Doe de test zelf' })).toBeVisible();
	await statementList(other.page);
	const first = await openRow(other.page, content.statements[0]!.title);
	await expect(first.getByRole('term').first()).toHaveText('Antwoord');
	await expect(first.getByRole('link', { name: /Verander je antwoord/ })).toHaveCount(0);
	otherWatch.assertClean();
	await other.context.close();
});

test('a visitor with answers of their own compares them with the shared result', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	await answerAll(page, keys(content, VISITOR));
	await page.goto(`/gedeeld#${sharerCode(content)}`);
	await expect(page.getByTestId('overall')).toContainText('58%');
	const compare = page.getByRole('button', { name: 'Vergelijk met jouw antwoorden' });
	await expect(compare).toHaveAttribute('aria-expanded', 'false');
	await compare.click();
	await expect(compare).toHaveAttribute('aria-expanded', 'true');

	const figures = page.locator('.figures');
	await expect(figures).toContainText('Deze uitslag: 58% op basis van 11 van de 24 stellingen');
	await expect(figures).toContainText('Jouw uitslag: 65%');
	await expect(
		page.getByText('Jullie geven bij 7 van de 24 stellingen hetzelfde antwoord.')
	).toBeVisible();
	const words = {
		agree: 'Eens',
		neutral: 'Geen van beide',
		disagree: 'Oneens',
		skip: 'Overgeslagen'
	};
	const theirs = keys(content, KNOWN_PLAN);
	const yours = keys(content, VISITOR);
	for (const [i, statement] of content.statements.entries()) {
		const item = page.getByTestId(`compare-${statement.id}`);
		await expect(item, statement.id).toContainText(statement.title);
		await expect(item.getByRole('term'), statement.id).toHaveText([
			'Gedeeld antwoord',
			'Jouw antwoord'
		]);
		await expect(item.getByRole('definition'), statement.id).toHaveText([
			words[theirs[i]!],
			words[yours[i]!]
		]);
		await expect(item.locator('.agreement'), statement.id).toHaveText(
			new RegExp(`${AGREEMENT[i]}$`)
		);
	}
	// Grouped by theme, in quiz order.
	const comparison = page.getByRole('region', { name: 'Jullie antwoorden naast elkaar' });
	await expect(comparison.getByRole('heading', { level: 3 })).toHaveText(THEMES);
	await expectAccessible(page);
	watch.assertClean();
});

test('changing the fragment on the page shows the new link', async ({ page, baseURL }) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	const code = sharerCode(content);
	await page.goto(`/gedeeld#${code}`);
	await expect(page.getByTestId('overall')).toContainText('58%');
	await page.evaluate(() => (location.hash = '#kapot'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(INVALID);
	await expect(page.getByTestId('overall')).toHaveCount(0);
	await page.evaluate((c) => (location.hash = `#${c}`), code);
	await expect(page.getByTestId('overall')).toContainText('58%');
	watch.assertClean();
});

const BAD_LINKS: [string, (content: Content) => string, string][] = [
	['truncated by one character', (c) => sharerCode(c).slice(0, -1), INVALID],
	['one extra character', (c) => `${sharerCode(c)}A`, INVALID],
	['not base64url', () => '!!!!', INVALID],
	['percent garbage', () => '%00%ff', INVALID],
	['500 characters of noise', () => noise(500), INVALID],
	['500 As, which pass the checksum as zero bytes', () => 'A'.repeat(500), INVALID],
	['20 As, the right length', () => 'A'.repeat(20), INVALID],
	['an empty fragment', () => '', INVALID],
	['a newer format version', (c) => withVersion(sharerCode(c), 2), OTHER_VERSION],
	[
		'another set of statements',
		(c) =>
			encodeShare({
				fingerprint: c.fingerprint === 'deadbeef' ? 'feedface' : 'deadbeef',
				statementIds: c.statements.map((s) => s.id),
				responses: { answers: { [c.statements[0]!.id]: 'agree' }, important: [] }
			}),
		OTHER_VERSION
	]
];

for (const [name, make, message] of BAD_LINKS) {
	test(`a bad link (${name}) says so and offers the test`, async ({ page, baseURL }) => {
		const watch = guard(page, new URL(baseURL!).origin);
		const content = await loadContent(page);
		const code = make(content);
		// Sanity: the crafted code fails for the reason this case is about.
		expect(
			decodeShare({
				code,
				fingerprint: content.fingerprint,
				statementIds: content.statements.map((s) => s.id)
			}).ok
		).toBe(false);
		await page.goto(`/gedeeld#${code}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(message);
		await expect(page.getByRole('link', { name: 'Doe de test zelf' })).toBeVisible();
		await expect(page).toHaveTitle(/Ongeldige link/);
		await expect(page.getByTestId('overall')).toHaveCount(0);
		await expect(page.getByText('Uitslag van iemand anders')).toHaveCount(0);
		await expect(page.locator('main')).not.toContainText('%');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Doe de test zelf' }).click();
		await expect(page.getByRole('link', { name: 'Start de test' })).toBeVisible();
		watch.assertClean();
	});
}

test('a link with punctuation a chat app glued to it still opens the result', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	for (const tail of ['.', ')', ').', '%29', '!']) {
		await page.goto(`/gedeeld#${sharerCode(content)}${tail}`);
		await expect(page.getByTestId('overall'), tail).toContainText('58%');
	}
	watch.assertClean();
});

test('a link with too few answers shows no figure, and says why', async ({ page, baseURL }) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	const [first] = content.statements;
	const code = encodeShare({
		fingerprint: content.fingerprint,
		statementIds: content.statements.map((s) => s.id),
		responses: { answers: { [first!.id]: first!.stance }, important: [] }
	});
	await page.goto(`/gedeeld#${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslag van iemand anders');
	await expect(page.getByText('Deze persoon heeft 1 stelling beantwoord.')).toBeVisible();
	await expect(page.getByTestId('overall')).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText('%');
	watch.assertClean();
});

test('the prerendered page shows only a loading line, and no fragment at all is a bad link', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const html = await (await page.request.get('/gedeeld')).text();
	expect(html).toContain('De gedeelde uitslag wordt geladen…');
	expect(html).not.toContain(INVALID);
	expect(html).not.toContain('Uitslag van iemand anders');
	await page.goto('/gedeeld');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(INVALID);
	watch.assertClean();
});

test('without a share sheet the card is downloaded and the link copied', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const origin = new URL(baseURL!).origin;
	const { context, page } = await freshPhone(browser, baseURL!);
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	await page.addInitScript(() => {
		delete (Navigator.prototype as Partial<Navigator>).share;
		delete (Navigator.prototype as Partial<Navigator>).canShare;
	});
	const watch = guard(page, origin);
	const content = await loadContent(page);
	await answerAll(page, keys(content, KNOWN_PLAN));
	await checkImportant(page, content, KNOWN_IMPORTANT);
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	expect(await page.evaluate(() => 'share' in navigator)).toBe(false);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Deel je uitslag' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
	const bytes = new Uint8Array(await readFile(await download.path()));
	expect(pngSize(bytes)).toEqual({ width: 1080, height: 1350 });
	await expect(
		page.getByRole('status').filter({ hasText: 'De afbeelding is gedownload' })
	).toHaveText('De afbeelding is gedownload en de link is gekopieerd.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${origin}/gedeeld#${sharerCode(content)}`);
	await expectAccessible(page);
	watch.assertClean();
	await context.close();
});
