/**
 * Link-preview tags (Open Graph, and Twitter's own), written into every prerendered page by
 * src/hooks.server.ts. They are the same for every page: a per-result preview would need the
 * result in the path, which a server would see. Being server-only, they cost the browser no
 * JavaScript.
 */
import common from '$lib/i18n/nl/common';
import meta from '$lib/i18n/nl/meta';
import { OG_HEIGHT, OG_WIDTH } from './og-image';

/** Where in src/app.html the tags go. */
// Not an HTML comment: SvelteKit warns that removing comments can break hydration.
export const SOCIAL_META_SLOT = '%social-meta%';

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function socialMeta({ origin }: { origin: string }): string {
	const image = `${origin}/og.png`;
	const imageAlt = `${common.siteName} ${meta.description}`;
	const tags: [string, string, string][] = [
		['name', 'description', meta.description],
		['property', 'og:type', 'website'],
		['property', 'og:site_name', common.siteName],
		['property', 'og:locale', meta.locale],
		['property', 'og:title', common.siteName],
		['property', 'og:description', meta.description],
		['property', 'og:url', `${origin}/`],
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
	return tags
		.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escape(value)}" />`)
		.join('\n\t\t');
}
