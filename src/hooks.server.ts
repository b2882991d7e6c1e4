import type { Handle } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/routes';
import { SOCIAL_META_SLOT, socialMeta } from '$lib/server/social-meta';

// Runs while prerendering: every page gets its language on <html> (src/app.html), and its
// link-preview tags and addresses in each language as plain HTML, with absolute URLs on the
// public origin (kit.prerender.origin in svelte.config.js).
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', lang)
				.replace(
					SOCIAL_META_SLOT,
					socialMeta({ origin: event.url.origin, lang, pathname: event.url.pathname })
				)
	});
};
