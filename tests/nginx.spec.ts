import { spawn, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * The build behind a real web server, configured exactly as deploy/nginx.conf tells self-hosters
 * to: clean URLs, the security headers on every response, caching, compression, a 404 page. The
 * headers expected are those of static/_headers, so the two deploy configurations cannot drift.
 */

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
	(p): p is string => !!p && existsSync(p)
);

// One server for the whole file, so its tests run in one worker, one after the other.
test.describe.configure({ mode: 'serial' });
test.skip(!NGINX, 'nginx is not installed (`apt-get install nginx`; .ci/run does it)');

let nginx: ChildProcess | undefined;
let dir: string | undefined;
let base = '';

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
		});
	});
}

test.beforeAll(async () => {
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('No build/: run `npm run build`');
	const port = await freePort();
	dir = mkdtempSync(join(tmpdir(), 'ben-jij-bij1-nginx-'));
	const site = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
		.replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
		.replace(/root \/srv\/ben-jij-bij1;/, `root ${BUILD};`);
	expect(site, 'deploy/nginx.conf lost its placeholders').toContain(`root ${BUILD};`);
	writeFileSync(join(dir, 'site.conf'), site);
	// Everything nginx writes stays in the temporary directory, so no root rights are needed.
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log ${dir}/access.log;
	client_body_temp_path ${dir}/client_body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	include ${dir}/site.conf;
}
`
	);
	const child = spawn(
		NGINX!,
		['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	nginx = child;
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	base = `http://127.0.0.1:${port}`;
	for (let tries = 0; ; tries++) {
		if (child.exitCode !== null) {
			const log = existsSync(join(dir, 'error.log'))
				? readFileSync(join(dir, 'error.log'), 'utf8')
				: '';
			throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${log}`);
		}
		const up = await fetch(`${base}/`).then(
			() => true,
			() => false
		);
		if (up) break;
		if (tries > 100) throw new Error(`nginx did not answer on ${base}: ${stderr}`);
		await new Promise((r) => setTimeout(r, 100));
	}
});

test.afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((done) => nginx!.once('exit', done));
		nginx.kill('SIGTERM');
		await exited;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The headers static/_headers gives every path (its `/*` rule). */
function siteWideHeaders(): Record<string, string> {
	const text = readFileSync(join(ROOT, 'static/_headers'), 'utf8');
	const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(text);
	if (!block) throw new Error('static/_headers has no /* rule');
	return Object.fromEntries(
		block[1]!
			.trim()
			.split('\n')
			.map((line) => {
				const colon = line.indexOf(':');
				return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
			})
	);
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

test('the service worker and the version file are never cached stale', async ({ request }) => {
	for (const path of ['/service-worker.js', '/_app/version.json']) {
		const response = await request.get(`${base}${path}`);
		expect(response.status(), path).toBe(200);
		expect(response.headers()['cache-control'], path).toBe('no-cache');
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

test('text is served gzipped', async ({ request }) => {
	const id = await firstStatementId();
	// The largest chunk: nginx rightly leaves files under gzip_min_length (256 B) uncompressed.
	const chunks = join(BUILD, '_app/immutable/chunks');
	const js = readdirSync(chunks)
		.filter((f) => f.endsWith('.js'))
		.sort((a, b) => statSync(join(chunks, b)).size - statSync(join(chunks, a)).size)[0];
	for (const path of [
		'/',
		`/stelling/${id}`,
		`/_app/immutable/chunks/${js}`,
		'/statements.json',
		'/manifest.webmanifest'
	]) {
		const response = await request.get(`${base}${path}`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(response.headers()['content-encoding'], path).toBe('gzip');
	}
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
