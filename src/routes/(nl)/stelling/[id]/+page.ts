import { error } from '@sveltejs/kit';
import core from 'virtual:content/core';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per statement, so each has its own URL that works on reload and offline.
export const entries: EntryGenerator = () => core.statements.map(({ id }) => ({ id }));

export const load: PageLoad = async ({ params, parent }) => {
	const { content } = await parent();
	const index = content.statements.findIndex((s) => s.id === params.id);
	// The error page says what went wrong in the voter's words.
	if (index === -1) error(404);
	return { index };
};
