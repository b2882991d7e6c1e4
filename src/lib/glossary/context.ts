/**
 * How the words of a page find the glossary: the language's layout provides `explain`, a loader
 * (what the terms mean arrives on the first tap on one). Without it, texts show without buttons.
 */
import { getContext, setContext } from 'svelte';
import type { GlossaryExplanations } from '$lib/content/schema';

export type Glossary = {
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
