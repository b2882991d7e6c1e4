import { resolve } from '$app/paths';
import core from 'virtual:content/core';
import site from 'virtual:content/site';
import { CHANGE_PARAM, type Paths } from '$lib/i18n/types';
import type { LayoutLoad } from './$types';

/** Explanations, quotes and alternatives: most voters open few of them, so they load on demand. */
const details = () => import('virtual:content/details').then((module) => module.default);
/** The statements' sentences, for the list of a result (pages that show them import them). */
const texts = () => import('virtual:content/texts').then((module) => module.default);
/** What the glossary's hard words mean, loaded on the first tap on one. */
const glossary = () => import('virtual:content/glossary').then((module) => module.default);
/** The words of a result's list of statements, which loads when it comes near the screen. */
const list = () => import('$lib/i18n/nl/list').then((module) => module.default);
/** What sharing says and draws, loaded on the first tap on a share button. */
const sharing = () => import('$lib/i18n/nl/sharing').then((module) => module.default);

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
		shared: resolve('/gedeeld'),
		method: resolve('/verantwoording'),
		openData: resolve('/statements.json'),
		openDataSchema: resolve('/statements.schema.json')
	};
	return {
		lang: 'nl' as const,
		content: core,
		details,
		texts,
		glossary,
		list,
		sharing,
		paths,
		site
	};
};
