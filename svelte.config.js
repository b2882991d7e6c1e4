import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere: no legacy reactivity sneaks in through a forgotten file.
		runes: true
	},
	kit: {
		// Every page is prerendered; `strict` makes a page that cannot be prerendered fail the build
		// instead of silently falling back to a client-only shell.
		adapter: adapter({ strict: true }),
		prerender: {
			// A broken internal link is a bug in our content or routes: fail the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
