import { expect, test, type Page } from '@playwright/test';
import { encodeShare } from '../src/lib/share/codec';
import { ANSWER_NAMES, answerAll, type AnswerKey } from './helpers';

/**
 * After one visit the whole quiz works without a network: the service worker has precached the
 * app's code and its shell, from which every page renders. Playwright's default
 * (`serviceWorkers: 'allow'`) lets it run.
 */

/** The root layout's route announcer only exists once the app has hydrated. */
async function hydrated(page: Page) {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

/** Waits until this page is controlled by an active service worker whose install completed. */
async function controlledAndPrecached(page: Page): Promise<string[]> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The worker claims the page that installed it; `controller` is set once that happened.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// Installation only completes once everything is cached, but check what is in the cache.
	return cachedPaths(page);
}

async function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}

test('after one visit, the whole quiz works offline', async ({ page, context }) => {
	test.slow(); // 24 statements, each a client-side navigation

	const online = await page.goto('/');
	expect(online?.ok()).toBe(true);
	const cached = await controlledAndPrecached(page);
	const { statements } = (await (await page.request.get('/statements.json')).json()) as {
		statements: Array<{ id: string }>;
	};
	const first = statements[0]!.id;
	expect(cached, 'the service worker did not precache the app shell').toContain('/app-shell.html');
	// Only what the app can request: no open data, no link-preview image, no per-page copies.
	for (const path of ['/statements.json', '/og.png', `/stelling/${first}`, '/uitslag']) {
		expect(cached, `the service worker precached ${path}`).not.toContain(path);
	}

	await context.setOffline(true);
	// Proof that the network really is gone for the page: only the service worker can answer.
	expect(
		await page.evaluate(() =>
			fetch(`/not-cached-${Date.now()}`).then(
				() => 'reached a server',
				() => 'offline'
			)
		)
	).toBe('offline');

	// A full page load, not just client-side navigation: the voter reopens the site offline.
	const reopened = await page.reload();
	expect(reopened?.fromServiceWorker(), 'the start page came from the service worker').toBe(true);
	await hydrated(page);

	const keys = Object.keys(ANSWER_NAMES) as AnswerKey[];
	await answerAll(
		page,
		statements.map((_, i) => keys[i % keys.length]!)
	);
	await page.getByRole('checkbox').first().check();
	await page
		.getByRole('link', { name: 'Bekijk je uitslag' })
		.or(page.getByRole('button', { name: 'Bekijk je uitslag' }))
		.click();
	await expect(page).toHaveURL(/\/uitslag$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Je uitslag' })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(/\d+\s?%/);

	// The worker stores nothing at run time, so nothing the voter did can end up in its cache.
	expect((await cachedPaths(page)).sort()).toEqual([...cached].sort());
});

test('a statement page and a shared result open offline without any earlier navigation', async ({
	page,
	context
}) => {
	await page.goto('/');
	const cached = await controlledAndPrecached(page);
	const { statements, fingerprint } = (await (
		await page.request.get('/statements.json')
	).json()) as {
		statements: Array<{ id: string }>;
		fingerprint: string;
	};
	// Someone's result, agreeing with every statement: a link as the share button makes it.
	const code = encodeShare({
		fingerprint,
		statementIds: statements.map((s) => s.id),
		responses: {
			answers: Object.fromEntries(statements.map((s) => [s.id, 'agree'])),
			important: []
		}
	});
	await context.setOffline(true);

	const last = statements[statements.length - 1]!.id;
	const statement = await page.goto(`/stelling/${last}`);
	expect(statement?.fromServiceWorker()).toBe(true);
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Eens', exact: true })).toBeVisible();

	// The code in the fragment never reaches the service worker; whatever it holds, the page loads.
	expect(cached).toContain('/app-shell.html');
	const shared = await page.goto('/gedeeld#0');
	expect(shared?.fromServiceWorker(), '/gedeeld came from the service worker').toBe(true);
	expect(shared?.ok()).toBe(true);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// The method page, and a real shared result: the app decodes and scores it from cached code.
	await page.goto('/verantwoording');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zo werkt deze test');
	await page.goto(`/gedeeld#${code}`);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitslag van iemand anders');
	await expect(page.getByTestId('overall')).toContainText('%');

	// The English pages too, from the same shell: their words and content are in the cached code.
	for (const [path, heading] of [
		[`/en/statement/${last}`, null],
		['/en/method', 'How this test works'],
		['/en/shared#0', 'This link is not valid or is damaged.']
	] as const) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), `${path} came from the service worker`).toBe(true);
		await hydrated(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		else await expect(page.getByRole('button', { name: 'Agree', exact: true })).toBeVisible();
	}

	// Open data opened in the browser is the file, not the app shell: offline, it is not there.
	await expect(page.goto('/statements.json')).rejects.toThrow();
});
