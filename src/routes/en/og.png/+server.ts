import content from 'virtual:content/en/open-data';
import common from '$lib/i18n/en/common';
import meta from '$lib/i18n/en/meta';
import sharing from '$lib/i18n/en/sharing';
import { ogImage } from '$lib/server/og-route';

export const prerender = true;

export const GET = () => ogImage({ content, common, meta, sharing });
