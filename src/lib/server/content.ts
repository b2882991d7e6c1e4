/**
 * Loads and validates the quiz content at build time. This is the only code that reads
 * `statements/`; with adapter-static it runs during `vite build`, so a bad content file fails the
 * build with a message naming the file, the statement and the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { fingerprint } from '$lib/content/fingerprint';
import {
	ProgrammeFileSchema,
	StatementFileSchema,
	type Content,
	type Statement
} from '$lib/content/schema';
import { measureSections, normaliseWhitespace, parseMeasures } from './programme';

export const PROGRAMME_FILE = 'programme.yaml';
export const SOURCE_FILE = 'source/internationale-samenwerking.txt';

/** Writing rules that keep the quiz balanced (see statements/README.md). */
export const RULES = {
	minDisagree: 6,
	maxExplanationSentences: 3,
	maxNegations: 3,
	negation: /\b(niet|geen|nooit)\b/i
} as const;

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid quiz content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

export type ContentFile = { path: string; text: string };

/**
 * Validates content given as file texts, so that tests can feed broken fixtures without touching
 * the disk. Collects every problem it can find before throwing, so an editor fixes them in one go.
 */
export function parseContent({
	programme,
	statementFiles,
	sourceText
}: {
	programme: ContentFile;
	statementFiles: readonly ContentFile[];
	sourceText: string;
}): Content {
	const problems: string[] = [];

	const programmeData = parseFile(programme, ProgrammeFileSchema, problems, () => undefined);
	const statements: { file: string; statement: Statement }[] = [];
	for (const file of statementFiles) {
		const data = parseFile(file, StatementFileSchema, problems, (raw, path) =>
			statementLabel(raw, path)
		);
		for (const statement of data?.statements ?? []) statements.push({ file: file.path, statement });
	}
	if (!programmeData || problems.length > 0) throw new ContentError(problems);

	const { themes, ...meta } = programmeData;
	const measures = parseMeasures(sourceText);
	const sections = measureSections(measures);

	checkUnique(themes, 'id', (v) => `${programme.path}: theme "${v}" is defined twice`, problems);
	for (const theme of themes) {
		if (!sections.includes(theme.title)) {
			problems.push(
				`${programme.path}: theme "${theme.id}" › title: "${theme.title}" is not a section heading of the programme (${sections.join(', ')})`
			);
		}
	}
	for (const section of sections) {
		if (!themes.some((t) => t.title === section)) {
			problems.push(`${programme.path}: no theme for the programme section "${section}"`);
		}
	}

	const seenIds = new Map<string, string>();
	const seenTitles = new Map<string, string>();
	const coveredBy = new Map<string, string>();
	for (const { file, statement: s } of statements) {
		const at = `${file}: statement "${s.id}"`;
		const otherId = seenIds.get(s.id);
		if (otherId) problems.push(`${at} › id: duplicate, also used in ${otherId}`);
		seenIds.set(s.id, file);
		const otherTitle = seenTitles.get(s.title);
		if (otherTitle) problems.push(`${at} › title: "${s.title}" is also the title of ${otherTitle}`);
		seenTitles.set(s.title, `statement "${s.id}"`);

		const theme = themes.find((t) => t.id === s.theme);
		if (!theme) {
			problems.push(
				`${at} › theme: unknown theme "${s.theme}", expected one of ${themes.map((t) => `"${t.id}"`).join(' | ')}`
			);
		} else if (theme.title !== s.source.section) {
			problems.push(
				`${at} › source.section: "${s.source.section}" is not the section of theme "${theme.id}" ("${theme.title}")`
			);
		}

		if (s.stance === 'disagree' && s.alternative === undefined) {
			problems.push(
				`${at} › alternative: required where stance is "disagree": name the real position this statement states and who holds it`
			);
		}
		if (s.stance === 'agree' && s.alternative !== undefined) {
			problems.push(
				`${at} › alternative: only for stance "disagree"; a statement BIJ1 agrees with states BIJ1's own position`
			);
		}
		const statementSentences = sentences(s.statement);
		if (!s.statement.endsWith('.') || statementSentences.length !== 1 || /[?!]/.test(s.statement)) {
			problems.push(
				`${at} › statement: expected one sentence ending in "." (a " #" in YAML starts a comment and cuts the text off: put the text in quotes)`
			);
		}
		const explanationSentences = sentences(s.explanation).length;
		if (!/[.!?]$/.test(s.explanation) || explanationSentences > RULES.maxExplanationSentences) {
			problems.push(
				`${at} › explanation: expected one to ${RULES.maxExplanationSentences} sentences, each ending in "."; found ${explanationSentences}`
			);
		}

		const measure = measures.find(
			(m) => m.section === s.source.section && m.number === s.source.number
		);
		const measureKey = `${s.source.section} ${s.source.number}`;
		if (!measure) {
			problems.push(`${at} › source: the programme has no measure ${measureKey}`);
		} else {
			if (normaliseWhitespace(s.source.quote) !== measure.text) {
				problems.push(
					`${at} › source.quote: not verbatim measure ${measureKey}; it differs from character ${firstDifference(normaliseWhitespace(s.source.quote), measure.text) + 1}`
				);
			}
			const other = coveredBy.get(measureKey);
			if (other)
				problems.push(`${at} › source: measure ${measureKey} is already covered by ${other}`);
			coveredBy.set(measureKey, `statement "${s.id}"`);
		}
	}
	for (const m of measures) {
		if (!coveredBy.has(`${m.section} ${m.number}`)) {
			problems.push(
				`statements/: measure ${m.section} ${m.number} is not covered by any statement`
			);
		}
	}

	const list = statements.map((s) => s.statement);
	const disagree = list.filter((s) => s.stance === 'disagree').length;
	if (disagree < RULES.minDisagree) {
		problems.push(
			`statements/: only ${disagree} statements are phrased so BIJ1 disagrees; at least ${RULES.minDisagree} are needed for mixed polarity`
		);
	}
	for (const theme of themes) {
		const stances = new Set(list.filter((s) => s.theme === theme.id).map((s) => s.stance));
		if (stances.size < 2) {
			problems.push(
				`statements/: theme "${theme.id}" needs statements of both stances (agree and disagree)`
			);
		}
	}
	const negated = list.filter((s) => RULES.negation.test(s.statement));
	if (negated.length > RULES.maxNegations) {
		problems.push(
			`statements/: ${negated.length} statements use "niet", "geen" or "nooit" (${negated.map((s) => s.id).join(', ')}); at most ${RULES.maxNegations} may`
		);
	}

	if (problems.length > 0) throw new ContentError(problems);

	// Quiz order: the programme's order of themes, then of measures within each theme.
	const order = (s: Statement) =>
		themes.findIndex((t) => t.id === s.theme) * 1000 + s.source.number;
	const ordered = [...list].sort((a, b) => order(a) - order(b));
	return {
		programme: meta,
		themes,
		statements: ordered,
		fingerprint: fingerprint({ statements: ordered })
	};
}

