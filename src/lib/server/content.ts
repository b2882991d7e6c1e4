/**
 * Reads and validates the quiz content: `statements/`. It runs in the build (through the Vite
 * plugin in ./content-plugin.ts, which hands the result to the pages as modules), so a bad content
 * file fails `npm run build` with one line per problem naming file, line, statement and field.
 *
 * Relative imports only: vite.config.ts loads this file, outside SvelteKit's aliases.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fingerprint } from '../content/fingerprint.ts';
import {
	GlossaryFileSchema,
	ProgrammeFileSchema,
	StatementFileSchema,
	type Content,
	type Statement,
	type Version
} from '../content/schema.ts';
import {
	ContentError,
	formatProblem,
	parseFile,
	sentences,
	type ContentFile,
	type Parsed,
	type Problem
} from './files.ts';
import { checkGlossary } from './glossary-check.ts';
import { measureSections, normaliseWhitespace, parseMeasures } from './programme.ts';

export { ContentError, formatProblem, sentences, type ContentFile, type Problem } from './files.ts';
export { termForms } from './glossary-check.ts';

export const PROGRAMME_FILE = 'programme.yaml';
export const CHANGELOG_FILE = 'CHANGELOG.md';
export const GLOSSARY_FILE = 'glossary.yaml';
export const SOURCE_FILE = 'source/internationale-samenwerking.txt';

/** Writing rules that keep the quiz balanced (see statements/README.md). */
export const RULES = {
	minDisagree: 6,
	maxExplanationSentences: 3,
	maxNegations: 3,
	negation: /\b(niet|geen|nooit)\b/i
} as const;

/**
 * Validates content given as file texts, so that tests can feed broken fixtures without touching
 * the disk. Collects every problem it can find before throwing, so an editor fixes them in one go.
 */
