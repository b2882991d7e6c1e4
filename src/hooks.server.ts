import type { Handle } from '@sveltejs/kit';
import { SOCIAL_META_SLOT, socialMeta } from '$lib/server/social-meta';

// Runs while prerendering: every page gets its link-preview tags as plain HTML, with absolute
// URLs on the public origin (kit.prerender.origin in svelte.config.js).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(SOCIAL_META_SLOT, socialMeta({ origin: event.url.origin }))
	});
