import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per statement, so each has its own URL that works on reload and offline.
export const entries: EntryGenerator = () => content().statements.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const { statements } = content();
	const index = statements.findIndex((s) => s.id === params.id);
	if (index === -1) error(404, 'Deze stelling bestaat niet.');
	return {
		index,
		previous: statements[index - 1]?.id ?? null,
		next: statements[index + 1]?.id ?? null
	};
};
