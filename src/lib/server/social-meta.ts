/**
 * What every prerendered page carries in its head for other sites, written by src/hooks.server.ts:
 * link-preview tags (Open Graph, and Twitter's own) in the page's language, and the page's
 * address in each language (`hreflang`), for search engines. The previews are the same for every
 * page of a language: a per-result preview would need the result in the path, which a server
 * would see. Being server-only, they cost the browser no JavaScript.
 */
import enCommon from '$lib/i18n/en/common';
import enMeta from '$lib/i18n/en/meta';
import nlCommon from '$lib/i18n/nl/common';
import nlMeta from '$lib/i18n/nl/meta';
import { counterpart, LANGS, pathsFor } from '$lib/i18n/routes';
import type { Lang } from '$lib/i18n/types';
import { OG_HEIGHT, OG_WIDTH } from './og-image';

/** Where in src/app.html the tags go. */
// Not an HTML comment: SvelteKit warns that removing comments can break hydration.
export const SOCIAL_META_SLOT = '%social-meta%';

const WORDS = {
	nl: { common: nlCommon, meta: nlMeta },
	en: { common: enCommon, meta: enMeta }
} as const;

/** The image of a language's link preview: /og.png, /en/og.png. */
export const ogImagePath = (lang: Lang) => (lang === 'nl' ? '/og.png' : '/en/og.png');

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function socialMeta({
	origin,
	lang,
	pathname
}: {
	origin: string;
	lang: Lang;
	pathname: string;
}): string {
	const { common, meta } = WORDS[lang];
	const image = `${origin}${ogImagePath(lang)}`;
	const imageAlt = `${common.siteName} ${meta.description}`;
	const tags: [string, string, string][] = [
		['name', 'description', meta.description],
		['property', 'og:type', 'website'],
		['property', 'og:site_name', common.siteName],
		['property', 'og:locale', meta.locale],
		...LANGS.filter((other) => other !== lang).map((other): [string, string, string] => [
			'property',
			'og:locale:alternate',
			WORDS[other].meta.locale
		]),
		['property', 'og:title', common.siteName],
		['property', 'og:description', meta.description],
		['property', 'og:url', `${origin}${pathsFor(lang).start}`],
		['property', 'og:image', image],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', String(OG_WIDTH)],
		['property', 'og:image:height', String(OG_HEIGHT)],
		['property', 'og:image:alt', imageAlt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', common.siteName],
		['name', 'twitter:description', meta.description],
		['name', 'twitter:image', image],
		['name', 'twitter:image:alt', imageAlt]
	];
	const alternates = [...LANGS, 'x-default' as const].map((hreflang) => {
		const to = hreflang === 'x-default' ? 'nl' : hreflang;
		const href = `${origin}${counterpart({ pathname, to })}`;
		return `<link rel="alternate" hreflang="${hreflang}" href="${escape(href)}" />`;
	});
	return [
		...tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escape(value)}" />`),
		...alternates
	].join('\n\t\t');
}