/** Reads `statements/` from disk. `root` is the project root (the build's working directory). */
export function loadContent({ root = process.cwd() }: { root?: string } = {}): Content {
	const dir = join(root, 'statements');
	const read = (name: string): ContentFile => ({
		path: relative(root, join(dir, name)),
		text: readFileSync(join(dir, name), 'utf8')
	});
	const statementFiles = readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') && name !== PROGRAMME_FILE)
		.sort()
		.map(read);
	return parseContent({
		programme: read(PROGRAMME_FILE),
		statementFiles,
		sourceText: read(SOURCE_FILE).text
	});
}

let cached: Content | undefined;
/** The content, read once per build. */
export function content(): Content {
	cached ??= loadContent();
	return cached;
}

function parseFile<T>(
	file: ContentFile,
	schema: z.ZodType<T>,
	problems: string[],
	label: (raw: unknown, path: PropertyKey[]) => string | undefined
): T | undefined {
	let raw: unknown;
	try {
		raw = parseYaml(file.text);
	} catch (error) {
		problems.push(`${file.path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
		return undefined;
	}
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const where = label(raw, issue.path);
		const field = where ? issue.path.slice(2) : issue.path;
		const fieldText = field.length > 0 ? `${field.map(String).join('.')}: ` : '';
		problems.push(`${file.path}: ${where ? `${where} › ` : ''}${fieldText}${issue.message}`);
	}
	return undefined;
}

/** Names a statement by its id (or its position when the id itself is missing). */
function statementLabel(raw: unknown, path: PropertyKey[]): string | undefined {
	if (path[0] !== 'statements' || typeof path[1] !== 'number') return undefined;
	const item = (raw as { statements?: unknown[] }).statements?.[path[1]];
	const id = (item as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' ? `statement "${id}"` : `statement #${path[1] + 1}`;
}

function checkUnique<T>(
	items: readonly T[],
	key: keyof T,
	message: (value: T[keyof T]) => string,
	problems: string[]
): void {
	const seen = new Set<T[keyof T]>();
	for (const item of items) {
		if (seen.has(item[key])) problems.push(message(item[key]));
		seen.add(item[key]);
	}
}

/**
 * Sentences of a Dutch text: a break after ".", "?" or "!" followed by a space and a capital,
 * digit or quote, so that "o.a. de VN" stays one sentence.
 */
export function sentences(text: string): string[] {
	return text
		.trim()
		.split(/(?<=[.?!])\s+(?=[A-ZÀ-Ý0-9‘“'"(])/)
		.filter((s) => s.length > 0);
}

function firstDifference(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}
