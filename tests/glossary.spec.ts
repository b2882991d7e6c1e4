import { expect, test } from '@playwright/test';
import { guard, loadContent, settled } from './helpers';

test.describe('hard words explained where they stand', () => {
	test('a term in the statement opens its glossary explanation below it, by keyboard', async ({
		page,
		baseURL
	}) => {
		const watch = guard(page, new URL(baseURL!).origin);
		const content = await loadContent(page);
		const multinational = content.glossary.find((t) => t.id === 'multinational')!;
		await page.goto('/stelling/belastingontwijking');
		const term = page.getByRole('heading', { level: 1 }).getByRole('button', {
			name: 'multinationals'
		});
		await expect(term).toHaveAttribute('aria-expanded', 'false');
		const panel = page.locator(`#${await term.getAttribute('aria-controls')}`);
		await expect(panel).toBeHidden();

		await term.focus();
		await page.keyboard.press('Enter');
		await expect(term).toHaveAttribute('aria-expanded', 'true');
		await expect(panel).toHaveText(`multinationals: ${multinational.explanation}`);
		// Right below the statement, before the answers.
		const beforeAnswers = await panel.evaluate(
			(el) =>
				!!(
					el.compareDocumentPosition(document.querySelector('.answers')!) &
					Node.DOCUMENT_POSITION_FOLLOWING
				)
		);
		expect(beforeAnswers).toBe(true);

		await page.keyboard.press('Enter');
		await expect(panel).toBeHidden();
		watch.assertClean();
	});

	test('the explanation of a statement leaves its words plain: it explains them itself', async ({
		page
	}) => {
		await page.goto('/stelling/belastingontwijking');
		await page.getByText('Wat betekent dit?').click();
		const explanation = page.locator('.more details').first();
		await expect(explanation).toContainText('Multinationals zijn grote bedrijven');
		await expect(explanation.getByRole('button', { name: 'Multinationals' })).toHaveCount(0);
	});

	test.describe('on a phone', () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

		test('a tap on a word in the quote opens it; a tap on another word in it replaces it', async ({
			page
		}) => {
			await page.goto('/stelling/israel-palestina');
			await settled(page);
			await page.getByText('Bron', { exact: true }).tap();
			const quote = page.locator('blockquote');
			const first = quote.getByRole('button', { name: 'Associatieverdrag' });
			await first.tap();
			await expect(page.getByText(/^Associatieverdrag: Een officiële afspraak/)).toBeVisible();
			await quote.getByRole('button', { name: 'kolonisatie' }).tap();
			await expect(first).toHaveAttribute('aria-expanded', 'false');
			await expect(page.getByText(/^kolonisatie: /)).toBeVisible();
			await expect(page.getByText(/^Associatieverdrag: /)).toBeHidden();
		});
	});
});
