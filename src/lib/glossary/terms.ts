/**
 * Where the glossary's hard words stand in a text, for the build: it checks that every entry is
 * used and that no explanation explains a word with itself, and it marks the words in the texts
 * the pages get (./marks), which turn each into a button. One matcher for both, so what the build
 * checks is what the voter sees.
 *
 * Matching: case-insensitive, whole words only (a letter or digit must not touch the form on
 * either side; a hyphen or a space may, so "OESO" is found in "OESO-richtlijnen" unless
 * "oeso-richtlijnen" is a form of its own), longest form first, and each term only at its first
 * occurrence in a text: a word explained once per paragraph is help, every time is noise.
 */

/** Each form, in lowercase, mapped to its term (its id, or its place in the glossary). */
export type TermForms = Readonly<Record<string, string>>;

/** A piece of text, and the term it is if it is one. */
export type Segment = { text: string; term?: string };

const cache = new WeakMap<TermForms, RegExp | null>();

function pattern(forms: TermForms): RegExp | null {
	let found = cache.get(forms);
	if (found !== undefined) return found;
	const alternatives = Object.keys(forms)
		.sort((a, b) => b.length - a.length)
		.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	found = alternatives.length
		? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
		: null;
	cache.set(forms, found);
	return found;
}

/**
 * The text cut into plain pieces and terms, in order; joined, the pieces are the text. Terms in
 * `skip` stay plain: a statement's explanation explains the statement's hard words itself.
 */
export function segments({
	text,
	forms,
	skip = []
}: {
	text: string;
	forms: TermForms;
	skip?: readonly string[];
}): Segment[] {
	const regex = pattern(forms);
	if (!regex) return [{ text }];
	const result: Segment[] = [];
	const seen = new Set<string>(skip);
	let from = 0;
	for (const match of text.matchAll(regex)) {
		const term = forms[match[0].toLowerCase()];
		if (term === undefined || seen.has(term)) continue;
		seen.add(term);
		if (match.index > from) result.push({ text: text.slice(from, match.index) });
		result.push({ text: match[0], term });
		from = match.index + match[0].length;
	}
	if (from < text.length || result.length === 0) result.push({ text: text.slice(from) });
	return result;
}

/** The ids of the terms a text contains. */
export function termsIn(options: {
	text: string;
	forms: TermForms;
	skip?: readonly string[];
}): string[] {
	return segments(options).flatMap((s) => (s.term === undefined ? [] : [s.term]));
}

/** The text with its terms marked as the pages read them (./marks): `{word|n}`. */
export function mark(options: {
	text: string;
	forms: TermForms;
	skip?: readonly string[];
}): string {
	return segments(options)
		.map((s) => (s.term === undefined ? s.text : `{${s.text}|${s.term}}`))
		.join('');
}
