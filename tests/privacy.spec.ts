import { expect, test } from '@playwright/test';
import { answerAll, guard, loadContent } from './helpers';

test('no request to another origin, no non-GET request, no console error, on every page', async ({
	page,
	baseURL
}) => {
	const watch = guard(page, new URL(baseURL!).origin);
	const content = await loadContent(page);
	for (const path of [
		'/',
		...content.statements.map((s) => `/stelling/${s.id}`),
		'/belangrijk',
		'/uitslag',
		'/verantwoording',
		'/en',
		...content.statements.map((s) => `/en/statement/${s.id}`),
		'/en/important',
		'/en/result',
		'/en/method'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	await answerAll(
		page,
		content.statements.map((s) => s.stance)
	);
	await page.getByRole('link', { name: 'Bekijk je uitslag' }).click();
	await expect(page.getByTestId('overall')).toContainText('100%');
	watch.assertClean();
});
