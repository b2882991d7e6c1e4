import core from 'virtual:content/en/core';
import site from 'virtual:content/site';
import { layoutData } from '$lib/i18n/layout-data';
import type { LayoutLoad } from './$types';

// The content comes from hashed JavaScript shared by every page (src/lib/server/content-plugin.ts),
// not from per-page data files: moving between pages fetches nothing, and the service worker
// keeps one copy.
export const load: LayoutLoad = () =>
	layoutData({
		lang: 'en',
		core,
		site,
		details: () => import('virtual:content/en/details'),
		texts: () => import('virtual:content/en/texts'),
		glossary: () => import('virtual:content/en/glossary'),
		list: () => import('$lib/i18n/en/list'),
		sharing: () => import('$lib/i18n/en/sharing')
	});
