import core from 'virtual:content/core';
import { entriesOf } from '$lib/pages/statement-route';

// The same route in every language: $lib/pages/statement-route.ts.
export const entries = entriesOf(core);
export { load } from '$lib/pages/statement-route';
