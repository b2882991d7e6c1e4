import { m } from '$lib/messages';
import { content } from '$lib/server/content';
import { renderOgImage } from '$lib/server/og-image';
import { programmeLabel } from '$lib/share/card/data';
import type { RequestHandler } from './$types';

// Made once during the build and served as a static file, like every other route.
export const prerender = true;

export const GET: RequestHandler = async () => {
	const png = await renderOgImage({
		title: m.siteName,
		subtitle: m.siteDescription,
		footer: programmeLabel({ programme: content().programme })
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
