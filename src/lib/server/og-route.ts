/**
 * The link-preview image of a language (/og.png, /en/og.png), made once during the build from
 * that language's words, and served as a static file like every other route.
 */
import type { Content } from '$lib/content/schema';
import type { Messages } from '$lib/i18n/types';
import { programmeLabel } from '$lib/share/card/data';
import { renderOgImage } from './og-image';

export async function ogImage({
	content,
	common,
	meta,
	sharing
}: {
	content: Content;
	common: Messages['common'];
	meta: Messages['meta'];
	sharing: Messages['sharing'];
}): Promise<Response> {
	const png = await renderOgImage({
		title: common.siteName,
		subtitle: meta.description,
		footer: programmeLabel({ programme: content.programme, words: { common, card: sharing.card } })
	});
	return new Response(png, { headers: { 'content-type': 'image/png' } });
}
