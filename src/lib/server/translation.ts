/**
 * A translation of the quiz content (`statements/i18n/<language>.yaml`), checked against the
 * Dutch it translates. Every text of the Dutch content a voter reads has its translation, and each
 * translation records a hash of the Dutch text it was made from (`from:`): when the Dutch changes,
 * the build fails, naming file, line, item and field, until someone checks the translation and
 * records the new hash. The quotes stay Dutch, BIJ1's own words; their translation is shown beside
 * them, labelled as ours.
 *
 * Relative imports only: vite.config.ts loads this file, outside SvelteKit's aliases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { textHash } from '../content/fingerprint.ts';
import {
	ContentSchema,
	GlossaryTermSchema,
	type Content,
	type GlossaryTerm
} from '../content/schema.ts';
import {
	ContentError,
	formatProblem,
	parseFile,
	sentences,
	type ContentFile,
	type Problem
} from './files.ts';
import { checkGlossary } from './glossary-check.ts';

export const TRANSLATIONS = ['en'] as const;
export type TranslationLanguage = (typeof TRANSLATIONS)[number];

/**
 * A hash as it must be written in YAML: in quotes where YAML would read it as a number
 * (`07432839`, `12e45678`), which would lose its leading zeros or turn it into a float.
 */
export const yamlHash = (hash: string) => (/^[0-9]+(e[0-9]+)?$/i.test(hash) ? `'${hash}'` : hash);

const Translated = z.strictObject({
	from: z
		.string({
			error:
				"expected the hash of the Dutch text in quotes, such as from: '07432839' (YAML reads digits alone as a number)"
		})
		.regex(/^[0-9a-f]{8}$/, 'expected the 8-character hash of the Dutch text (the build names it)'),
	text: z.string().trim().min(1, 'must not be empty')
});
type Translated = z.infer<typeof Translated>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

// Every field may be missing as far as the schema goes: the checks below then say which Dutch
// text to translate and which hash to record, which zod's "expected object" would not.
const Field = Translated.optional();
export const TranslationFileSchema = z.strictObject({
	programme: z.strictObject({ chapter: Field }),
	themes: z.record(slug, z.strictObject({ title: Field, intro: Field })),
	statements: z.record(
		slug,
		z.strictObject({
			title: Field,
			statement: Field,
			explanation: Field,
			alternative: Field,
			quote: Field.describe("The quote in this language: our translation, not BIJ1's text.")
		})
	),
	glossary: z.record(
		slug,
		z.strictObject({ forms: GlossaryTermSchema.shape.forms, explanation: Field })
	)
});
type TranslationFile = z.infer<typeof TranslationFileSchema>;

/**
 * The content in `language`: the Dutch content with every text a voter reads replaced by its
 * translation, the quotes kept and their translation added. Throws a ContentError listing every
 * problem: a missing translation, a stale one, one for something the Dutch does not have.
 */
