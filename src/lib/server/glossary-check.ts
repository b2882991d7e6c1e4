/**
 * The glossary's rules, for Dutch and for every translation: every entry shows up somewhere, each
 * form belongs to one term, and no explanation leans on the word it explains.
 *
 * Relative imports only: vite.config.ts loads this file, outside SvelteKit's aliases.
 */
import type { GlossaryTerm } from '../content/schema.ts';
import { termsIn, type TermForms } from '../glossary/terms.ts';
import { sentences, type Problem } from './files.ts';

export const MAX_GLOSSARY_SENTENCES = 2;

/** Each form of the glossary, mapped to its term's id: what the pages match texts against. */
export function termForms(glossary: readonly GlossaryTerm[]): TermForms {
	return Object.fromEntries(glossary.flatMap((t) => t.forms.map((form) => [form, t.id])));
}

/**
 * A glossary a voter can use: every entry shows up somewhere, each form belongs to one term, and
 * no explanation leans on the word it explains, directly or through other entries.
 */
export function checkGlossary({
	file,
	terms,
	lineOf,
	texts,
	problems
}: {
	file: string;
	terms: readonly GlossaryTerm[];
	/** The line of a term's field (or of the term) in `file`. */
	lineOf: (index: number, field?: string) => number | undefined;
	/** Every text the glossary's words may stand in. */
	texts: readonly string[];
	problems: Problem[];
}): void {
	const report = (i: number, field: string | undefined, message: string) =>
		problems.push({
			file,
			line: lineOf(i, field),
			at: `term "${terms[i]!.id}"`,
			field,
			message
		});
	const owner = new Map<string, string>();
	const ids = new Set<string>();
	terms.forEach((term, i) => {
		if (ids.has(term.id)) report(i, 'id', 'defined twice');
		ids.add(term.id);
		for (const form of term.forms) {
			const other = owner.get(form);
			if (other) report(i, 'forms', `"${form}" is also a form of term "${other}"`);
			else owner.set(form, term.id);
		}
		const count = sentences(term.explanation).length;
		if (!/[.!?]$/.test(term.explanation) || count > MAX_GLOSSARY_SENTENCES) {
			report(
				i,
				'explanation',
				`expected one or ${MAX_GLOSSARY_SENTENCES} sentences, each ending in "."; found ${count}`
			);
		}
	});
	const forms = termForms(terms);
	const used = new Set(texts.flatMap((text) => termsIn({ text, forms })));
	terms.forEach((term, i) => {
		if (!used.has(term.id)) {
			report(
				i,
				undefined,
				`none of its forms (${term.forms.map((f) => `"${f}"`).join(', ')}) stands in a statement, explanation or quote as a whole word: remove the entry or fix its forms`
			);
		}
	});
	// Explanations that lean on each other: a voter who opens one would be sent round in a circle.
	const leansOn = new Map(terms.map((t) => [t.id, termsIn({ text: t.explanation, forms })]));
	terms.forEach((term, i) => {
		const path = cycleFrom({ start: term.id, leansOn });
		if (!path) return;
		report(
			i,
			'explanation',
			path.length === 2
				? 'explains the term with itself: say it in other words'
				: `circular: ${path.join(' → ')}; explain one of them without the other`
		);
	});
}

/** The shortest way from a term back to itself through the terms its explanation uses, if any. */
function cycleFrom({
	start,
	leansOn
}: {
	start: string;
	leansOn: ReadonlyMap<string, readonly string[]>;
}): string[] | undefined {
	let paths = [[start]];
	const seen = new Set<string>();
	while (paths.length > 0) {
		const next: string[][] = [];
		for (const path of paths) {
			for (const term of leansOn.get(path.at(-1)!) ?? []) {
				if (term === start) return [...path, term];
				if (seen.has(term)) continue;
				seen.add(term);
				next.push([...path, term]);
			}
		}
		paths = next;
	}
	return undefined;
}
