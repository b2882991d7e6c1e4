import { expect, test, type Page } from '@playwright/test';

/**
 * The Content Security Policy must hold without a single violation on every page: a violation
 * means either an attack or (far more likely) a feature that silently does not work for voters,
 * such as a blocked style attribute.
 */

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

/** Collects violations and console errors from the first byte of every document in the page. */
async function watch(page: Page): Promise<{ problems: string[] }> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations.push(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
			);
		});
	});
	const watched = { problems: [] as string[] };
	page.on('console', (message) => {
		if (message.type() === 'error') watched.problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
	return watched;
}

/** The root layout's route announcer only exists once the app has hydrated. */
async function hydrated(page: Page) {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
}

async function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations);
}

async function firstStatementId(page: Page): Promise<string> {
	const response = await page.request.get('/statements.json');
	const { statements } = (await response.json()) as { statements: Array<{ id: string }> };
	return statements[0]!.id;
}

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values])
	);
}

const PAGES = [
	{ name: 'start', path: async () => '/' },
	{ name: 'statement', path: async (page: Page) => `/stelling/${await firstStatementId(page)}` },
	{ name: 'important', path: async () => '/belangrijk' },
	{ name: 'result', path: async () => '/uitslag' },
	{ name: 'shared result', path: async () => '/gedeeld#onbekend' }
];

for (const { name, path } of PAGES) {
	test(`the ${name} page runs without CSP violations or console errors`, async ({ page }) => {
		const watched = await watch(page);
		const url = await path(page);
		const response = await page.goto(url);
		expect(response?.status(), `${url} is not served`).toBe(200);
		await hydrated(page);

		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, `${url} has no CSP <meta> tag`).toBeTruthy();
		const csp = directives(policy!);
		const scriptSrc = csp.get('script-src') ?? [];
		expect(scriptSrc, `script-src of ${url}`).toContain("'self'");
		expect(scriptSrc, `script-src of ${url}`).not.toContain("'unsafe-inline'");
		expect(scriptSrc, `script-src of ${url}`).not.toContain("'unsafe-eval'");
		expect(csp.get('style-src') ?? [], `style-src of ${url}`).not.toContain("'unsafe-inline'");
		expect(csp.get('default-src'), `default-src of ${url}`).toEqual(["'self'"]);
		expect(csp.get('object-src'), `object-src of ${url}`).toEqual(["'none'"]);
		expect(csp.get('base-uri'), `base-uri of ${url}`).toEqual(["'none'"]);

		expect(await violations(page), `CSP violations on ${url}`).toEqual([]);
		expect(watched.problems, `errors on ${url}`).toEqual([]);
	});
}

test('client-side navigation between statements causes no CSP violations', async ({ page }) => {
	const watched = await watch(page);
	await page.goto(`/stelling/${await firstStatementId(page)}`);
	await hydrated(page);
	const first = page.url();
	await page.getByRole('button', { name: 'Eens', exact: true }).click();
	await expect(page).not.toHaveURL(first);
	await expect(page).toHaveURL(/\/stelling\//);
	await page.waitForLoadState('networkidle');
	// The navigation filled the announcer: its style attribute is one the policy must allow.
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).not.toBeEmpty();
	// Allowed means applied: a blocked style would leave the announcement visible on the page.
	expect(await announcer.boundingBox()).toMatchObject({ width: 1, height: 1 });
	expect(await violations(page)).toEqual([]);
	expect(watched.problems).toEqual([]);
});
