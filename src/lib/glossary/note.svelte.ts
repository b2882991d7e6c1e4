/**
 * The explanation open below one block of text (a statement, an explanation, a quote): at most
 * one per block, so the voter reads it right under the sentence it belongs to. The block's term
 * buttons point at it with `aria-controls`; `id` must be unique on the page and the same on the
 * server and in the browser, so callers name it.
 */
export class TermNote {
	readonly id: string;
	/** The open term, and its words as they stand in the text. */
	open: { term: number; text: string } | null = $state.raw(null);

	constructor(id: string) {
		this.id = id;
	}

	toggle(term: number, text: string): void {
		this.open = this.open?.term === term ? null : { term, text };
	}

	isOpen(term: number): boolean {
		return this.open?.term === term;
	}
}