export function parseContent({
	programme,
	statementFiles,
	changelog,
	glossary,
	sourceText,
	drafting = false
}: {
	programme: ContentFile;
	statementFiles: readonly ContentFile[];
	changelog: ContentFile;
	/** Hard words explained; without it the quiz has no glossary. */
	glossary?: ContentFile;
	sourceText: string;
	/**
	 * While an editor previews changes (`npm run dev`), a changelog that has not caught up with
	 * the wording is only a warning; the build still requires it.
	 */
	drafting?: boolean;
}): Content {
	const problems: Problem[] = [];

	const meta = parseFile(programme, ProgrammeFileSchema, problems);
	const statements: (Parsed<unknown> & { file: string; index: number; statement: Statement })[] =
		[];
	for (const file of statementFiles) {
		const parsed = parseFile(file, StatementFileSchema, problems);
		parsed?.data.statements.forEach((statement, index) =>
			statements.push({ ...parsed, file: file.path, index, statement })
		);
	}
	const terms = glossary ? parseFile(glossary, GlossaryFileSchema, problems) : undefined;
	if (!meta || problems.length > 0) throw new ContentError(problems);

	const { themes, ...programmeMeta } = meta.data;
	const measures = parseMeasures(sourceText);
	const sections = measureSections(measures);

	const seenThemes = new Set<string>();
	themes.forEach((theme, i) => {
		const at = `theme "${theme.id}"`;
		const line = (field: string) => meta.lineOf(['themes', i, field]);
		if (seenThemes.has(theme.id)) {
			problems.push({ file: programme.path, line: line('id'), at, message: 'defined twice' });
		}
		seenThemes.add(theme.id);
		if (!sections.includes(theme.title)) {
			problems.push({
				file: programme.path,
				line: line('title'),
				at,
				field: 'title',
				message: `"${theme.title}" is not a section heading of the programme (${sections.join(', ')})`
			});
		}
	});
	for (const section of sections) {
		if (!themes.some((t) => t.title === section)) {
			problems.push({
				file: programme.path,
				line: meta.lineOf(['themes']),
				message: `no theme for the programme section "${section}"`
			});
		}
	}

	const seenIds = new Map<string, string>();
	const seenTitles = new Map<string, string>();
	const coveredBy = new Map<string, string>();
	for (const { file, index, statement: s, lineOf } of statements) {
		const at = `statement "${s.id}"`;
		const report = (field: string, message: string) =>
			problems.push({
				file,
				line: lineOf(['statements', index, ...field.split('.')]),
				at,
				field,
				message
			});
		const otherId = seenIds.get(s.id);
		if (otherId) report('id', `duplicate, also used in ${otherId}`);
		seenIds.set(s.id, file);
		const otherTitle = seenTitles.get(s.title);
		if (otherTitle) report('title', `"${s.title}" is also the title of ${otherTitle}`);
		seenTitles.set(s.title, at);

		const theme = themes.find((t) => t.id === s.theme);
		if (!theme) {
			report(
				'theme',
				`unknown theme "${s.theme}", expected one of ${themes.map((t) => `"${t.id}"`).join(' | ')}`
			);
		} else if (theme.title !== s.source.section) {
			report(
				'source.section',
				`"${s.source.section}" is not the section of theme "${theme.id}" ("${theme.title}")`
			);
		}

		if (s.stance === 'disagree' && s.alternative === undefined) {
			report(
				'alternative',
				'required where stance is "disagree": name the real position this statement states and who holds it'
			);
		}
		if (s.stance === 'agree' && s.alternative !== undefined) {
			report(
				'alternative',
				`only for stance "disagree": a statement BIJ1 agrees with states BIJ1's own position`
			);
		}
		if (
			!s.statement.endsWith('.') ||
			sentences(s.statement).length !== 1 ||
			/[?!]/.test(s.statement)
		) {
			report(
				'statement',
				'expected one sentence ending in "." (in YAML, " #" starts a comment and cuts the text off: put such a text in quotes)'
			);
		}
		const explanationSentences = sentences(s.explanation).length;
		if (!/[.!?]$/.test(s.explanation) || explanationSentences > RULES.maxExplanationSentences) {
			report(
				'explanation',
				`expected one to ${RULES.maxExplanationSentences} sentences, each ending in "."; found ${explanationSentences}`
			);
		}

		// The pages find the glossary's words by marks in braces ($lib/glossary/marks).
		for (const field of ['statement', 'explanation', 'source.quote'] as const) {
			const value = field === 'source.quote' ? s.source.quote : s[field];
			if (/[{}]/.test(value)) {
				report(field, 'contains "{" or "}", which the site uses to mark glossary words');
			}
		}

		const measure = measures.find(
			(m) => m.section === s.source.section && m.number === s.source.number
		);
		const measureKey = `${s.source.section} ${s.source.number}`;
		if (!measure) {
			report('source', `the programme has no measure ${measureKey}`);
			continue;
		}
		const quote = normaliseWhitespace(s.source.quote);
		if (quote !== measure.text) {
			report(
				'source.quote',
				`not verbatim measure ${measureKey}; ${difference(quote, measure.text)}`
			);
		}
		const other = coveredBy.get(measureKey);
		if (other) report('source', `measure ${measureKey} is already covered by ${other}`);
		coveredBy.set(measureKey, at);
	}
	for (const m of measures) {
		if (!coveredBy.has(`${m.section} ${m.number}`)) {
			problems.push({
				file: 'statements/',
				message: `measure ${m.section} ${m.number} is not covered by any statement`
			});
		}
	}

	const list = statements.map((s) => s.statement);
	const disagree = list.filter((s) => s.stance === 'disagree').length;
	if (disagree < RULES.minDisagree) {
		problems.push({
			file: 'statements/',
			message: `only ${disagree} statements are phrased so BIJ1 disagrees; at least ${RULES.minDisagree} are needed for mixed polarity`
		});
	}
	for (const theme of themes) {
		const stances = new Set(list.filter((s) => s.theme === theme.id).map((s) => s.stance));
		if (stances.size < 2) {
			problems.push({
				file: 'statements/',
				message: `theme "${theme.id}" needs statements of both stances (agree and disagree)`
			});
		}
	}
	const negated = list.filter((s) => RULES.negation.test(s.statement));
	if (negated.length > RULES.maxNegations) {
		problems.push({
			file: 'statements/',
			message: `${negated.length} statements use "niet", "geen" or "nooit" (${negated.map((s) => s.id).join(', ')}); at most ${RULES.maxNegations} may`
		});
	}

	// Quiz order: the programme's order of themes, then of measures within each theme.
	const order = (s: Statement) =>
		themes.findIndex((t) => t.id === s.theme) * 1000 + s.source.number;
	const ordered = [...list].sort((a, b) => order(a) - order(b));
	const print = fingerprint({ statements: ordered });
	const changelogProblems: Problem[] = [];
	const versions = parseChangelog({
		file: changelog,
		fingerprint: print,
		problems: changelogProblems
	});
	if (drafting && problems.length === 0 && versions.length > 0) {
		for (const p of changelogProblems) console.warn(`Before publishing: ${formatProblem(p)}`);
	} else problems.push(...changelogProblems);

	if (glossary && terms) {
		const texts = list.flatMap((s) => [s.statement, s.explanation, s.source.quote]);
		checkGlossary({
			file: glossary.path,
			terms: terms.data.terms,
			lineOf: (i, field) => terms.lineOf(['terms', i, ...(field ? [field] : [])]),
			texts,
			problems
		});
	}

	if (problems.length > 0) throw new ContentError(problems);
	const [latest] = versions;
	return {
		language: 'nl',
		programme: programmeMeta,
		version: { number: latest!.number, date: latest!.date },
		themes,
		statements: ordered,
		fingerprint: print,
		changelog: versions,
		glossary: terms?.data.terms ?? []
	};
}

