import { expect, test, type Page } from '@playwright/test';
import {
	answer,
	answerAll,
	guard,
	KNOWN_IMPORTANT,
	KNOWN_PLAN,
	loadContent,
	openRow,
	percentShown,
	statementList,
	startQuiz,
	toAnswer,
	WORDS,
	type AnswerKey,
	type Relative
} from './helpers';
import { stubSpeech } from './support/speech-stub';

async function planned(page: Page) {
	const content = await loadContent(page);
	const keys: AnswerKey[] = content.statements.map((s, i) => toAnswer(KNOWN_PLAN[i]!, s.stance));
	return { content, keys };
}

test('a whole quiz shows the exact overall, per-theme and per-statement results', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const { content, keys } = await planned(page);
	expect(content.statements).toHaveLength(24);
	// The content is in the app's code: moving on downloads no data.
	const dataRequests: string[] = [];
	page.on('request', (r) => {
		if (/\.json(\?|$)/.test(new URL(r.url()).pathname)) dataRequests.push(r.url());
	});
	await answerAll(page, keys);
	expect(dataRequests).toEqual([]);

	// Only answered statements are offered; skipped ones cannot be important.
	const boxes = page.getByRole('checkbox');
	await expect(boxes).toHaveCount(KNOWN_PLAN.filter((p) => p !== 'skip').length);
	for (const i of KNOWN_IMPORTANT) {
		await page.getByRole('checkbox', { name: content.statements[i]!.title, exact: true }).check();
	}
	await expect(page.getByText('2 stellingen gekozen')).toBeVisible();
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je uitslag');
	await expect(page.getByTestId('overall')).toContainText('58%');
	await expect(page.getByTestId('overall')).toContainText('op basis van 11 van de 24 stellingen');
	await expect(
		page.getByText('Je bent het voor 58% eens met BIJ1.', { exact: false })
	).toBeAttached();
	expect(await percentShown(page, 'Economische rechtvaardigheid')).toBe('70%');
	expect(await percentShown(page, 'Mensenrechten en verduurzaming')).toBe('50%');
	expect(await percentShown(page, 'Internationale rechtvaardigheid')).toBe('geen score');
	await expect(page.getByText('op basis van 4 van de 5 stellingen')).toBeVisible();
	await expect(page.getByText('nog 2 antwoorden nodig')).toBeVisible();

	const outcomeText: Record<Relative, string> = {
		same: 'Je bent het eens met BIJ1',
		neutral: 'Je bent het deels eens met BIJ1',
		opposite: 'Je bent het oneens met BIJ1',
		skip: 'Overgeslagen: telt niet mee'
	};
	await expect(await statementList(page)).toHaveCount(24);
	for (const [i, statement] of content.statements.entries()) {
		const item = page.getByRole('article', { name: statement.title, exact: true });
		await expect(item, statement.id).toContainText(outcomeText[KNOWN_PLAN[i]!]);
		// The statement, the answers and the programme's own words, verbatim, one tap away.
		const row = await openRow(page, statement.title);
		await expect(row, statement.id).toContainText(statement.statement);
		await expect(row.locator('blockquote'), statement.id).toHaveText(
			statement.source.quote.replace(/\s+/g, ' ')
		);
	}
	await expect(
		page.getByRole('article', { name: content.statements[0]!.title, exact: true })
	).toContainText('Belangrijk voor jou');

	// The filters show where you agree and where not.
	await page.getByRole('radio', { name: /^Eens/ }).check();
	await expect(page.getByRole('article')).toHaveCount(
		KNOWN_PLAN.filter((p) => p === 'same').length
	);
	await page.getByRole('radio', { name: /^Deels eens/ }).check();
	await expect(page.getByRole('article')).toHaveCount(
		KNOWN_PLAN.filter((p) => p === 'neutral').length
	);
	await page.getByRole('radio', { name: /^Oneens/ }).check();
	await expect(page.getByRole('article')).toHaveCount(
		KNOWN_PLAN.filter((p) => p === 'opposite').length
	);
	await page.getByRole('radio', { name: /^Overgeslagen/ }).check();
	await expect(page.getByRole('article')).toHaveCount(
		KNOWN_PLAN.filter((p) => p === 'skip').length
	);
	watch.assertClean();
});

