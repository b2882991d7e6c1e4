import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { BROTLI_MODULE, BUILD, NGINX, ROOT, startNginx } from '../scripts/nginx.js';
import { TEXT_EXTENSIONS } from '../scripts/precompress.js';

/**
 * The build behind a real web server, configured exactly as deploy/nginx.conf tells self-hosters
 * to: clean URLs, the security headers on every response, caching, compression, a 404 page. The
 * headers expected are those of static/_headers, so the two deploy configurations cannot drift.
 */

// One server for the whole file, so its tests run in one worker, one after the other.
test.describe.configure({ mode: 'serial' });
test.skip(!NGINX, 'nginx is not installed (`apt-get install nginx`; .ci/run does it)');

let server: Awaited<ReturnType<typeof startNginx>> | undefined;
let base = '';

test.beforeAll(async () => {
	server = await startNginx();
	base = server.base;
});

test.afterAll(async () => {
	await server?.close();
});

/** static/_headers as rules: path pattern to the headers it sets, lower-case names. */
function headerRules(): Map<string, Record<string, string>> {
	const text = readFileSync(join(ROOT, 'static/_headers'), 'utf8');
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || !line.trim()) continue;
		if (!/^[ \t]/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon < 0) throw new Error(`static/_headers: cannot read "${line}"`);
		current[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** The headers static/_headers gives every path (its `/*` rule). */
function siteWideHeaders(): Record<string, string> {
	const headers = headerRules().get('/*');
	if (!headers) throw new Error('static/_headers has no /* rule');
	return headers;
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
	const expected = siteWideHeaders();
	expect(Object.keys(expected)).toEqual(
		expect.arrayContaining([
			'strict-transport-security',
			'x-content-type-options',
			'referrer-policy',
			'content-security-policy',
			'permissions-policy',
			'cross-origin-opener-policy'
		])
	);
	for (const [name, value] of Object.entries(expected)) {
		expect(headers[name], `${name} on ${what}`).toBe(value);
	}
}

async function firstStatementId(): Promise<string> {
	const { statements } = JSON.parse(readFileSync(join(BUILD, 'statements.json'), 'utf8')) as {
		statements: Array<{ id: string }>;
	};
	return statements[0]!.id;
}

test('an HTML page has the security headers and is revalidated on every visit', async ({
	request
}) => {
	const response = await request.get(`${base}/`);
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expectSecurityHeaders(headers, '/');
	expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
	expect(headers['cache-control']).toBe('no-cache');
	expect(headers['content-type']).toMatch(/^text\/html/);
});

test('hashed build files are cached for a year, immutable, with the same headers', async ({
	request
}) => {
	const entry = readdirSync(join(BUILD, '_app/immutable/entry')).find((f) => f.endsWith('.js'));
	const path = `/_app/immutable/entry/${entry}`;
	const response = await request.get(`${base}${path}`);
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
	expectSecurityHeaders(headers, path);
});

test('pages, the app shell, the service worker and the version file are never cached stale', async ({
	request
}) => {
	const id = await firstStatementId();
	for (const path of [
		'/service-worker.js',
		'/_app/version.json',
		`/stelling/${id}`,
		'/app-shell.html',
		'/statements.json'
	]) {
		const response = await request.get(`${base}${path}`);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe('no-cache');
	}
});

test('icons and the manifest are cached for a week, the same in static/_headers', async ({
	request
}) => {
	const rules = headerRules();
	const icons = readdirSync(join(ROOT, 'static')).filter((f) =>
		/^(favicon\.(ico|svg)|apple-touch-icon\.png|icon-.+\.png|manifest\.webmanifest)$/.test(f)
	);
	// The favicon (asked for on every page), the home-screen icons and the manifest.
	expect(icons.length).toBeGreaterThanOrEqual(7);
	for (const file of icons) {
		const path = `/${file}`;
		const response = await request.get(`${base}${path}`);
		expect(response.status(), path).toBe(200);
		const cacheControl = response.headers()['cache-control'];
		expect(cacheControl, path).toBe('public, max-age=604800, stale-while-revalidate=86400');
		expect(rules.get(path)?.['cache-control'], `static/_headers rule for ${path}`).toBe(
			cacheControl
		);
		expectSecurityHeaders(response.headers(), path);
	}
});

test('clean URLs serve the prerendered pages', async ({ request }) => {
	const id = await firstStatementId();
	for (const path of [`/stelling/${id}`, '/belangrijk', '/uitslag', '/app-shell.html']) {
		const response = await request.get(`${base}${path}`);
		expect(response.status(), path).toBe(200);
	}
	const page = await request.get(`${base}/stelling/${id}`);
	expect(page.headers()['content-type']).toMatch(/^text\/html/);
	expect(await page.text()).toContain('content-security-policy');

	const slash = await request.get(`${base}/belangrijk/`, { maxRedirects: 0 });
	expect(slash.status()).toBe(301);
	expect(slash.headers()['location']).toBe('/belangrijk');

	const manifest = await request.get(`${base}/manifest.webmanifest`);
	expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
});

test('an unknown path gets the 404 page, with the headers too', async ({ request }) => {
	for (const path of ['/bestaat-niet', '/stelling/bestaat-niet', '/_headers']) {
		const response = await request.get(`${base}${path}`);
		expect(response.status(), path).toBe(404);
		expect(await response.text(), path).toContain('Pagina niet gevonden');
		expectSecurityHeaders(response.headers(), path);
	}
});

/** A GET without any decoding, so the bytes on the wire can be compared with files on disk. */
function rawGet(
	path: string,
	headers: Record<string, string> = {},
	origin = base
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		get(`${origin}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				done({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks)
				})
			);
			response.on('error', fail);
		}).on('error', fail);
	});
}

function largestChunk(): string {
	const chunks = join(BUILD, '_app/immutable/chunks');
	return readdirSync(chunks)
		.filter((f) => f.endsWith('.js'))
		.sort((a, b) => statSync(join(chunks, b)).size - statSync(join(chunks, a)).size)[0]!;
}

test('text is sent precompressed from the build, not compressed per response', async () => {
	const id = await firstStatementId();
	// URL, and the file of build/ nginx serves for it.
	const served: Array<[string, string]> = [
		['/', 'index.html'],
		[`/stelling/${id}`, `stelling/${id}.html`],
		[`/_app/immutable/chunks/${largestChunk()}`, `_app/immutable/chunks/${largestChunk()}`],
		['/statements.json', 'statements.json'],
		['/manifest.webmanifest', 'manifest.webmanifest']
	];
	for (const [path, file] of served) {
		const gz = readFileSync(join(BUILD, `${file}.gz`));
		const response = await rawGet(path, { 'accept-encoding': 'gzip' });
		expect(response.status, path).toBe(200);
		expect(response.headers['content-encoding'], path).toBe('gzip');
		expect(response.headers['vary'], path).toMatch(/accept-encoding/i);
		// gzip_static sends the .gz file as it is: its exact bytes, with its length up front. On-the-fly
		// gzip (level 6, streamed in chunks) has no Content-Length and other bytes than the level-9
		// file, so it cannot pass for it.
		expect(response.headers['content-length'], path).toBe(String(gz.length));
		expect(response.body.equals(gz), `${path} is the bytes of build/${file}.gz`).toBe(true);
		// A client that accepts no compression gets the file itself.
		const plain = await rawGet(path);
		expect(plain.headers['content-encoding'], path).toBeUndefined();
		expect(plain.body.equals(readFileSync(join(BUILD, file))), path).toBe(true);
	}
});

test('with the optional Brotli module, .br files are sent as they are', async () => {
	test.skip(
		!existsSync(BROTLI_MODULE),
		'Brotli is optional (`apt-get install libnginx-mod-http-brotli-static`)'
	);
	const brotli = await startNginx({ brotli: true });
	try {
		const chunk = `_app/immutable/chunks/${largestChunk()}`;
		const br = readFileSync(join(BUILD, `${chunk}.br`));
		const response = await rawGet(`/${chunk}`, { 'accept-encoding': 'gzip, br' }, brotli.base);
		expect(response.headers['content-encoding']).toBe('br');
		expect(response.body.equals(br)).toBe(true);
		// Clients without Brotli still get the .gz.
		const gz = await rawGet(`/${chunk}`, { 'accept-encoding': 'gzip' }, brotli.base);
		expect(gz.body.equals(readFileSync(join(BUILD, `${chunk}.gz`)))).toBe(true);
	} finally {
		await brotli.close();
	}
});

test('the build has a .gz and a .br of every text file, with the same content', () => {
	// What else may be in build/: binary files (compressed already) and host configuration.
	const binary = ['.png', '.ico'];
	const hostConfig = ['_headers'];
	const files = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((f) =>
		statSync(join(BUILD, f)).isFile()
	);
	const text = files.filter((f) => TEXT_EXTENSIONS.includes(extname(f)));
	const unknown = files.filter(
		(f) =>
			!TEXT_EXTENSIONS.includes(extname(f)) &&
			!binary.includes(extname(f)) &&
			!hostConfig.includes(f) &&
			!/\.(gz|br)$/.test(f)
	);
	expect(unknown, 'files of a kind not known to be text or binary: classify them').toEqual([]);
	for (const kind of ['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt'])
		expect(
			text.some((f) => f.endsWith(kind)),
			`build/ has a ${kind} file`
		).toBe(true);
	const missing: string[] = [];
	for (const file of text) {
		const original = readFileSync(join(BUILD, file));
		for (const [suffix, decompress] of [
			['.gz', gunzipSync],
			['.br', brotliDecompressSync]
		] as const) {
			const packed = join(BUILD, `${file}${suffix}`);
			if (!existsSync(packed)) missing.push(relative(BUILD, packed));
			else expect(decompress(readFileSync(packed)).equals(original), packed).toBe(true);
		}
	}
	expect(missing, 'precompressed files missing from build/').toEqual([]);
});

async function hydrated(page: Page) {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

test('the quiz works there, without errors, and its service worker installs', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || /Permissions-Policy/i.test(m.text())) problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));

	await page.goto(`${base}/`);
	await hydrated(page);
	await page.getByRole('link', { name: 'Start de test' }).click();
	for (const answer of ['Eens', 'Oneens', 'Geen van beide']) {
		await expect(page).toHaveURL(/\/stelling\/[^/]+$/);
		const before = page.url();
		await page.getByRole('button', { name: answer, exact: true }).click();
		await expect(page).not.toHaveURL(before);
	}
	await expect(page).toHaveURL(/\/stelling\/[^/]+$/);
	await expect(page.getByRole('button', { name: 'Eens', exact: true })).toBeVisible();
	// A reload is a full request to nginx for a clean URL, and must bring the same page back.
	const url = page.url();
	await page.reload();
	await hydrated(page);
	await expect(page).toHaveURL(url);

	// Installing means every precached file was fetched from nginx with success.
	const state = await page.evaluate(
		async () => (await navigator.serviceWorker.ready).active?.state
	);
	expect(state).toBe('activated');
	expect(problems).toEqual([]);
});