const VERSION_HEADING = /^## Versie (\d+) \((\d{4}-\d{2}-\d{2})\)$/;
const FINGERPRINT_LINE = /^Vingerafdruk: ([0-9a-f]{8})$/;

/**
 * The versions of the statement set, newest first, from `statements/CHANGELOG.md`: a section
 * `## Versie N (YYYY-MM-DD)` per version, with a line `Vingerafdruk: xxxxxxxx` and notes. The
 * newest must carry the fingerprint of the statements as they are, so a wording change cannot
 * go out under an old version number.
 */
export function parseChangelog({
	file,
	fingerprint: current,
	problems
}: {
	file: ContentFile;
	fingerprint: string;
	problems: Problem[];
}): Version[] {
	const versions: (Version & { line: number })[] = [];
	const lines = file.text.split(/\r?\n/);
	lines.forEach((text, i) => {
		const heading = VERSION_HEADING.exec(text);
		if (heading) {
			versions.push({
				number: Number(heading[1]),
				date: heading[2]!,
				fingerprint: '',
				notes: '',
				line: i + 1
			});
			return;
		}
		const last = versions.at(-1);
		if (!last) return;
		if (/^## /.test(text)) {
			problems.push({
				file: file.path,
				line: i + 1,
				message: `expected a heading "## Versie N (YYYY-MM-DD)", found "${text}"`
			});
		}
		const print = FINGERPRINT_LINE.exec(text);
		if (print && !last.fingerprint) last.fingerprint = print[1]!;
		else last.notes += `${text}\n`;
	});
	if (versions.length === 0) {
		problems.push({ file: file.path, message: 'no version: add "## Versie 1 (YYYY-MM-DD)"' });
		return [];
	}
	versions.forEach((v, i) => {
		v.notes = v.notes.trim();
		if (!v.fingerprint) {
			problems.push({
				file: file.path,
				line: v.line,
				message: `Versie ${v.number} has no line "Vingerafdruk: xxxxxxxx"`
			});
		}
		const older = versions[i + 1];
		if (older && older.number >= v.number) {
			problems.push({
				file: file.path,
				line: older.line,
				message: `versions must go from newest to oldest: Versie ${older.number} comes after Versie ${v.number}`
			});
		}
	});
	const [latest] = versions;
	if (latest!.fingerprint && latest!.fingerprint !== current) {
		problems.push({
			file: file.path,
			line: latest!.line,
			message: `the statements changed since Versie ${latest!.number} (fingerprint ${latest!.fingerprint}, now ${current}): add "## Versie ${latest!.number + 1} (YYYY-MM-DD)" with the line "Vingerafdruk: ${current}" and what changed, above Versie ${latest!.number}`
		});
	}
	return versions.map(({ line: _line, ...v }) => v);
}

/** Reads `statements/` from disk. `root` is the project root (the build's working directory). */
export function loadContent({
	root = process.cwd(),
	drafting = false
}: { root?: string; drafting?: boolean } = {}): Content {
	const dir = join(root, 'statements');
	const read = (name: string): ContentFile => ({
		path: relative(root, join(dir, name)),
		text: readFileSync(join(dir, name), 'utf8')
	});
	return parseContent({
		programme: read(PROGRAMME_FILE),
		statementFiles: readdirSync(dir)
			.filter((name) => name.endsWith('.yaml') && name !== PROGRAMME_FILE && name !== GLOSSARY_FILE)
			.sort()
			.map(read),
		changelog: read(CHANGELOG_FILE),
		glossary: existsSync(join(dir, GLOSSARY_FILE)) ? read(GLOSSARY_FILE) : undefined,
		sourceText: read(SOURCE_FILE).text,
		drafting
	});
}

/** Both texts around their first difference, so an editor sees it without counting characters. */
export function difference(quote: string, programme: string): string {
	let i = 0;
	while (i < quote.length && i < programme.length && quote[i] === programme[i]) i++;
	const around = (s: string) =>
		`${i > 30 ? '…' : ''}${s.slice(Math.max(0, i - 30), i + 30)}${i + 30 < s.length ? '…' : ''}`;
	return `from character ${i + 1} the quote reads "${around(quote)}" where the programme reads "${around(programme)}"`;
}
