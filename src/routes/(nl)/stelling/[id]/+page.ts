import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent }) => {
	const { content } = await parent();
	const { statements } = content;
	const index = statements.findIndex((s) => s.id === params.id);
	// The error page says what went wrong in the voter's words (messages.ts).
	if (index === -1) error(404);
	return {
		index,
		previous: statements[index - 1]?.id ?? null,
		next: statements[index + 1]?.id ?? null
	};
};
