/**
 * How the words of a page find the glossary. The language's layout provides `explain` (a loader:
 * what the terms mean arrives on the first tap on one); a page that shows statements provides
 * `forms` with their sentences. Without both, texts show without buttons.
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryExplanations } from '$lib/content/schema';
import type { TermForms } from './terms';

export type Glossary = {
	forms?: TermForms;
	explain?: () => Promise<GlossaryExplanations>;
};

const KEY = Symbol('glossary');

export function provideGlossary(part: Glossary): void {
	setContext(KEY, { ...getContext<Glossary | undefined>(KEY), ...part });
}

export function glossary(): Glossary {
	return getContext<Glossary | undefined>(KEY) ?? {};
}

/** The context a component gets when rendered on its own (in component tests). */
export function glossaryContext(value: Glossary): Map<symbol, Glossary> {
	return new Map([[KEY, value]]);
}
