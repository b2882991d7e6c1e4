/**
 * What a language's layout gives every page: the content's core, its pages' addresses, and
 * loaders for what loads on demand. Each language's +layout.ts passes its own modules (static
 * imports and `import()` calls must name their language's files, so each page downloads only its
 * language); the rest is the same for every language.
 */
import type {
	ContentCore,
	ContentDetails,
	ContentTexts,
	GlossaryExplanations
} from '$lib/content/schema';
import type { Site } from '$lib/server/content-plugin';
import { pathsFor } from './routes';
import type { Lang, Messages } from './types';

/** The content comes as modules: default exports. */
type Load<T> = () => Promise<{ default: T }>;

export function layoutData({
	lang,
	core,
	site,
	details,
	texts,
	glossary,
	list,
	sharing
}: {
	lang: Lang;
	core: ContentCore;
	site: Site;
	/** Explanations, quotes and alternatives: most voters open few of them. */
	details: Load<ContentDetails>;
	/** The statements' sentences, for the list of a result (pages that show them import them). */
	texts: Load<ContentTexts>;
	/** What the glossary's hard words mean, loaded on the first tap on one. */
	glossary: Load<GlossaryExplanations>;
	/** The words of a result's list of statements, which loads when it comes onto the screen. */
	list: Load<Messages['list']>;
	/** What sharing says and draws, loaded on the first tap on a share button. */
	sharing: Load<Messages['sharing']>;
}) {
	const value =
		<T>(load: Load<T>) =>
		() =>
			load().then((module) => module.default);
	return {
		lang,
		content: core,
		site,
		paths: pathsFor(lang),
		details: value(details),
		texts: value(texts),
		glossary: value(glossary),
		list: value(list),
		sharing: value(sharing)
	};
}
