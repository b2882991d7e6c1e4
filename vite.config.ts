import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/content-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	preview: { host: '127.0.0.1' },
	build: {
		// Lazy chunks (details, sharing, the statement list) have no shared dependencies worth
		// preloading ahead of the tap that needs them.
		modulePreload: false,
		// `SOURCEMAP=1 npm run build` maps the bytes of each chunk back to their modules.
		sourcemap: !!process.env.SOURCEMAP,
		rolldownOptions: {
			// Inline imported constants everywhere, not only in conditions.
			optimization: { inlineConst: true },
			output: {
				codeSplitting: {
					groups: [
						{
							// What every page's layout runs (quiz state, storage, tap guard, the page frame)
							// in one chunk: left to itself the bundler splits it into a dozen small files,
							// each a request and a little gzip overhead, about 2 KB more on every page.
							// Svelte and SvelteKit are left to its own splitting, which measured smaller
							// than grouping them too.
							name: 'app',
							test: /src[\\/]lib[\\/](quiz[\\/](state|responses|persist|stored)|ui[\\/](tap-guard|rows)|glossary[\\/]context|i18n[\\/](context|routes|layout-data)|components[\\/](AppShell|NoticeBanner|Bar|LanguageSwitch))/
						},
						// And per language, the words and the content every page of that language needs:
						// a Dutch page never downloads English, nor the other way round.
						{ name: 'nl', test: /src[\\/]lib[\\/]i18n[\\/]nl[\\/]common|virtual:content\/core/ },
						{ name: 'en', test: /src[\\/]lib[\\/]i18n[\\/]en[\\/]common|virtual:content\/en\/core/ }
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				// Pure logic and build-time content code: plain Node, no DOM.
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				// Components need Svelte's browser build and a DOM.
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/vitest-setup.ts']
				}
			}
		]
	}
});
