import common from '$lib/i18n/nl/common';
import meta from '$lib/i18n/nl/meta';
import sharing from '$lib/i18n/nl/sharing';
import content from 'virtual:content/open-data';
import { renderOgImage } from '$lib/server/og-image';
import { programmeLabel } from '$lib/share/card/data';
import type { RequestHandler } from './$types';

// Made once during the build and served as a static file, like every other route.
export const prerender = true;

export const GET: RequestHandler = async () => {
	const png = await renderOgImage({
		title: common.siteName,
		subtitle: meta.description,
		footer: programmeLabel({ programme: content.programme, words: { common, card: sharing.card } })
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
};
