import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompressRest } from './scripts/precompress.js';

// Every text file gets a .gz and a .br beside it, for servers that send them as they are (nginx's
// gzip_static: deploy/nginx.conf) instead of compressing each response again. adapter-static's
// `precompress` covers most extensions; precompressRest the ones it leaves out (the manifest).
// `fallback`: an empty app shell the service worker serves for every page offline, so the content
// is cached once, in the code, instead of once per prerendered page (src/service-worker.ts).
const staticAdapter = adapter({ strict: true, precompress: true, fallback: 'app-shell.html' });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere: no legacy reactivity sneaks in through a forgotten file.
		runes: true,
		// Every page load counts against the JavaScript budget; no need to announce Svelte's version.
		discloseVersion: false
	},
	kit: {
		// Every page is prerendered; `strict` makes a page that cannot be prerendered fail the build
		// instead of silently falling back to the client-only shell.
		adapter: {
			...staticAdapter,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				precompressRest('build');
			}
		},
		// The stylesheets are small and block the first paint: inline them into each page, so the
		// page paints from its HTML alone (about 0.4 s sooner on a slow phone). SvelteKit adds the
		// inline styles' hashes to the Content Security Policy below.
		inlineStyleThreshold: 16_384,
		prerender: {
			// A broken internal link is a bug in our content or routes: fail the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The public address, for absolute URLs in link previews (og:url, og:image). Set
			// SITE_ORIGIN when deploying elsewhere; share links use the address the voter is on.
			origin: process.env.SITE_ORIGIN ?? 'https://benjijbij1.nl'
		},
		// Content Security Policy, written by SvelteKit into every prerendered page as a <meta> tag.
		// Hash mode because the pages are static files: there is no server to mint a nonce per
		// response, and a hash pins SvelteKit's inline boot script to its exact text.
		// `frame-ancestors` is ignored in a <meta> tag: it is sent as a header (static/_headers,
		// deploy/nginx.conf), with the other headers a static page cannot set itself.
		csp: {
			mode: 'hash',
			directives: {
				// Everything not named below: this site, nothing else. No CDN, no tracker, no font host.
				'default-src': ['self'],
				// Our bundles plus the hashes SvelteKit adds for its inline boot script. No
				// 'unsafe-inline' and no 'unsafe-eval': an injected script or eval() simply does not run.
				'script-src': ['self'],
				// Stylesheets from our bundles only, so injected <style> (CSS-based exfiltration) is
				// blocked. Two style attributes are needed and allowed by their exact text, nothing else:
				// `display: contents` on the wrapper in src/app.html, and the visually-hidden style of
				// SvelteKit's route announcer (without it the announcer renders as visible text after every
				// navigation). Recompute with
				// `printf '%s' '<style text>' | openssl dgst -sha256 -binary | base64`.
				// A component that needs a dynamic style attribute should set a CSS custom property from
				// a class instead; failing that, add `'style-src-attr': ['unsafe-inline']`, which still
				// keeps <style> elements out.
				'style-src': [
					'self',
					'unsafe-hashes',
					// display: contents
					'sha256-tcbDxjMo+xKqM21aCGYbs/QAJqB7yUXC06oPWDapBgc=',
					// position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%);
					// overflow: hidden; white-space: nowrap; width: 1px; height: 1px
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				// data: and blob: for images a page makes itself (e.g. a result card drawn in the
				// browser); never another host.
				'img-src': ['self', 'data:', 'blob:'],
				// No plugins, ever.
				'object-src': ['none'],
				// Relative URLs (SvelteKit emits them) must not be re-pointed by an injected <base>.
				'base-uri': ['none'],
				// The quiz posts no forms; if one is ever added it may only submit to us.
				'form-action': ['self'],
				// The web app manifest and the service worker come from this site only.
				'manifest-src': ['self'],
				'worker-src': ['self'],
				// fetch() for __data.json and the service worker's precache: same origin only, so a
				// script cannot send answers anywhere even if one did run.
				'connect-src': ['self']
			}
		}
	}
};

export default config;
