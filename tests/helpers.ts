import { expect, type Page } from '@playwright/test';
import type { Content } from '../src/lib/content/schema';
import { STORAGE_KEY } from '../src/lib/quiz/stored';

export type Lang = 'nl' | 'en';

/**
 * What the tests find things by, in each language: Dutch at the root, English under /en. A test
 * that runs in both languages takes `WORDS[lang]`; the helpers below default to Dutch.
 */
export const WORDS = {
	nl: {
		start: '/',
		statement: (id: string) => `/stelling/${id}`,
		importantPath: /\/belangrijk$/,
		resultPath: /\/uitslag(#.*)?$/,
		openData: '/statements.json',
		answers: {
			agree: 'Eens',
			neutral: 'Geen van beide',
			disagree: 'Oneens',
			skip: 'Sla deze stelling over'
		},
		startTest: 'Start de test',
		progress: (n: number, total: number) => `Stelling ${n} van ${total}`,
		chosen: (n: number) => `${n} stellingen gekozen`,
		seeResult: 'Bekijk je uitslag',
		resultTitle: 'Je uitslag',
		basis: (n: number, total: number) => `op basis van ${n} van de ${total} stellingen`,
		noScore: 'geen score',
		perStatement: 'Per stelling',
		rowDetails: 'Bekijk stelling en programma',
		explanation: 'Wat betekent dit?',
		source: 'Bron',
		methodTitle: 'Zo werkt deze test',
		otherLanguage: 'English'
	},
	en: {
		start: '/en',
		statement: (id: string) => `/en/statement/${id}`,
		importantPath: /\/en\/important$/,
		resultPath: /\/en\/result(#.*)?$/,
		openData: '/en/statements.json',
		answers: {
			agree: 'Agree',
			neutral: 'Neither',
			disagree: 'Disagree',
			skip: 'Skip this statement'
		},
		startTest: 'Start the test',
		progress: (n: number, total: number) => `Statement ${n} of ${total}`,
		chosen: (n: number) => `${n} statements chosen`,
		seeResult: 'See your result',
		resultTitle: 'Your result',
		basis: (n: number, total: number) => `based on ${n} of the ${total} statements`,
		noScore: 'no score',
		perStatement: 'By statement',
		rowDetails: 'Show the statement and the programme',
		explanation: 'What does this mean?',
		source: 'Source',
		methodTitle: 'How this test works',
		otherLanguage: 'Nederlands'
	}
} as const;

export const ANSWER_NAMES = WORDS.nl.answers;
export type AnswerKey = keyof typeof ANSWER_NAMES;

/** Relative to BIJ1's stance, so a test can say "answer as BIJ1 does" without knowing it. */
export type Relative = 'same' | 'opposite' | 'neutral' | 'skip';

/** The published content: Dutch, or with `lang` its translation (the same statements and order). */
export async function loadContent(page: Page, lang: Lang = 'nl'): Promise<Content> {
	const response = await page.request.get(WORDS[lang].openData);
	expect(response.ok()).toBe(true);
	return (await response.json()) as Content;
}

export function toAnswer(relative: Relative, stance: 'agree' | 'disagree'): AnswerKey {
	if (relative === 'same') return stance;
	if (relative === 'opposite') return stance === 'agree' ? 'disagree' : 'agree';
	return relative;
}

/**
 * A known set of answers, relative to BIJ1's stance, in quiz order (5 + 9 + 10 statements).
 * Expected by hand (2 points same, 1 neutral, 0 opposite; important doubles; skip is left out):
 * - Economische rechtvaardigheid: same*, same, neutral, opposite, skip
 *   points 4 + 2 + 1 + 0 = 7 of 4 + 2 + 2 + 2 = 10 → 70%
 * - Mensenrechten en verduurzaming: same, opposite*, neutral, same, skip, skip, opposite, neutral, same
 *   points 2 + 0 + 1 + 2 + 0 + 1 + 2 = 8 of 2 + 4 + 2 + 2 + 2 + 2 + 2 = 16 → 50%
 * - Internationale rechtvaardigheid: all skipped → geen score
 * - Overall: 15 of 26 = 57.69% → 58%
 * (* marked important: the statements at KNOWN_IMPORTANT)
 */
export const KNOWN_PLAN: readonly Relative[] = [
	...(['same', 'same', 'neutral', 'opposite', 'skip'] as const),
	...([
		'same',
		'opposite',
		'neutral',
		'same',
		'skip',
		'skip',
		'opposite',
		'neutral',
		'same'
	] as const),
	...Array<Relative>(10).fill('skip')
];
/** Indexes into KNOWN_PLAN of the statements marked important. */
export const KNOWN_IMPORTANT: readonly number[] = [0, 6];

/**
 * Clicks one answer and waits until the next page (statement or importance step) is shown.
 * Playwright's click waits while the button is `aria-disabled`: the moment after a statement
 * appears, when taps are ignored (src/lib/ui/tap-guard.ts).
 */
export async function answer(page: Page, key: AnswerKey, lang: Lang = 'nl'): Promise<void> {
	const before = page.url();
	await page.getByRole('button', { name: WORDS[lang].answers[key], exact: true }).click();
	await page.waitForURL((url) => url.href !== before);
	await settled(page);
}

/**
 * Waits until taps count again after a page change: for a moment after a page appears, taps and
 * clicks are dropped (src/lib/ui/tap-guard.ts), so a test must wait for that state, as a voter
 * does without noticing.
 */
export async function settled(page: Page): Promise<void> {
	await expect(page.locator('.tap-shield')).toHaveCount(0);
}

/** From the start page to the first statement, as a voter gets there. */
export async function startQuiz(page: Page, lang: Lang = 'nl'): Promise<void> {
	await page.goto(WORDS[lang].start);
	await page.getByRole('link', { name: WORDS[lang].startTest }).click();
	await page.waitForURL((url) => url.pathname.startsWith(WORDS[lang].statement('')));
	await settled(page);
}

/** From the start page through every statement to the importance step. */
export async function answerAll(
	page: Page,
	keys: readonly AnswerKey[],
	lang: Lang = 'nl'
): Promise<void> {
	await startQuiz(page, lang);
	for (const [i, key] of keys.entries()) {
		await expect(
			page.getByText(WORDS[lang].progress(i + 1, keys.length), { exact: true })
		).toBeVisible();
		await answer(page, key, lang);
	}
	await expect(page).toHaveURL(WORDS[lang].importantPath);
}

/**
 * Records what must never happen on any page: a request to another origin, a request other than
 * GET (answers are never sent anywhere), a console error, a hydration warning or an uncaught
 * exception.
 */
export function guard(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
			problems.push(`request to another origin: ${request.url()}`);
		}
		if (request.method() !== 'GET') problems.push(`${request.method()} ${request.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		// Svelte warns when prerendered HTML and the first client render disagree.
		if (/hydrat/i.test(message.text())) problems.push(`hydration: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	return {
		assertClean: () => expect(problems, problems.join('\n')).toEqual([])
	};
}

/**
 * The per-statement list of a result page, which loads when it comes near the screen: scrolls
 * to it, as a voter does, and waits until its rows are there.
 */
export async function statementList(page: Page, lang: Lang = 'nl') {
	// To the middle of the screen: the list's place, just below its heading, is then on it too.
	await page
		.getByRole('heading', { name: WORDS[lang].perStatement, exact: true })
		.evaluate((heading) => heading.scrollIntoView({ block: 'center' }));
	await expect(page.getByRole('article').first()).toBeAttached();
	return page.getByRole('article');
}

/** One statement's row on a result page, opened to show its answers, quote and change link. */
export async function openRow(page: Page, title: string, lang: Lang = 'nl') {
	const row = page.getByRole('article', { name: title, exact: true });
	await row.getByText(WORDS[lang].rowDetails).click();
	// BIJ1's words; in English our translation follows them in a second quote.
	await expect(row.locator('blockquote').first()).toBeVisible();
	return row;
}

export async function percentShown(page: Page, themeTitle: string): Promise<string> {
	const item = page.getByRole('listitem').filter({
		has: page.getByRole('heading', { name: themeTitle, exact: true })
	});
	return (await item.locator('.percent').innerText()).trim();
}

/**
 * Answers in the tab, as the app keeps them, without clicking through every statement: `pick`
 * gives each statement's answer from BIJ1's stance and its place. Once per tab, so a reload keeps
 * what the page itself stored since.
 */
export async function seedAnswers(
	page: Page,
	content: Content,
	pick: (stance: 'agree' | 'disagree', i: number) => string,
	important: readonly number[] = []
) {
	const answers = Object.fromEntries(content.statements.map((s, i) => [s.id, pick(s.stance, i)]));
	const value = JSON.stringify({
		format: 1,
		set: content.fingerprint,
		answers,
		important: important.map((i) => content.statements[i]!.id)
	});
	await page.addInitScript(
		({ key, value }) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			sessionStorage.setItem(key, value);
		},
		{ key: STORAGE_KEY, value }
	);
}
