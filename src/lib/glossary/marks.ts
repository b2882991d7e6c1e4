/**
 * Hard words as the browser gets them: marked in the text by the build (see ./terms), as
 * `{word as written|n}`, n the term's place in the glossary's list of explanations. The pages
 * only cut the text at the marks: no forms and no matching in the browser, so a statement page
 * carries a few bytes per hard word instead of the whole glossary's forms and a matcher. The
 * build refuses content with "{" or "}" of its own, so a mark is never ambiguous.
 */
export type Piece = { text: string; term?: number };

const MARK = /\{([^{}|]+)\|(\d+)\}/;

/** The text in pieces, plain and marked, in order; joined, their texts are the plain text. */
export function pieces(marked: string): Piece[] {
	const parts = marked.split(new RegExp(MARK, 'g'));
	const result: Piece[] = [];
	for (let i = 0; i < parts.length; i += 3) {
		if (parts[i]) result.push({ text: parts[i]! });
		if (i + 1 < parts.length) result.push({ text: parts[i + 1]!, term: Number(parts[i + 2]) });
	}
	return result;
}

/** The text without its marks, for where it is shown without buttons. */
export function plain(marked: string): string {
	return marked.replace(new RegExp(MARK, 'g'), '$1');
}
