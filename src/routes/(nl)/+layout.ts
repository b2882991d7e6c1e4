import core from 'virtual:content/core';
import site from 'virtual:content/site';
import { layoutData } from '$lib/i18n/layout-data';
import type { LayoutLoad } from './$types';

// The content comes from hashed JavaScript shared by every page (src/lib/server/content-plugin.ts),
// not from per-page data files: moving between pages fetches nothing, and the service worker
// keeps one copy.
export const load: LayoutLoad = () =>
	layoutData({
		lang: 'nl',
		core,
		site,
		details: () => import('virtual:content/details'),
		texts: () => import('virtual:content/texts'),
		glossary: () => import('virtual:content/glossary'),
		list: () => import('$lib/i18n/nl/list'),
		sharing: () => import('$lib/i18n/nl/sharing')
	});
