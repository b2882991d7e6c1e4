/**
 * How components get their words. A language's layout provides the `common` area and each page
 * provides the areas it uses (from static imports of its language's modules, so nothing else is
 * downloaded); a component asks for an area by name. Asking for one the page did not provide is
 * a bug, and says so at once.
 */
import { getContext, setContext } from 'svelte';
import type { Messages } from './types';

const KEY = Symbol('messages');

export function provideMessages(areas: Partial<Messages>): void {
	const inherited = getContext<Partial<Messages> | undefined>(KEY);
	setContext(KEY, { ...inherited, ...areas });
}

export function messages<A extends keyof Messages>(area: A): Messages[A] {
	const found = getContext<Partial<Messages> | undefined>(KEY)?.[area];
	if (!found) throw new Error(`The messages "${area}" were not provided for this page`);
	return found;
}

/** The context a component tree gets when rendered on its own (in component tests). */
export function messagesContext(areas: Partial<Messages>): Map<symbol, Partial<Messages>> {
	return new Map([[KEY, areas]]);
}
