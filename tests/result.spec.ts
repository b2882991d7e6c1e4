/**
 * A result a voter understands and trusts: what the figure is (and is not), what made it, how firm
 * it is, how it was made, and the way back to a friend's result.
 */
import { expect, test } from '@playwright/test';
import { encodeShare } from '../src/lib/share/codec';
import { guard, loadContent, seedAnswers, settled, statementList } from './helpers';

const opposite = (stance: 'agree' | 'disagree') => (stance === 'agree' ? 'disagree' : 'agree');

test('start and result say what the figure compares, that it is no voting advice, and link the method', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	await page.goto('/');
	await expect(
		page.getByText(/één partij \(BIJ1\) en één hoofdstuk.*Het is geen stemadvies\./)
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Zo werkt deze test' })).toHaveAttribute(
		'href',
		'/verantwoording'
	);
	await seedAnswers(page, content, (stance) => stance);
	await page.goto('/uitslag');
	const framing = page.locator('.framing');
	await expect(framing).toContainText('één hoofdstuk uit het verkiezingsprogramma van BIJ1');
	await expect(framing).toContainText('‘Internationale samenwerking’ (12 januari 2021)');
	await expect(framing).toContainText('Dit is geen stemadvies');
	await expect(framing).toContainText('Gemaakt door het open-sourceproject ‘Ben jij BIJ1?’.');
	await framing.getByRole('link', { name: 'Zo werkt deze test' }).click();
	await expect(page).toHaveURL(/\/verantwoording$/);
	// The footer of every page leads there too, and to the open data.
	const footer = page.getByRole('navigation', { name: 'Over deze test' });
	await expect(footer.getByRole('link', { name: 'Verantwoording' })).toBeVisible();
	await expect(footer.getByRole('link', { name: 'Open data' })).toHaveAttribute(
		'href',
		'/statements.json'
	);
	watch.assertClean();
});

test('what drove the figure: the answers that pulled it up and down, each leading to its row', async ({
	page
}) => {
	const content = await loadContent(page);
	// Like BIJ1 on all but 0, 5 and 10; 3 and 5 marked important.
	await seedAnswers(
		page,
		content,
		(stance, i) => ([0, 5, 10].includes(i) ? opposite(stance) : stance),
		[3, 5]
	);
	await page.goto('/uitslag');
	const drivers = page.getByRole('region', { name: 'Wat bepaalt je uitslag' });
	const [up, down] = [drivers.getByRole('list').first(), drivers.getByRole('list').last()];
	// An important agreement first, then quiz order; the important disagreement first.
	await expect(up.getByRole('listitem')).toHaveText([
		`${content.statements[3]!.title} (telt dubbel)`,
		content.statements[1]!.title,
		content.statements[2]!.title
	]);
	await expect(down.getByRole('listitem')).toHaveText([
		`${content.statements[5]!.title} (telt dubbel)`,
		content.statements[0]!.title,
		content.statements[10]!.title
	]);
	await settled(page);
	await down.getByRole('link', { name: content.statements[10]!.title }).click();
	const row = page.getByRole('article', { name: content.statements[10]!.title, exact: true });
	await expect(row).toBeFocused();
	await expect(row).toBeInViewport();
	await expect(row).toContainText('Je bent het oneens met BIJ1');
});

test('how firm the figure is: where it lies with two answers given differently', async ({
	page
}) => {
	const content = await loadContent(page);
	await seedAnswers(page, content, (stance, i) => (i % 3 === 0 ? 'neutral' : stance));
	await page.goto('/uitslag');
	const figure = Number(/(\d+)%/.exec(await page.getByTestId('overall').innerText())![1]);
	const sentence = page.getByText(/^Als je twee antwoorden anders had gegeven/);
	await expect(sentence).toBeVisible();
	const [, low, high] = /tussen (\d+)% en (\d+)%/
		.exec((await sentence.textContent())!)!
		.map(Number);
	expect(low).toBeLessThan(figure);
	expect(high).toBeGreaterThan(figure);
	// 8 neutral (8 of 16 points) and 16 like BIJ1 (32 of 32): 40 of 48 = 83%. Two changes can
	// cost 2 + 2 (two agreements turned around) or gain 1 + 1 (two neutrals made agreement).
	expect([figure, low, high]).toEqual([83, 75, 88]);
});

