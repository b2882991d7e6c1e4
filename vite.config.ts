import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/content-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	preview: { host: '127.0.0.1' },
	build: {
		// Lazy chunks (storage validator, sharing) are small and have no shared dependencies worth
		// preloading; without this, Vite adds its preload helper (0.8 KB gzip) to every page.
		modulePreload: false,
		sourcemap: !!process.env.SOURCEMAP,
		// Inline imported constants everywhere, not only in conditions: a module of constants shared
		// with a lazy chunk (src/lib/quiz/format.ts) then costs no chunk and no request of its own.
		rolldownOptions: { optimization: { inlineConst: true } }
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
