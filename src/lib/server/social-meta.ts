/**
 * Link-preview tags (Open Graph, and Twitter's own), written into every prerendered page by
 * src/hooks.server.ts. They are the same for every page: a per-result preview would need the
 * result in the path, which a server would see. Being server-only, they cost the browser no
 * JavaScript.
 */
import { m } from '$lib/messages';
import { OG_HEIGHT, OG_WIDTH } from './og-image';

/** Where in src/app.html the tags go. */
export const SOCIAL_META_SLOT = '<!-- social-meta -->';

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function socialMeta({ origin }: { origin: string }): string {
	const image = `${origin}/og.png`;
	const imageAlt = `${m.siteName} ${m.siteDescription}`;
	const tags: [string, string, string][] = [
		['name', 'description', m.siteDescription],
		['property', 'og:type', 'website'],
		['property', 'og:site_name', m.siteName],
		['property', 'og:locale', 'nl_NL'],
		['property', 'og:title', m.siteName],
		['property', 'og:description', m.siteDescription],
		['property', 'og:url', `${origin}/`],
		['property', 'og:image', image],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', String(OG_WIDTH)],
		['property', 'og:image:height', String(OG_HEIGHT)],
		['property', 'og:image:alt', imageAlt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', m.siteName],
		['name', 'twitter:description', m.siteDescription],
		['name', 'twitter:image', image],
		['name', 'twitter:image:alt', imageAlt]
	];
	return tags
		.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escape(value)}" />`)
		.join('\n\t\t');
}
