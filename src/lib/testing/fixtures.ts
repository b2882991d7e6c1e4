/**
 * Small, valid content for unit and component tests. Every field a component may show is filled
 * in from the ids, so a test only spells out what its assertions depend on.
 */
import type {
	Content,
	ContentDetails,
	ContentTexts,
	Stance,
	Statement,
	Theme
} from '$lib/content/schema';

/**
 * A statement titled "Titel <id>", quoting measure `number` of the section named after its theme.
 * Any other field can be given to replace the made-up one.
 */
export function fakeStatement({
	id,
	theme,
	stance,
	number = 1,
	...fields
}: {
	id: string;
	theme: string;
	stance: Stance;
	number?: number;
} & Partial<Omit<Statement, 'id' | 'theme' | 'stance'>>): Statement {
	return {
		id,
		theme,
		title: `Titel ${id}`,
		statement: `Stelling ${id}.`,
		stance,
		explanation: 'Uitleg.',
		source: { section: theme, number, quote: `Maatregel ${id}.` },
		...fields
	};
}

/** A theme titled "Thema <ID>", for a lowercase id. */
function fakeTheme(id: string): Theme {
	const name = id.toUpperCase();
	return { id, title: `Thema ${name}`, intro: `Over ${name}.` };
}

/** The real programme's metadata, with themes made from their ids and the given statements. */
export function fakeContent({
	themes,
	statements,
	fingerprint = '00000000'
}: {
	themes: readonly string[];
	statements: Statement[];
	fingerprint?: string;
}): Content {
	return {
		language: 'nl',
		programme: { party: 'BIJ1', chapter: 'Internationale samenwerking', published: '2021-01-12' },
		version: { number: 1, date: '2026-11-27' },
		themes: themes.map(fakeTheme),
		statements,
		fingerprint,
		changelog: [{ number: 1, date: '2026-11-27', fingerprint, notes: 'Eerste versie.' }],
		glossary: []
	};
}

/** The statements' sentences, as the pages that show them get them. */
export function fakeTexts(content: Pick<Content, 'statements'>): ContentTexts {
	return Object.fromEntries(content.statements.map(({ id, statement }) => [id, statement]));
}

/** The on-demand part of fake content, as the pages load it. */
export function fakeDetails(content: Pick<Content, 'statements'>): () => Promise<ContentDetails> {
	const details = Object.fromEntries(
		content.statements.map(({ id, explanation, source, alternative }) => [
			id,
			{ explanation, source, alternative }
		])
	);
	return () => Promise.resolve(details);
}
