/**
 * The single definition of the quiz content's shape. TypeScript types are inferred from it, the
 * build validates `statements/*.yaml` against it, and `/statements.schema.json` is generated from
 * it. Full zod is fine here: browser code imports only the types (`import type`).
 */
import { z } from 'zod';

/** Lowercase slug: ids appear in URLs, so they must be stable and URL-safe. */
const slug = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'expected a lowercase slug such as "schulden-kwijtschelden"'
	);

/** Text an editor writes: never empty, never only spaces. */
const text = z.string().trim().min(1, 'must not be empty');

export const STANCES = ['agree', 'disagree'] as const;
export const StanceSchema = z.enum(STANCES);

export const SourceSchema = z.strictObject({
	section: text.describe('The heading of the programme section the measure is in, exactly.'),
	number: z.int().positive().describe("The measure's number within its section."),
	quote: text.describe(
		'The whole measure, verbatim in Dutch (line breaks and runs of spaces may differ).'
	),
	translation: text
		.optional()
		.describe(
			"Only in a translation of the content: the quote in that language. Our translation, not BIJ1's text."
		)
});

export const StatementSchema = z.strictObject({
	id: slug.describe('Stable identifier; used in URLs and share links.'),
	theme: slug.describe('The id of the theme this statement belongs to.'),
	title: text
		.refine((t) => wordCount(t) >= 2 && wordCount(t) <= 5, 'expected 2 to 5 words')
		.describe('A short topic label for lists, 2 to 5 words.'),
	statement: text
		.max(160, 'expected at most 160 characters')
		.describe('The Dutch sentence a voter agrees or disagrees with.'),
	stance: StanceSchema.describe("BIJ1's position on the statement as phrased."),
	alternative: text
		.optional()
		.describe(
			'Only where stance is "disagree": the real position the statement states and who holds it (current policy, or other parties), in one plain sentence.'
		),
	explanation: text.describe('One to three neutral sentences of context, in plain Dutch.'),
	source: SourceSchema
});

export const ThemeSchema = z.strictObject({
	id: slug,
	title: text.describe('Exactly the heading of the programme section.'),
	intro: text.describe('One neutral sentence introducing the theme.')
});

export const ProgrammeSchema = z.strictObject({
	party: text,
	chapter: text.describe("The chapter's title, in the content's language."),
	originalChapter: text
		.optional()
		.describe("Only in a translation of the content: the chapter's title as BIJ1 wrote it."),
	published: z.iso.date().describe('Publication date of the programme chapter (YYYY-MM-DD).')
});

/** `statements/programme.yaml`. */
export const ProgrammeFileSchema = z.strictObject({
	...ProgrammeSchema.shape,
	themes: z.array(ThemeSchema).min(1)
});

/** Every other `statements/*.yaml`. */
export const StatementFileSchema = z.strictObject({
	statements: z.array(StatementSchema).min(1)
});

/** A hard word, its forms as they stand in the texts, and what it means. */
export const GlossaryTermSchema = z.strictObject({
	id: slug.describe('Stable identifier of the term.'),
	forms: z
		.array(text.refine((f) => f === f.toLowerCase(), 'expected lowercase (matching ignores case)'))
		.min(1)
		.describe('Every form of the term as it stands in the texts, in lowercase.'),
	explanation: text.describe('One or two sentences in plain Dutch, without the term itself.')
});

/** `statements/glossary.yaml`. */
export const GlossaryFileSchema = z.strictObject({ terms: z.array(GlossaryTermSchema) });

const Fingerprint = z.string().regex(/^[0-9a-f]{8}$/);

/** One version of the statement set, from `statements/CHANGELOG.md`. */
export const VersionSchema = z.strictObject({
	number: z.int().positive(),
	date: z.iso.date(),
	fingerprint: Fingerprint.describe('The fingerprint of the statement set of this version.'),
	notes: z.string().describe('What changed in this version and why, in Dutch (Markdown).')
});

export const LANGUAGES = ['nl', 'en'] as const;

/** The whole content set, as published at `/statements.json` (and translated, `/en/statements.json`). */
export const ContentSchema = z
	.strictObject({
		language: z
			.enum(LANGUAGES)
			.describe(
				'The language of the texts. Dutch is the source; in a translation the quotes stay Dutch, with our translation beside them.'
			),
		programme: ProgrammeSchema,
		version: z
			.strictObject({ number: z.int().positive(), date: z.iso.date() })
			.describe('The version of the statement set, as shown on the site.'),
		themes: z.array(ThemeSchema),
		statements: z.array(StatementSchema),
		fingerprint: Fingerprint.describe(
			'Fingerprint of the statement set; share links carry it to detect another version.'
		),
		changelog: z.array(VersionSchema).describe('Every version, newest first.'),
		glossary: z
			.array(GlossaryTermSchema)
			.describe('Hard words in the statements, explanations and quotes, explained.')
	})
	.describe("BIJ1 'Internationale samenwerking': themes and agree/disagree statements");

export type Stance = z.infer<typeof StanceSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type Content = z.infer<typeof ContentSchema>;
export type Version = z.infer<typeof VersionSchema>;
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
/** Each term's explanation, in glossary order (the browser knows a term by its index). */
export type GlossaryExplanations = readonly string[];

/**
 * What every page needs: who and what, the themes, and per statement its title and what scoring
 * needs. The statements' sentences come with the pages that show them (ContentTexts);
 * explanations, quotes and alternatives are loaded when first opened (ContentDetails).
 */
export type ContentCore = Pick<Content, 'programme' | 'version' | 'fingerprint'> & {
	themes: CoreTheme[];
	statements: CoreStatement[];
};
/** A theme's intro is shown on the start page only (ContentIntros). */
export type CoreTheme = Pick<Theme, 'id' | 'title'>;
/** Each theme's intro, per theme id. */
export type ContentIntros = Record<string, string>;
export type CoreStatement = Pick<Statement, 'id' | 'theme' | 'title' | 'stance'>;
/** Each statement's sentence, per statement id, its hard words marked ($lib/glossary/marks). */
export type ContentTexts = Record<string, string>;

export type StatementDetails = Pick<Statement, 'explanation' | 'source' | 'alternative'>;
/** Per statement id. */
export type ContentDetails = Record<string, StatementDetails>;

function wordCount(s: string): number {
	return s.trim().split(/\s+/).length;
}