test('everything skipped shows a clear message instead of numbers', async ({ page }) => {
	await answerAll(page, Array<AnswerKey>(24).fill('skip'));
	await expect(page.getByText('Je hebt alle stellingen overgeslagen.')).toBeVisible();
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await expect(page.getByRole('heading', { name: 'Nog geen uitslag' })).toBeVisible();
	await expect(
		page.getByText(/Je hebt nog geen stelling beantwoord met Eens, Geen van beide of Oneens/)
	).toBeVisible();
	await expect(page.getByTestId('overall')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Per onderwerp' })).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText('NaN');
});

test('a reload in the middle resumes; back shows the chosen answer; changing it is one tap', async ({
	page
}) => {
	const content = await loadContent(page);
	await startQuiz(page);
	await answer(page, 'agree');
	await answer(page, 'neutral');
	await answer(page, 'disagree');
	await expect(page.getByText('Stelling 4 van 24', { exact: true })).toBeVisible();

	await page.reload();
	await expect(page.getByText('Stelling 4 van 24', { exact: true })).toBeVisible();
	await page.goto('/');
	await page.getByRole('link', { name: 'Ga verder waar je was' }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${content.statements[3]!.id}$`));

	await page.getByRole('link', { name: 'Vorige stelling' }).click();
	await expect(page.getByText('Stelling 3 van 24', { exact: true })).toBeVisible();
	const oneens = page.getByRole('button', { name: 'Oneens', exact: true });
	await expect(oneens).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Eens', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await page.getByRole('link', { name: 'Vorige stelling' }).click();
	await expect(page.getByText('Stelling 2 van 24', { exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Geen van beide', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// The browser's back button shows the chosen answer too.
	await page.goBack();
	await expect(page.getByText('Stelling 3 van 24', { exact: true })).toBeVisible();
	await expect(oneens).toHaveAttribute('aria-pressed', 'true');
	// Changing an answer is one tap, and moves on.
	await answer(page, 'agree');
	await expect(page.getByText('Stelling 4 van 24', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Vorige stelling' }).click();
	await expect(page.getByRole('button', { name: 'Eens', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(oneens).toHaveAttribute('aria-pressed', 'false');
});

test('changing an answer from the result page updates the result', async ({ page }) => {
	const content = await loadContent(page);
	// Everything as BIJ1 answers: 100%.
	await answerAll(
		page,
		content.statements.map((s) => s.stance)
	);
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await expect(page.getByTestId('overall')).toContainText('100%');

	// Change the answer to a statement further down, with the list filtered.
	const changed = content.statements[7]!;
	await statementList(page);
	await page.getByRole('radio', { name: /^Eens/ }).check();
	const row = await openRow(page, changed.title);
	await row.getByRole('link', { name: `Verander je antwoord bij ‘${changed.title}’` }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${changed.id}\\?terug=uitslag$`));
	await answer(page, 'neutral');
	// Back at that statement's row, with focus on it and the filter as it was.
	await expect(page).toHaveURL(new RegExp(`/uitslag#rij-${changed.id}$`));
	const back = page.getByRole('article', { name: changed.title, exact: true });
	await expect(back).toBeFocused();
	await expect(back).toContainText('Je bent het deels eens met BIJ1');
	await expect(back).toBeInViewport();
	await expect(page.getByRole('radio', { name: /^Eens/ })).toBeChecked();
	// 47 of 48 points: 97.9% → 98%; the theme: 17 of 18 → 94%.
	await expect(page.getByTestId('overall')).toContainText('98%');
	expect(await percentShown(page, 'Mensenrechten en verduurzaming')).toBe('94%');
});

test('corrupt storage: the page still works and says it started fresh', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			sessionStorage.setItem('seeded', '1');
			sessionStorage.setItem('ben-jij-bij1', '{"format":1,"answers":{"x":"maybe"');
		}
	});
	await page.goto('/uitslag');
	await expect(page.getByRole('status')).toContainText(
		'We konden je eerder opgeslagen antwoorden niet lezen. Je begint opnieuw.'
	);
	await expect(page.getByText(/Je hebt nog geen stellingen beantwoord/)).toBeVisible();
	await page.getByRole('button', { name: 'Sluit melding' }).click();
	await expect(page.getByRole('status')).toBeEmpty();
	await page.getByRole('link', { name: 'Naar de eerste stelling' }).click();
	await answer(page, 'agree');
	await expect(page.getByText('Stelling 2 van 24', { exact: true })).toBeVisible();
});

test('nothing in localStorage without the opt-in; erase removes everything', async ({ page }) => {
	const content = await loadContent(page);
	await answerAll(
		page,
		content.statements.map(() => 'agree')
	);
	const stored = () =>
		page.evaluate(() => ({
			local: localStorage.length,
			session: sessionStorage.getItem('ben-jij-bij1')
		}));
	expect((await stored()).local).toBe(0);
	expect((await stored()).session).toContain('"agree"');

	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	const rememberBox = page.getByRole('checkbox', {
		name: 'Onthoud mijn antwoorden op dit apparaat'
	});
	await expect(rememberBox).not.toBeChecked();
	expect((await stored()).local).toBe(0);
	await rememberBox.check();
	await expect.poll(async () => (await stored()).local).toBe(1);

	// Remembered answers survive a new tab (sessionStorage does not).
	const other = await page.context().newPage();
	await other.goto('/uitslag');
	await expect(other.getByTestId('overall')).toBeVisible();
	await other.close();

	await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('status')).toHaveText(/Je antwoorden zijn gewist/);
	expect(await stored()).toEqual({ local: 0, session: null });
	await expect(page.getByRole('link', { name: 'Ga verder waar je was' })).toHaveCount(0);
});

