import { resolve } from '$app/paths';
import core from 'virtual:content/core';
import { CHANGE_PARAM, type Paths } from '$lib/i18n/types';
import type { LayoutLoad } from './$types';

/** Explanations, quotes and alternatives: most voters open few of them, so they load on demand. */
const details = () => import('virtual:content/details').then((module) => module.default);

// The content comes from hashed JavaScript shared by every page (src/lib/server/content-plugin.ts),
// not from per-page data files: moving between pages fetches nothing, and the service worker
// keeps one copy.
export const load: LayoutLoad = () => {
	const paths: Paths = {
		start: resolve('/'),
		statement: (id) => resolve('/(nl)/stelling/[id]', { id }),
		change: (id) => `${resolve('/(nl)/stelling/[id]', { id })}?${CHANGE_PARAM}=uitslag`,
		important: resolve('/belangrijk'),
		result: resolve('/uitslag'),
		shared: resolve('/gedeeld')
	};
	return { lang: 'nl' as const, content: core, details, paths };
};
