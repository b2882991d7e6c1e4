/**
 * The statement pages' route, the same in every language: one prerendered page per statement, so
 * each has its own address that works on reload and offline, and a 404 for an id that is no
 * statement (in the page's language, by its layout's error page).
 */
import { error, type Load } from '@sveltejs/kit';
import type { ContentCore } from '$lib/content/schema';

/**
 * The ids to prerender. Each language's route passes its own core, the one its pages load anyway:
 * a route module ships to the browser whole, and another language's core would come with it.
 */
export const entriesOf = (core: ContentCore) => () => core.statements.map(({ id }) => ({ id }));

export const load: Load<{ id: string }> = async ({ params, parent }) => {
	const { content } = (await parent()) as { content: ContentCore };
	const index = content.statements.findIndex((s) => s.id === params.id);
	if (index === -1) error(404);
	return { index };
};
