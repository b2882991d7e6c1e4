/**
 * Every answer counted once, none invented: the quiz under browsers that refuse storage, full
 * storage, real double taps, too few answers, and the other ways a voter could get a wrong result
 * or none.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Content } from '../src/lib/content/schema';
import {
	answer,
	answerAll,
	guard,
	loadContent,
	settled,
	startQuiz,
	type AnswerKey,
	WORDS
} from './helpers';

const KEY = 'ben-jij-bij1';

/** What the app stores for these answers (src/lib/quiz/stored.ts). */
function stored(content: Content, answers: Record<string, string>, important: string[] = []) {
	return JSON.stringify({ format: 1, set: content.fingerprint, answers, important });
}

/** Puts a value in storage before the app starts, once per test (not again on a reload). */
async function seed(page: Page, { session, local }: { session?: string; local?: string }) {
	await page.addInitScript(
		({ key, session, local }) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			if (session !== undefined) sessionStorage.setItem(key, session);
			if (local !== undefined) localStorage.setItem(key, local);
		},
		{ key: KEY, session, local }
	);
}

const answersIn = (page: Page) =>
	page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null')?.answers ?? null, KEY);

test.describe('a browser that refuses site data', () => {
	test.beforeEach(async ({ context }) => {
		// Chromium's "Don't allow sites to save data": merely reading the storages throws.
		await context.addInitScript(() => {
			for (const name of ['sessionStorage', 'localStorage']) {
				Object.defineProperty(window, name, {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					}
				});
			}
		});
	});

	test('the quiz works from start to result in memory, and says so once, calmly', async ({
		page,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const watch = guard(page, new URL(baseURL!).origin);
		const content = await loadContent(page);
		await answerAll(
			page,
			content.statements.map((s) => s.stance)
		);
		await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
		await expect(page.getByTestId('overall')).toContainText('100%');
		await expect(page.getByText('Je antwoorden zijn weg als je deze pagina sluit.')).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /Onthoud/ })).toHaveCount(0);
		await expect(page.getByRole('status').first()).toBeEmpty();
		watch.assertClean();
	});
});

test('full storage: a notice, "Onthoud" unticked, the answers still there', async ({ page }) => {
	const content = await loadContent(page);
	const answers = Object.fromEntries(content.statements.map((s) => [s.id, s.stance]));
	await seed(page, { session: stored(content, answers) });
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toContainText('100%');
	const rememberBox = page.getByRole('checkbox', {
		name: 'Onthoud mijn antwoorden op dit apparaat'
	});
	await rememberBox.click();
	await expect(rememberBox).not.toBeChecked();
	await expect(page.getByRole('status').first()).toContainText('De opslag van je browser is vol');
	await expect(page.getByTestId('overall')).toContainText('100%');
});

