import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, guard, loadContent, openRow, statementList, WORDS, type Lang } from './helpers';
import { stubSpeech } from './support/speech-stub';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Walks the quiz and calls `check` on each kind of page: start, a statement (both toggles open, a
 * hard word explained in the statement and in the quote), importance, result (its list loaded, a
 * row open with a hard word explained), the method page.
 */
async function eachPage(page: Page, check: (name: string) => Promise<void>, lang: Lang = 'nl') {
	const words = WORDS[lang];
	const content = await loadContent(page, lang);
	await page.goto(words.start);
	await check('start');
	await page.goto(words.statement(content.statements[0]!.id));
	await page.getByText(words.explanation).click();
	await page.getByText(words.source, { exact: true }).click();
	await page.getByRole('heading', { level: 1 }).getByRole('button').first().click();
	await page.locator('blockquote').getByRole('button').first().click();
	await expect(page.locator('.term-explanation:visible')).toHaveCount(2);
	await check('statement');
	await answerAll(
		page,
		content.statements.map((s, i) => (i % 4 === 3 ? 'skip' : s.stance)),
		lang
	);
	await page.getByRole('checkbox').first().check();
	await check('important');
	await page.getByRole('link', { name: words.seeResult }).click();
	await expect(page.getByTestId('overall')).toBeVisible();
	await statementList(page, lang);
	const row = await openRow(page, content.statements[0]!.title, lang);
	await row.locator('blockquote').getByRole('button').first().click();
	await expect(row.locator('.term-explanation:visible')).toHaveCount(1);
	await check('result');
	await page.getByRole('link', { name: words.methodTitle }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.methodTitle);
	await check('method');
}

for (const [lang, colorScheme] of [
	['nl', 'light'],
	['nl', 'dark'],
	['en', 'light'],
	['en', 'dark']
] as const) {
	test(`zero axe violations on every page (${lang}, ${colorScheme})`, async ({ page, baseURL }) => {
		await page.emulateMedia({ colorScheme });
		// A device with Dutch and English voices: the read-aloud controls are there to be checked too.
		await stubSpeech(page, {
			voices: [
				{ name: 'Xander', lang: 'nl-NL', localService: true },
				{ name: 'Daniel', lang: 'en-GB', localService: true }
			]
		});
		const watch = guard(page, new URL(baseURL!).origin);
		const report: string[] = [];
		await eachPage(
			page,
			async (name) => {
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				for (const v of violations) {
					report.push(`${name}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`);
				}
			},
			lang
		);
		expect(report, report.join('\n')).toEqual([]);
		watch.assertClean();
	});
}

for (const lang of ['nl', 'en'] as const) {
	test(`no horizontal scroll at 320 px and targets of at least 44 × 44 px (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const problems: string[] = [];
		await eachPage(
			page,
			async (name) => {
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) problems.push(`${name}: page is ${width}px wide`);
				if (name === 'important') {
					// The visible box, not only its label, is a large target.
					for (const box of await page.getByRole('checkbox').all()) {
						const size = await box.boundingBox();
						if (!size || size.width < 44 || size.height < 44)
							problems.push(`importance checkbox: ${size?.width}×${size?.height}`);
					}
				}
				if (name === 'statement') {
					for (const label of Object.values(WORDS[lang].answers)) {
						const box = await page.getByRole('button', { name: label, exact: true }).boundingBox();
						if (!box || box.width < 44 || box.height < 44) {
							problems.push(`${label}: ${box?.width}×${box?.height}`);
						}
					}
				}
			},
			lang
		);
		expect(problems, problems.join('\n')).toEqual([]);
	});
}

test('the page is Dutch and honours reduced motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const duration = await page
		.getByRole('link', { name: 'Start de test' })
		.evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(parseFloat(duration)).toBeLessThanOrEqual(0.00001);
});

test('after an answer, focus is on the new statement and its progress is announced', async ({
	page
}) => {
	const content = await loadContent(page);
	await page.goto(`/stelling/${content.statements[0]!.id}`);
	await page.getByRole('button', { name: 'Eens', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		content.statements[1]!.statement
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// SvelteKit's route announcer reads the new page title: the progress and the theme, which the
	// focused heading does not include.
	const theme = content.themes.find((t) => t.id === content.statements[1]!.theme)!;
	await expect(page.locator('#svelte-announcer')).toHaveText(
		`Stelling 2 van 24, ${theme.title} · Ben jij BIJ1?`
	);
});

test('every page of a language carries its link preview, an image of 1200 × 630', async ({
	page
}) => {
	const previews = [
		{ image: '/og.png', locale: 'nl_NL', paths: ['/', '/uitslag', '/gedeeld'] },
		{ image: '/en/og.png', locale: 'en_GB', paths: ['/en', '/en/result', '/en/shared'] }
	];
	// In the HTML the site serves, which link previews read (the service worker gives a voter its
	// app shell instead).
	for (const { image, locale, paths } of previews) {
		for (const path of paths) {
			const html = await (await page.request.get(path)).text();
			const meta = (key: string) =>
				html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
			expect(meta('og:image'), path).toMatch(
				new RegExp(`^https://[^/]+${image.replace(/\./g, '\\.')}$`)
			);
			expect(meta('og:locale'), path).toBe(locale);
			expect(meta('twitter:card'), path).toBe('summary_large_image');
		}
		const png = Buffer.from(await (await page.request.get(image)).body());
		expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	}
	// Not the same picture: each says what the test is in its own language.
	const [nl, en] = await Promise.all(
		previews.map(async ({ image }) => (await page.request.get(image)).body())
	);
	expect(Buffer.compare(nl!, en!)).not.toBe(0);
});