test('with the opt-in, open tabs keep one set of answers, and an erase holds', async ({ page }) => {
	const content = await loadContent(page);
	const [first, second] = content.statements;
	const kept = (answers: Record<string, string>) =>
		JSON.stringify({ format: 1, set: content.fingerprint, answers, important: [] });
	await page.addInitScript(
		(value) => {
			if (!localStorage.getItem('seeded')) {
				localStorage.setItem('seeded', '1');
				localStorage.setItem('ben-jij-bij1', value);
			}
		},
		kept({ [first!.id]: 'agree' })
	);
	await page.goto('/uitslag');
	await expect(page.getByText(/Je hebt 1 stelling beantwoord/)).toBeVisible();
	const other = await page.context().newPage();
	await other.goto(`/stelling/${second!.id}`);
	await answer(other, 'disagree');
	// The first tab has the second tab's answer, so its next change cannot overwrite it.
	await expect(page.getByText(/Je hebt 2 stellingen beantwoord/)).toBeVisible();

	await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
	await expect(page).toHaveURL(/\/$/);
	const stored = () =>
		other.evaluate(() => [
			sessionStorage.getItem('ben-jij-bij1'),
			localStorage.getItem('ben-jij-bij1')
		]);
	await expect.poll(stored).toEqual([null, null]);
	// The erase holds: the second tab's next answer does not bring the others back.
	await answer(other, 'neutral');
	expect((await stored())[1]).toBeNull();
});

for (const lang of ['nl', 'en'] as const) {
	test(`keyboard only, from the start page to the result (${lang})`, async ({ page }) => {
		const words = WORDS[lang];
		// A phone with on-device voices: the read-aloud controls are on the pages, in the Tab order.
		await stubSpeech(page, {
			voices: [
				{ name: 'Xander', lang: 'nl-NL', localService: true },
				{ name: 'Daniel', lang: 'en-GB', localService: true }
			]
		});
		await page.goto(words.start);
		// Tab until the start link has focus, then Enter.
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			if (
				(await page.evaluate(() => document.activeElement?.textContent?.trim())) === words.startTest
			)
				break;
		}
		await page.keyboard.press('Enter');
		const agree = page.getByRole('button', { name: words.answers.agree, exact: true });
		for (let n = 1; n <= 24; n++) {
			// Wait for the state a voter waits for: the new statement, focus on it, its buttons ready
			// (for a moment after a statement appears, activations are ignored: see tap-guard.ts).
			await expect(page.getByText(words.progress(n, 24), { exact: true })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
			await expect(agree).not.toHaveAttribute('aria-disabled', 'true');
			// From the statement heading, Tab passes its hard words (glossary buttons) and reaches the
			// first answer.
			for (
				let i = 0;
				i < 6 && !(await agree.evaluate((el) => el === document.activeElement));
				i++
			) {
				await page.keyboard.press('Tab');
			}
			await expect(agree).toBeFocused();
			await page.keyboard.press(n % 2 ? 'Enter' : 'Space');
		}
		await expect(page).toHaveURL(words.importantPath);
		await expect(page.getByRole('checkbox').first()).not.toHaveAttribute('aria-disabled', 'true');
		for (let i = 0; i < 10; i++) {
			await page.keyboard.press('Tab');
			if (
				await page
					.getByRole('checkbox')
					.first()
					.evaluate((el) => el === document.activeElement)
			)
				break;
		}
		await page.keyboard.press('Space');
		await expect(page.getByRole('checkbox').first()).toBeChecked();
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
			if (text === words.seeResult) break;
		}
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.resultTitle);
		await expect(page.getByTestId('overall')).toContainText('%');
	});
}

test('a result with statements not yet reached says so and leads back to them', async ({
	page
}) => {
	const content = await loadContent(page);
	await startQuiz(page);
	for (const key of ['agree', 'disagree', 'neutral', 'agree', 'agree', 'disagree'] as const) {
		await answer(page, key);
	}
	await page.goto('/uitslag');
	await expect(
		page.getByText('Je hebt 18 stellingen nog niet beantwoord. Die tellen niet mee.')
	).toBeVisible();
	await expect(page.getByTestId('overall')).toContainText('op basis van 6 van de 24 stellingen');
	await page.getByRole('link', { name: 'Ga verder met de test' }).click();
	await expect(page).toHaveURL(new RegExp(`/stelling/${content.statements[6]!.id}$`));
});