export function translateContent({
	content,
	file,
	language,
	drafting = false
}: {
	content: Content;
	file: ContentFile;
	language: TranslationLanguage;
	/**
	 * While an editor previews a change (`npm run dev`), a translation that has not caught up is
	 * a warning, and the Dutch stands in for what is missing; the build still requires it all.
	 */
	drafting?: boolean;
}): Content {
	const problems: Problem[] = [];
	const parsed = parseFile(file, TranslationFileSchema, problems);
	if (!parsed) {
		if (!drafting) throw new ContentError(problems);
		warn(problems);
		return { ...content, language };
	}
	const data: TranslationFile = parsed.data;

	/** The translation of one Dutch text, checked: present, and made from this Dutch text. */
	const take = ({
		at,
		path,
		field,
		dutch,
		found
	}: {
		at: string;
		path: readonly (string | number)[];
		field: string;
		dutch: string;
		found: Translated | undefined;
	}): string => {
		const hash = textHash(dutch);
		const line = parsed.lineOf([...path, field]);
		const quoted = `"${dutch.length > 60 ? `${dutch.slice(0, 57)}…` : dutch}"`;
		if (!found) {
			problems.push({
				file: file.path,
				line,
				at,
				field,
				message: `no translation: translate the Dutch ${quoted} and write it with from: ${yamlHash(hash)}`
			});
			return dutch;
		}
		if (found.from !== hash) {
			problems.push({
				file: file.path,
				line: parsed.lineOf([...path, field, 'from']),
				at,
				field,
				message: `stale: the Dutch changed since this was translated (from: ${found.from}, the Dutch is now ${hash}); check the translation against ${quoted} and set from: ${yamlHash(hash)}`
			});
		}
		return found.text;
	};
	const unknown = (list: string, kind: string, known: readonly string[]) => {
		for (const key of Object.keys((data as Record<string, object>)[list] ?? {})) {
			if (!known.includes(key)) {
				problems.push({
					file: file.path,
					line: parsed.lineOf([list, key]),
					at: `${kind} "${key}"`,
					message: `the Dutch content has no ${kind} "${key}": remove it, or rename it to the new id`
				});
			}
		}
	};

	const chapter = take({
		at: 'programme',
		path: ['programme'],
		field: 'chapter',
		dutch: content.programme.chapter,
		found: data.programme.chapter
	});

	unknown(
		'themes',
		'theme',
		content.themes.map((t) => t.id)
	);
	const themes = content.themes.map((theme) => {
		const found = data.themes[theme.id];
		const at = `theme "${theme.id}"`;
		const path = ['themes', theme.id];
		return {
			id: theme.id,
			title: take({ at, path, field: 'title', dutch: theme.title, found: found?.title }),
			intro: take({ at, path, field: 'intro', dutch: theme.intro, found: found?.intro })
		};
	});

	unknown(
		'statements',
		'statement',
		content.statements.map((s) => s.id)
	);
	const statements = content.statements.map((s) => {
		const found = data.statements[s.id];
		const at = `statement "${s.id}"`;
		const path = ['statements', s.id];
		const field = (name: 'title' | 'statement' | 'explanation' | 'alternative', dutch: string) =>
			take({ at, path, field: name, dutch, found: found?.[name] });
		const statement = field('statement', s.statement);
		const report = (name: string, message: string) =>
			problems.push({
				file: file.path,
				line: parsed.lineOf([...path, name]),
				at,
				field: name,
				message
			});
		if (!statement.endsWith('.') || sentences(statement).length !== 1 || /[?!]/.test(statement)) {
			report('statement', 'expected one sentence ending in "."');
		}
		if (s.alternative === undefined && found?.alternative) {
			report('alternative', 'the Dutch statement has no alternative (BIJ1 agrees with it)');
		}
		const translation = take({
			at,
			path,
			field: 'quote',
			dutch: s.source.quote,
			found: found?.quote
		});
		for (const [name, value] of [
			['statement', statement],
			['quote', translation]
		] as const) {
			if (/[{}]/.test(value))
				report(name, 'contains "{" or "}", which the site uses to mark glossary words');
		}
		return {
			...s,
			title: field('title', s.title),
			statement,
			explanation: field('explanation', s.explanation),
			...(s.alternative === undefined ? {} : { alternative: field('alternative', s.alternative) }),
			source: { ...s.source, translation }
		};
	});

	unknown(
		'glossary',
		'term',
		content.glossary.map((t) => t.id)
	);
	const glossary: GlossaryTerm[] = content.glossary.map((term) => {
		const found = data.glossary[term.id];
		const at = `term "${term.id}"`;
		if (!found) {
			problems.push({
				file: file.path,
				line: parsed.lineOf(['glossary']),
				at,
				message: `no translation: add it under glossary: with its forms as they stand in the translated texts and its explanation (the Dutch: "${term.explanation}", from: ${yamlHash(textHash(term.explanation))})`
			});
		}
		return {
			id: term.id,
			forms: found?.forms ?? [],
			explanation: take({
				at,
				path: ['glossary', term.id],
				field: 'explanation',
				dutch: term.explanation,
				found: found?.explanation
			})
		};
	});
	if (problems.length === 0) {
		checkGlossary({
			file: file.path,
			terms: glossary,
			lineOf: (i, field) => parsed.lineOf(['glossary', glossary[i]!.id, ...(field ? [field] : [])]),
			texts: statements.flatMap((s) => [s.statement, s.explanation, s.source.translation]),
			problems
		});
	}

	const translated: Content = {
		...content,
		language,
		programme: { ...content.programme, chapter, originalChapter: content.programme.chapter },
		themes,
		statements,
		glossary
	};
	// The translation is published as open data with the same schema as the Dutch, so it keeps
	// the same limits (a title of 2 to 5 words, a statement of at most 160 characters).
	for (const issue of ContentSchema.safeParse(translated).error?.issues ?? []) {
		const [list, index, name, sub] = issue.path;
		const item =
			typeof index === 'number' ? (list === 'statements' ? statements : themes)[index] : undefined;
		const field =
			name === 'source' ? (String(sub) === 'translation' ? 'quote' : String(sub)) : name;
		problems.push({
			file: file.path,
			line: item ? parsed.lineOf([String(list), item.id, String(field)]) : undefined,
			at: item ? `${list === 'statements' ? 'statement' : 'theme'} "${item.id}"` : undefined,
			field: field === undefined ? issue.path.join('.') : String(field),
			message: issue.message
		});
	}

	if (problems.length > 0 && !drafting) throw new ContentError(problems);
	warn(problems);
	return translated;
}

function warn(problems: readonly Problem[]): void {
	for (const p of problems) console.warn(`Before publishing: ${formatProblem(p)}`);
}

/** Reads `statements/i18n/<language>.yaml` from disk and translates `content` with it. */
export function loadTranslation({
	root = process.cwd(),
	content,
	language,
	drafting = false
}: {
	root?: string;
	content: Content;
	language: TranslationLanguage;
	drafting?: boolean;
}): Content {
	const path = join(root, 'statements', 'i18n', `${language}.yaml`);
	const file = {
		path: relative(root, path),
		text: existsSync(path) ? readFileSync(path, 'utf8') : ''
	};
	if (!file.text) {
		const problem = {
			file: file.path,
			message: `missing: the ${language} translation of the content`
		};
		if (!drafting) throw new ContentError([problem]);
		warn([problem]);
		return { ...content, language };
	}
	return translateContent({ content, file, language, drafting });
}
