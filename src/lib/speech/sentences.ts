/**
 * Cuts text into the pieces read aloud one utterance at a time. Chrome stops an utterance that
 * runs longer than about 15 seconds, and a sentence is also the unit a stop or a progress mark
 * needs. A cut in the wrong place is heard as a pause, so where in doubt this does not cut.
 */

/** Above this many characters (about 15 s of speech at the default rate) a sentence is cut. */
export const MAX_CHARS = 200;

/** Abbreviations whose dot ends no sentence, lower case. */
const ABBREVIATIONS = new Set([
	// Dutch
	'bijv.',
	'bv.',
	'o.a.',
	'd.w.z.',
	'm.b.t.',
	'i.p.v.',
	't.a.v.',
	'z.g.a.n.',
	'enz.',
	'nr.',
	'ca.',
	'dhr.',
	'mevr.',
	'drs.',
	'ir.',
	'mr.',
	'dr.',
	'prof.',
	'art.',
	'blz.',
	'incl.',
	'excl.',
	'resp.',
	'vgl.',
	// English
	'e.g.',
	'i.e.',
	'etc.',
	'vs.',
	'mrs.',
	'ms.',
	'no.',
	'st.'
]);

/**
 * Where a sentence may end: . ! ? or … (possibly with a closing quote or bracket), then
 * whitespace, then what starts a sentence: a capital, an opening quote, a digit. A dot inside a
 * number ("1.000") is followed by no whitespace, a decimal comma ("0,7%") is no end at all.
 */
const END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘„«\p{Lu}\d])/gu;

/** The word a dot ends, dots inside it included: "o.a." in "zoals o.a." */
const WORD_BEFORE = /[\p{L}.]+$/u;

function isAbbreviation(before: string): boolean {
	const word = WORD_BEFORE.exec(before)?.[0] ?? '';
	// A single capital is an initial: "J. de Vries".
	return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word);
}

function splitLine(line: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (const match of line.matchAll(END)) {
		const dot = match.index;
		if (match[0].startsWith('.') && isAbbreviation(line.slice(0, dot + 1))) continue;
		const end = dot + match[0].length;
		pieces.push(line.slice(start, end));
		start = end;
	}
	pieces.push(line.slice(start));
	return pieces;
}

/**
 * Cuts a too long sentence in two where it pauses anyway: at the `;`, `:` or `,` nearest its
 * middle (each followed by a space, so not "0,7" or "10:30"), else at the space nearest it; and
 * again, until every piece is short enough.
 */
function shorten(sentence: string): string[] {
	if (sentence.length <= MAX_CHARS) return [sentence];
	const middle = sentence.length / 2;
	const nearest = (pattern: RegExp) => {
		let best: number | undefined;
		for (const match of sentence.matchAll(pattern)) {
			const at = match.index + match[0].length;
			if (best === undefined || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
		}
		return best;
	};
	const at = nearest(/[;:,](?=\s)/g) ?? nearest(/\s(?=\S)/g);
	if (at === undefined) return [sentence];
	return [...shorten(sentence.slice(0, at).trim()), ...shorten(sentence.slice(at).trim())];
}

export function sentences(text: string): string[] {
	return text
		.split(/[\r\n\u2028\u2029]+/)
		.flatMap(splitLine)
		.map((piece) => piece.trim())
		.filter((piece) => piece !== '')
		.flatMap(shorten);
}
