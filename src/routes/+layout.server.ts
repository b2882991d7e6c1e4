import { content } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// Every page is static HTML made at build time: the site needs no server, and answers never
// leave the browser because there is nothing to send them to.
export const prerender = true;

// One layout load serves the whole content to every page: the quiz needs every stance to score,
// and loading it once means client-side navigation never fetches it again.
export const load: LayoutServerLoad = () => ({ content: content() });
