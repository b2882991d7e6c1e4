/**
 * Reading content files for the build: YAML with line numbers, validated by a zod schema, and
 * problems reported one per line, naming file, line, item and field.
 *
 * Relative imports only: vite.config.ts loads this file, outside SvelteKit's aliases.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** One problem, for one line of the build's output. */
export type Problem = {
	file: string;
	line?: number;
	/** What the problem is about, e.g. `statement "schulden-kwijtschelden"`. */
	at?: string;
	field?: string;
	message: string;
};

export function formatProblem({ file, line, at, field, message }: Problem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	const subject = [at, field].filter(Boolean).join(' › ');
	return `${where}: ${subject ? `${subject}: ` : ''}${message}`;
}

export class ContentError extends Error {
	readonly problems: string[];
	constructor(problems: readonly Problem[]) {
		const lines = problems.map(formatProblem);
		super(`The quiz content has ${lines.length} problem(s):\n${lines.join('\n')}`);
		this.name = 'ContentError';
		this.problems = lines;
	}
}

export type ContentFile = { path: string; text: string };

/** A parsed YAML file that can say on which line a value stands. */
export type Parsed<T> = { data: T; lineOf: (path: readonly PropertyKey[]) => number | undefined };

export function parseFile<T>(
	file: ContentFile,
	schema: z.ZodType<T>,
	problems: Problem[]
): Parsed<T> | undefined {
	const lineCounter = new LineCounter();
	const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
	const yamlError = doc.errors[0];
	if (yamlError) {
		problems.push({
			file: file.path,
			line: lineCounter.linePos(yamlError.pos[0]).line,
			message: `not valid YAML: ${yamlError.message.split('\n')[0]}`
		});
		return undefined;
	}
	/** The line of a value, or of the nearest enclosing one (a missing field: its statement). */
	const lineOf = (path: readonly PropertyKey[]) => {
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n) as unknown[], true) as
				{ range?: [number, number, number] } | undefined;
			if (node?.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	const raw: unknown = doc.toJS();
	const result = schema.safeParse(raw);
	if (result.success) return { data: result.data, lineOf };
	for (const issue of result.error.issues) {
		const [list, key] = issue.path;
		const kind = typeof list === 'string' ? KINDS[list] : undefined;
		const inItem = kind !== undefined && (typeof key === 'number' || typeof key === 'string');
		const field = (inItem ? issue.path.slice(2) : issue.path).map(String).join('.');
		problems.push({
			file: file.path,
			line: lineOf(issue.path),
			at: inItem
				? itemLabel({ raw, list: list as string, key: key as string | number })
				: undefined,
			field: field || undefined,
			message: issue.message
		});
	}
	return undefined;
}

/** What the items of each list in a content file are called in a problem. */
const KINDS: Record<string, string> = {
	statements: 'statement',
	terms: 'term',
	glossary: 'term',
	themes: 'theme'
};

/**
 * Names an item by its id: a list's item by its `id` (or its position when the id itself is
 * missing), a map's item (as in a translation file) by its key.
 */
function itemLabel({
	raw,
	list,
	key
}: {
	raw: unknown;
	list: string;
	key: string | number;
}): string {
	const kind = KINDS[list]!;
	if (typeof key === 'string') return `${kind} "${key}"`;
	const item = (raw as Record<string, unknown[] | undefined>)[list]?.[key];
	const id = (item as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' ? `${kind} "${id}"` : `${kind} #${key + 1}`;
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
