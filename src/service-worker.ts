/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Makes the whole quiz work offline after one visit, and nothing more.
 *
 * What it keeps: this version's code (every page's JavaScript and CSS, in every language, with
 * the content inside), the icons and manifest the pages link to, and one app shell: an empty page
 * that the app renders itself (adapter-static's `fallback`). Offline, every page of the app is
 * that shell, rendered from the cached code, so the content is stored once instead of once per
 * prerendered page. Open data (`/statements.json`), the link-preview image and host files are
 * not pages the app requests, and are left out.
 *
 * Privacy: the worker only ever answers same-origin GET requests for files of this build, all
 * fetched once at install time. It never stores a response it sees at run time, so nothing from
 * another origin and nothing a voter did can end up in its cache. Answers never reach it anyway:
 * they live in the page's storage and in a shared link's #fragment, which is not part of any
 * request.
 */
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'ben-jij-bij1-';
// One cache per build: a page and the chunks it imports always come from the same version.
const CACHE = `${CACHE_PREFIX}${version}`;

/** The page every navigation gets from the cache (svelte.config.js: adapter `fallback`). */
const SHELL = `${base}/app-shell.html`;

/** Files in static/ that the pages themselves ask for (src/app.html). */
const LINKED = new Set(
	['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png', '/manifest.webmanifest'].map(
		(path) => `${base}${path}`
	)
);

const PRECACHE = [...build, ...files.filter((path) => LINKED.has(path)), SHELL];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	// No skipWaiting(): a tab opened on the previous version still imports that version's
	// hashed chunks lazily, and those exist only in the previous version's cache (the host may
	// already have deleted them). Taking over such a tab, then deleting its cache on activate,
	// would break it mid-quiz. So a new version waits until every tab of the old one is closed;
	// those tabs keep being served, consistently, by the worker and cache they started with.
	event.waitUntil(caches.open(CACHE).then(precache));
});

async function precache(cache: Cache): Promise<void> {
	await Promise.all(
		PRECACHE.map(async (path) => {
			// The shell must be this version's, not an HTTP-cached older copy that refers to chunks
			// this version no longer has; hashed files cannot be stale, so may come from there.
			const immutable = path.startsWith(`${base}/_app/immutable/`);
			const response = await fetch(path, { cache: immutable ? 'default' : 'no-cache' });
			// One missing file would leave a hole in the offline quiz: fail the install (and retry on
			// the next visit) rather than activate incomplete.
			if (!response.ok) throw new Error(`Precaching ${path} failed: HTTP ${response.status}`);
			// A host that redirects (`/x` to `/x/`, say) yields a response marked as redirected, which
			// browsers refuse as the answer to a navigation: store a plain copy instead.
			await cache.put(path, response.redirected ? await unredirected(response) : response);
		})
	);
}

async function unredirected(response: Response): Promise<Response> {
	const { status, statusText, headers } = response;
	return new Response(await response.blob(), { status, statusText, headers });
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Once active, no open tab uses an older version any more (see install): its cache is
			// garbage. Only our own caches are touched.
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// Safe only because of the waiting above: when an update activates there are no tabs of
			// the old version left to claim. What it does claim is the very first tab, on the first
			// install, so that the visit which installed the worker already works offline.
			await sw.clients.claim();
		})()
	);
});

/**
 * A page of the app: a navigation to a path without a file extension, or to an `.html` page.
 * `/statements.json` opened in the browser is a navigation too, and must get the file.
 */
function isPage(request: Request, url: URL): boolean {
	if (request.mode !== 'navigate') return false;
	const last = url.pathname.split('/').pop() ?? '';
	return !last.includes('.') || last.endsWith('.html');
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Other origins are none of our business: the browser handles them as if we did not exist.
	if (url.origin !== sw.location.origin) return;
	const key = isPage(request, url) ? SHELL : PRECACHED.has(url.pathname) ? url.pathname : null;
	// Anything outside this build (such as `/_app/version.json`, which must tell the truth about
	// a newer deploy) goes to the network untouched and uncached.
	if (!key) return;

	// Cache-first: every file in this cache is immutable for this version, so the network can
	// only add latency. The network is the fallback should the cache have been evicted.
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			return (await cache.match(key)) ?? fetch(request);
		})()
	);
});
