import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerAll, guard, loadContent, openRow, statementList } from './helpers';
import { stubSpeech } from './support/speech-stub';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Walks the quiz and calls `check` on each kind of page: start, a statement (both toggles open, a
 * hard word explained in the statement and in the quote), importance, result (its list loaded, a
 * row open with a hard word explained), the method page.
 */
async function eachPage(page: Page, check: (name: string) => Promise<void>) {
	const content = await loadContent(page);
	await page.goto('/');
	await check('start');
	await page.goto(`/stelling/${content.statements[0]!.id}`);
	await page.getByText('Wat betekent dit?').click();
	await page.getByText('Bron', { exact: true }).click();
	await page.getByRole('heading', { level: 1 }).getByRole('button').first().click();
	await page.locator('blockquote').getByRole('button').first().click();
	await expect(page.locator('.term-explanation:visible')).toHaveCount(2);
	await check('statement');
	await answerAll(
		page,
		content.statements.map((s, i) => (i % 4 === 3 ? 'skip' : s.stance))
	);
	await page.getByRole('checkbox').first().check();
	await check('important');
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await expect(page.getByTestId('overall')).toBeVisible();
	await statementList(page);
	const row = await openRow(page, content.statements[0]!.title);
	await row.locator('blockquote').getByRole('button').first().click();
	await expect(row.locator('.term-explanation:visible')).toHaveCount(1);
	await check('result');
	await page.getByRole('link', { name: 'Zo werkt deze test' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt deze test');
	await check('method');
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`zero axe violations on every page (${colorScheme})`, async ({ page, baseURL }) => {
		await page.emulateMedia({ colorScheme });
		// A device with a Dutch voice: the read-aloud controls are there to be checked too.
		await stubSpeech(page, { voices: [{ name: 'Xander', lang: 'nl-NL', localService: true }] });
		const watch = guard(page, new URL(baseURL!).origin);
		const report: string[] = [];
		await eachPage(page, async (name) => {
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			for (const v of violations) {
				report.push(`${name}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`);
			}
		});
		expect(report, report.join('\n')).toEqual([]);
		watch.assertClean();
	});
}

test('no horizontal scroll at 320 px and targets of at least 44 × 44 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const problems: string[] = [];
	await eachPage(page, async (name) => {
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > 320) problems.push(`${name}: page is ${width}px wide`);
		if (name === 'statement') {
			for (const label of ['Eens', 'Geen van beide', 'Oneens', 'Sla deze stelling over']) {
				const box = await page.getByRole('button', { name: label, exact: true }).boundingBox();
				if (!box || box.width < 44 || box.height < 44) {
					problems.push(`${label}: ${box?.width}×${box?.height}`);
				}
			}
		}
	});
	expect(problems, problems.join('\n')).toEqual([]);
});

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

test('every page carries the same link preview, an image of 1200 × 630', async ({ page }) => {
	for (const path of ['/', '/uitslag', '/gedeeld']) {
		await page.goto(path);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image, path).toMatch(/^https:\/\/[^/]+\/og\.png$/);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
			'content',
			'summary_large_image'
		);
	}
	const png = Buffer.from(await (await page.request.get('/og.png')).body());
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