test('junk in localStorage leaves the valid answers of this tab alone', async ({ page }) => {
	const content = await loadContent(page);
	const answers = Object.fromEntries(content.statements.slice(0, 6).map((s) => [s.id, s.stance]));
	await seed(page, { session: stored(content, answers), local: '{"format":1,"answers":' });
	await page.goto('/uitslag');
	await expect(page.getByTestId('overall')).toContainText('100%');
	await expect(page.getByRole('status').first()).toBeEmpty();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test.describe('real double and triple taps', () => {
	/**
	 * Taps at exact intervals on the page's own clock: with Playwright's clock paused, a busy test
	 * machine cannot stretch "90 ms" into a deliberate second tap.
	 */
	async function burst(page: Page, name: string, taps: number, gapMs: number) {
		const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
		const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		await tapsAt(page, Array<typeof at>(taps).fill(at), gapMs);
	}

	/**
	 * Pauses the page's clock a moment ahead of now. On a busy machine the moment can be past
	 * before the command arrives ("Cannot fast-forward to the past"): then ask again, further
	 * ahead. Nothing is pending by then (the page has settled), so the short jump fires nothing.
	 */
	async function pauseSoon(page: Page) {
		for (const ahead of [50, 200, 1000, 3000]) {
			const at = await page.evaluate((ms) => Date.now() + ms, ahead);
			try {
				await page.clock.pauseAt(at);
				return;
			} catch (error) {
				if (!String(error).includes('Cannot fast-forward to the past')) throw error;
			}
		}
		throw new Error('could not pause the page clock ahead of now');
	}

	async function tapsAt(page: Page, points: { x: number; y: number }[], gapMs: number) {
		await pauseSoon(page);
		for (const [i, { x, y }] of points.entries()) {
			if (i > 0) await page.clock.runFor(gapMs);
			await page.touchscreen.tap(x, y);
		}
		await page.clock.resume();
	}

	for (const [taps, gapMs] of [
		[2, 90],
		[2, 350],
		[3, 90],
		[3, 350]
	] as const) {
		test(`${taps} taps ${gapMs} ms apart answer only the statement that was on screen`, async ({
			page
		}) => {
			await page.clock.install();
			const content = await loadContent(page);
			await startQuiz(page);
			await expect(page.getByText('Stelling 1 van 24', { exact: true })).toBeVisible();
			await settled(page);
			await burst(page, 'Eens', taps, gapMs);
			await expect(page.getByText('Stelling 2 van 24', { exact: true })).toBeVisible();
			await settled(page);
			expect(await answersIn(page)).toEqual({ [content.statements[0]!.id]: 'agree' });
			await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
			// Once settled, a deliberate tap answers the new statement as usual.
			await burst(page, 'Oneens', 1, 0);
			await expect(page.getByText('Stelling 3 van 24', { exact: true })).toBeVisible();
			expect(await answersIn(page)).toEqual({
				[content.statements[0]!.id]: 'agree',
				[content.statements[1]!.id]: 'disagree'
			});
		});
	}

	test('a double tap on the last statement ticks no importance box', async ({ page }) => {
		await page.clock.install();
		const content = await loadContent(page);
		const ids = content.statements.map((s) => s.id);
		const answers = Object.fromEntries(ids.slice(0, -1).map((id) => [id, 'agree']));
		await seed(page, { session: stored(content, answers) });
		// Where the first importance box will be: the second tap lands there, as when the finger
		// is a little off or the page below it has moved.
		await page.goto('/belangrijk');
		const box = (await page.getByRole('checkbox').first().boundingBox())!;
		await page.goto(`/stelling/${ids.at(-1)}`);
		await settled(page);
		const oneens = (await page.getByRole('button', { name: 'Oneens', exact: true }).boundingBox())!;
		await tapsAt(
			page,
			[
				{ x: oneens.x + oneens.width / 2, y: oneens.y + oneens.height / 2 },
				{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
			],
			90
		);
		await expect(page).toHaveURL(/\/belangrijk$/);
		await expect(page.getByRole('checkbox').first()).toBeVisible();
		await settled(page);
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await expect(page.getByText('0 stellingen gekozen')).toBeVisible();
	});
});

test('each statement gets its own buttons: nothing of the last one carries over', async ({
	page
}) => {
	await startQuiz(page);
	const eens = page.getByRole('button', { name: 'Eens', exact: true });
	await eens.evaluate((el) => el.setAttribute('data-previous', ''));
	await answer(page, 'agree');
	await expect(page.getByText('Stelling 2 van 24', { exact: true })).toBeVisible();
	await expect(eens).not.toHaveAttribute('data-previous');
	await expect(eens).not.toBeFocused();
	await expect(eens).toHaveAttribute('aria-pressed', 'false');
});

test('one answer gives no figure anywhere, only what is missing and a way on', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	await startQuiz(page);
	await answer(page, content.statements[0]!.stance as AnswerKey);
	await page.goto('/uitslag');
	await expect(page.getByRole('heading', { name: 'Nog geen uitslag' })).toBeVisible();
	await expect(
		page.getByText(/Je hebt 1 stelling beantwoord\. Voor een uitslag zijn er minstens 6/)
	).toBeVisible();
	await expect(page.getByTestId('overall')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Per onderwerp' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Deel je uitslag' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Beantwoord nog 5 stellingen' }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${content.statements[1]!.id}$`));
	watch.assertClean();
});

test('the importance step without answers says so and leads to the start', async ({ page }) => {
	const content = await loadContent(page);
	await page.goto('/belangrijk');
	await expect(page.getByText('Je hebt nog geen stellingen beantwoord.')).toBeVisible();
	await expect(page.getByText(/alle stellingen overgeslagen/)).toHaveCount(0);
	await page.getByRole('link', { name: 'Begin bij de eerste stelling' }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${content.statements[0]!.id}$`));
});

test('"Opnieuw beginnen" and "Wis mijn antwoorden" can be undone for a while', async ({ page }) => {
	const content = await loadContent(page);
	const answers = Object.fromEntries(content.statements.map((s) => [s.id, s.stance]));
	await seed(page, { session: stored(content, answers) });
	await page.goto('/uitslag');
	await page.getByRole('checkbox', { name: /Onthoud/ }).check();

	await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await expect(page.getByText('Stelling 1 van 24', { exact: true })).toBeVisible();
	const status = page.getByRole('status').first();
	await expect(status).toContainText('Je antwoorden zijn gewist. Je begint opnieuw.');
	await settled(page);
	await status.getByRole('button', { name: 'Maak ongedaan' }).click();
	await expect(status).toBeEmpty();
	await expect(
		page
			.getByRole('button', { name: 'Eens', exact: true, pressed: true })
			.or(page.getByRole('button', { name: 'Oneens', exact: true, pressed: true }))
	).toHaveCount(1);

	await page.goto('/uitslag');
	await settled(page);
	await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(status).toContainText('Je antwoorden zijn gewist, ook van dit apparaat.');
	// Erased at once: nothing stays behind in storage while the undo is offered.
	expect(
		await page.evaluate((key) => [sessionStorage.getItem(key), localStorage.getItem(key)], KEY)
	).toEqual([null, null]);
	await settled(page);
	await status.getByRole('button', { name: 'Maak ongedaan' }).click();
	await expect(page.getByRole('link', { name: 'Ga verder waar je was' })).toBeVisible();
	await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
});

test('on a 320 × 640 screen all three answers are visible on every statement, in both languages', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	for (const lang of ['nl', 'en'] as const) {
		const content = await loadContent(page, lang);
		for (const statement of content.statements) {
			await page.goto(WORDS[lang].statement(statement.id));
			for (const key of ['agree', 'neutral', 'disagree'] as const) {
				const name = WORDS[lang].answers[key];
				const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
				expect(box.y + box.height, `${lang} ${statement.id}: ${name}`).toBeLessThanOrEqual(640);
			}
		}
	}
});