test('the method page tells how the statements were made and what a figure does not mean', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	await page.goto('/verantwoording');
	await expect(page).toHaveTitle(/Verantwoording/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt deze test');
	for (const heading of [
		'Hoe de stellingen zijn gemaakt',
		'Stellingen waar BIJ1 het mee oneens is',
		'Hoe we je uitslag berekenen',
		'Wat een percentage niet zegt',
		'Versies van de stellingen',
		'Open data',
		'Privacy',
		'Een fout melden'
	]) {
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	}
	// Every reverse-keyed statement, with the real position it states.
	const reverse = content.statements.filter((s) => s.stance === 'disagree');
	expect(reverse.length).toBeGreaterThanOrEqual(6);
	for (const s of reverse) {
		const item = page.getByRole('listitem').filter({ hasText: s.statement });
		await expect(item, s.id).toContainText(s.alternative!);
	}
	await expect(
		page.getByText('Je hebt dan 9 van de 14 punten: 64%.', { exact: false })
	).toBeVisible();
	await expect(page.getByText(/minstens 6 stellingen hebt beantwoord/)).toBeVisible();
	await expect(
		page.getByText(`Dit is versie ${content.version.number} van de stellingen`, { exact: false })
	).toBeVisible();
	// The changes load when asked for, and say what changed per statement.
	await page.getByText('Wat er per versie veranderde, en waarom').click();
	await expect(page.getByRole('heading', { name: /^Versie 2 \(/ })).toBeVisible();
	await expect(page.locator('code', { hasText: 'schulden-kwijtschelden' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'de stellingen (JSON)' })).toHaveAttribute(
		'href',
		'/statements.json'
	);
	watch.assertClean();
});

test('after opening a friend’s link and doing the test, the result offers the comparison', async ({
	page
}) => {
	const content = await loadContent(page);
	const ids = content.statements.map((s) => s.id);
	const friend = encodeShare({
		fingerprint: content.fingerprint,
		statementIds: ids,
		responses: {
			answers: Object.fromEntries(content.statements.map((s) => [s.id, s.stance])),
			important: []
		}
	});
	await page.goto(`/gedeeld#${friend}`);
	await expect(page.getByTestId('overall')).toContainText('100%');
	// Then the test itself (answers as one opposite of BIJ1 throughout).
	await seedAnswers(page, content, opposite);
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toContainText('0%');
	await settled(page);
	await page.getByRole('link', { name: 'Vergelijk met de uitslag die je opende' }).click();
	await expect(page).toHaveURL(new RegExp(`/gedeeld\\?vergelijk#${friend}$`));
	const comparison = page.getByRole('region', { name: 'Jullie antwoorden naast elkaar' });
	await expect(comparison).toBeVisible();
	await expect(comparison).toContainText(
		'Jullie geven bij 0 van de 24 stellingen hetzelfde antwoord.'
	);
});

test('at 200% text on a 390 px screen the result wraps instead of running off the screen', async ({
	page
}) => {
	const content = await loadContent(page);
	await seedAnswers(page, content, (stance, i) => (i % 4 === 0 ? 'skip' : stance));
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toBeVisible();
	// The browser's text size setting: everything in rem doubles.
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	await statementList(page);
	const row = page.getByRole('article').first();
	await row.getByText('Bekijk stelling en programma').click();
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const outside = [...document.querySelectorAll('main *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
			})
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 30)}`);
		return { scroll: document.documentElement.scrollWidth - width, outside };
	});
	expect(overflow.outside, overflow.outside.join('\n')).toEqual([]);
	expect(overflow.scroll).toBeLessThanOrEqual(0);
});

test('a statement heading carries where the voter is, for screen readers that miss the page title', async ({
	page
}) => {
	const content = await loadContent(page);
	await page.goto(`/stelling/${content.statements[4]!.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleDescription(
		'Stelling 5 van 24'
	);
});

test('the result’s sections are named, and the filter’s focus ring stands out in both themes', async ({
	page
}) => {
	const content = await loadContent(page);
	await seedAnswers(page, content, (stance) => stance);
	await page.goto('/uitslag');
	await expect(page.getByRole('region', { name: 'Je antwoorden bewaren' })).toBeVisible();
	await statementList(page);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.getByRole('radio', { name: /^Alles/ }).focus();
		await page.keyboard.press('ArrowRight');
		const ratio = await page.evaluate(() => {
			const label = document.querySelector('.result-filters label:has(input:focus-visible)')!;
			const ring = getComputedStyle(label).outlineColor;
			const page = getComputedStyle(document.body).backgroundColor;
			const luminance = (css: string) => {
				const [r, g, b] = css
					.match(/\d+(\.\d+)?/g)!
					.slice(0, 3)
					.map(Number);
				const lin = (c: number) => {
					const v = c / 255;
					return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
				};
				return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
			};
			const [a, b] = [luminance(ring), luminance(page)].sort((x, y) => y - x);
			return (a! + 0.05) / (b! + 0.05);
		});
		expect(ratio, colorScheme).toBeGreaterThanOrEqual(3);
	}
});

test('by keyboard, the share buttons and the list of statements come in page order', async ({
	page
}) => {
	const content = await loadContent(page);
	await seedAnswers(page, content, (stance) => stance);
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toBeVisible();
	// Tab from the top without scrolling, as a keyboard user does, and note what takes focus.
	const reached: string[] = [];
	for (let i = 0; i < 80 && !reached.includes('remember'); i++) {
		await page.keyboard.press('Tab');
		reached.push(
			await page.evaluate(() => {
				const el = document.activeElement;
				if (el?.matches('.remember input')) return 'remember';
				if (el?.matches('.result-filters input')) return 'list';
				if (el?.closest('.share')) return 'share';
				return 'other';
			})
		);
	}
	const first = (what: string) => reached.indexOf(what);
	expect(first('share'), reached.join(' ')).toBeGreaterThan(-1);
	expect(first('list')).toBeGreaterThan(first('share'));
	expect(first('remember')).toBeGreaterThan(first('list'));
});

test('the result arrives without moving the page: the footer keeps its place', async ({
	page,
	context
}) => {
	const content = await loadContent(page);
	await seedAnswers(page, content, (stance) => stance);
	// A slow phone: the prerendered page is on screen well before the figure is worked out.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as PerformanceEntry[] & { value: number }[])
				w.__shift += (entry as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toContainText('100%');
	// Layout shifts are reported after the frame that made them.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
	const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
	expect(shift, 'cumulative layout shift while the result arrives').toBeLessThan(0.05);
});
