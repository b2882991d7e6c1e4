import content from 'virtual:content/open-data';
import common from '$lib/i18n/nl/common';
import meta from '$lib/i18n/nl/meta';
import sharing from '$lib/i18n/nl/sharing';
import { ogImage } from '$lib/server/og-route';

export const prerender = true;

export const GET = () => ogImage({ content, common, meta, sharing });
