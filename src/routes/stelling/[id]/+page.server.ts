import { content } from '$lib/server/content';
import type { EntryGenerator } from './$types';

// One prerendered page per statement, so each has its own URL that works on reload and offline.
// Only the list of pages comes from here: the page's data comes from the layout (./+page.ts), so
// moving to the next statement fetches nothing.
export const entries: EntryGenerator = () => content().statements.map(({ id }) => ({ id }));
