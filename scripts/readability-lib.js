// @ts-check
/**
 * The pure parts of `npm run readability`: splitting Dutch text into sentences and words,
 * counting syllables, the Flesch-Douma score, and whether a statement's long words are covered
 * by the glossary or its explanation. No files, no output: scripts/readability.js does those.
 */
import { createRequire } from 'node:module';
import { parse } from 'yaml';

/**
 * The Dutch TeX patterns. Required, not imported: the package is CommonJS without an "exports"
 * map, so ESM would need the path of the file ('hyphen/nl/index.js'), and it ships no types.
 * @type {{ hyphenateSync: (text: string, options?: { hyphenChar?: string, minWordLength?: number }) => string }}
 */
const nl = createRequire(import.meta.url)('hyphen/nl');

/** What the statements should meet ("Readability" in README.md). */
export const AIMS = { maxStatementWords: 20, minScore: 60 };

/** A word this long is hard to read at B1, whatever its meaning. */
export const LONG_WORD = { minSyllables: 4, maxLetters: 13 };

/**
 * Sentences of a Dutch text: a break after ".", "?" or "!" followed by a space and a capital,
 * digit or quote, so that "o.a. de VN" stays one sentence. The same rule as `sentences` in
 * src/lib/server/content.ts, which the build uses to limit explanations to three sentences, so
 * both count alike (scripts/readability.test.ts checks they agree on the content).
 * @param {string} text
 */
export function sentences(text) {
	return text
		.trim()
		.split(/(?<=[.?!])\s+(?=[A-ZÀ-Ý0-9‘“'"(])/)
		.filter((s) => s.length > 0);
}

/** @typedef {{ text: string, start: number, end: number }} Token */

/**
 * The words of a text, with where each stands in it, without the punctuation around them
 * (quotes, brackets, commas). A hyphenated compound ("VN-norm", "laag-midden") is one word, as
 * Dutch writes it; "0,7%" is one word too. A dash standing alone is no word.
 * @param {string} text
 * @returns {Token[]}
 */
export function words(text) {
	/** @type {Token[]} */
	const found = [];
	for (const match of text.matchAll(/\S+/g)) {
		const inner = /[\p{L}\p{N}](?:.*[\p{L}\p{N}%])?/u.exec(match[0]);
		if (!inner) continue;
		const start = match.index + inner.index;
		found.push({ text: inner[0], start, end: start + inner[0].length });
	}
	return found;
}

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
const SOFT_HYPHEN = '\u00AD';

/**
 * Abbreviations read as a word rather than letter by letter; all others in capitals are spelled
 * out (see `syllables`). Only those the statements use: add one when a new one turns up.
 */
const SPOKEN_AS_WORDS = new Map([
	['OESO', 2], // oe-so
	['BIJ1', 2] // bij-een
]);

/**
 * Syllables of one word, from the Dutch TeX hyphenation patterns (`hyphen/nl`): the places where
 * the word may be hyphenated, plus one. The patterns never split off a single letter at either
 * end, so a word such as "over" (o-ver), "idee" (i-dee) or "economie" (e-co-no-mie) counts one
 * syllable short; that makes scores a little kinder than Douma's hand counts, not misleading.
 *
 * What the patterns cannot hyphenate, kept simple:
 * - a word in capitals (an abbreviation: "VN", "EU", "CSDDD") and a word without vowels count one
 *   syllable per letter, as they are spelled out ("vee-en"); those read as a word are listed in
 *   SPOKEN_AS_WORDS;
 * - a number counts one syllable per digit and "%" two (procent): "2020" is 4 (twee-dui-zend-
 *   twin-tig is 5), good enough for the few numbers a statement has;
 * - a hyphenated compound counts its parts; a possessive or plural "’s" adds nothing ("regio’s").
 * @param {string} word one token from `words`
 * @returns {number}
 */
export function syllables(word) {
	const bare = word.replace(/['’]s$/, '');
	if (bare.includes('-')) {
		return bare
			.split('-')
			.filter(Boolean)
			.reduce((sum, part) => sum + syllables(part), 0);
	}
	const spoken = SPOKEN_AS_WORDS.get(bare);
	if (spoken) return spoken;
	if (/\p{N}/u.test(bare)) {
		const digits = bare.replace(/\D/g, '').length;
		return digits + (bare.includes('%') ? 2 : 0) || 1;
	}
	const letters = bare.replace(/[^\p{L}]/gu, '');
	if (letters.length === 0) return 1;
	if ((letters.length > 1 && letters === letters.toUpperCase()) || !VOWEL.test(letters)) {
		return letters.length;
	}
	// minWordLength 1: by default a word under 5 letters is left whole, and "al-le" or "de-ze"
	// would count one syllable.
	const hyphenated = nl.hyphenateSync(letters, { hyphenChar: SOFT_HYPHEN, minWordLength: 1 });
	return hyphenated.split(SOFT_HYPHEN).length;
}

/** Letters of a word, for the long-word test: not its hyphens, digits or punctuation. */
const letterCount = (/** @type {string} */ word) => word.replace(/[^\p{L}]/gu, '').length;

/**
 * @param {{ syllables: number, letters: number }} word
 */
export const isLong = ({ syllables, letters }) =>
	syllables >= LONG_WORD.minSyllables || letters > LONG_WORD.maxLetters;

/**
 * Douma's (1960) adaptation of Flesch's reading ease to Dutch: higher is easier. About 60 and up
 * reads as plain language (B1); Dutch words are longer than English ones, hence the smaller
 * weight on syllables than Flesch's 84.6.
 * @param {{ words: number, sentences: number, syllables: number }} counts
 */
export function fleschDouma({ words, sentences, syllables }) {
	return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/** @typedef {{ word: string, syllables: number, letters: number }} CountedWord */

/**
 * The figures of one text.
 * @param {string} text
 */
export function measure(text) {
	const tokens = words(text);
	/** @type {CountedWord[]} */
	const counted = tokens.map((t) => ({
		word: t.text,
		syllables: syllables(t.text),
		letters: letterCount(t.text)
	}));
	const totals = {
		words: tokens.length,
		sentences: sentences(text).length,
		syllables: counted.reduce((sum, w) => sum + w.syllables, 0)
	};
	return {
		...totals,
		wordsPerSentence: totals.words / totals.sentences,
		syllablesPerWord: totals.syllables / totals.words,
		score: fleschDouma(totals),
		longWords: counted.filter(isLong)
	};
}

/** @typedef {{ id: string, forms: string[], explanation: string }} GlossaryTerm */

/**
 * `statements/glossary.yaml`: `terms: [{ id, forms: [lowercase strings], explanation }]`.
 * Throws, naming the entry, when the file is not of that shape: a glossary the report misreads
 * would make covered words look uncovered.
 * @param {string} text
 * @returns {GlossaryTerm[]}
 */
export function parseGlossary(text) {
	const data = parse(text);
	const terms = data?.terms;
	if (!Array.isArray(terms)) throw new Error('expected a list "terms:"');
	return terms.map((term, i) => {
		const at = `terms[${i}]${typeof term?.id === 'string' ? ` ("${term.id}")` : ''}`;
		if (typeof term?.id !== 'string') throw new Error(`${at}: expected an "id"`);
		const forms = term.forms;
		if (
			!Array.isArray(forms) ||
			forms.length === 0 ||
			!forms.every((f) => typeof f === 'string' && f.trim())
		) {
			throw new Error(`${at}: expected "forms", a list of words or phrases`);
		}
		return { id: term.id, forms, explanation: String(term.explanation ?? '') };
	});
}

/** Curly and straight apostrophes alike, so "regio's" in the glossary matches "regio’s". */
const normalise = (/** @type {string} */ text) => text.replace(/’/g, "'");

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A form as a whole word or phrase, any case: not inside a longer word, where letters, digits
 * and hyphens make up words ("belasting" is not found in "winstbelasting" nor "richtlijnen" in
 * "OESO-richtlijnen"); any whitespace between the words of a phrase.
 * @param {string} form
 */
function wholeWords(form) {
	const body = normalise(form.trim()).split(/\s+/).map(escape).join('\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'giu');
}

/**
 * Where glossary forms occur in a text.
 * @param {string} text
 * @param {GlossaryTerm[]} glossary
 * @returns {{ id: string, start: number, end: number }[]}
 */
export function glossaryMatches(text, glossary) {
	const plain = normalise(text);
	return glossary.flatMap((term) =>
		term.forms.flatMap((form) =>
			[...plain.matchAll(wholeWords(form))].map((m) => ({
				id: term.id,
				start: m.index,
				end: m.index + m[0].length
			}))
		)
	);
}

/**
 * Long words a reader at B1 level knows: names of countries and peoples, and everyday words
 * that are long only because Dutch writes compounds as one word. They count in the score, but
 * are not hard words that need the glossary. A judgement, kept short and visible here.
 */
export const EVERYDAY = new Set([
	'nederlandse',
	'buitenlandse',
	'palestijnse',
	'indonesië',
	'zuid-molukken',
	'internationaal',
	'internationale',
	'organisaties',
	'hulporganisaties',
	'mensenrechten',
	'ministerie',
	'politici',
	'militairen',
	'activisten',
	'voormalige',
	'onderdrukte',
	'aanmoedigen',
	'terugbetalen',
	'uitgesloten',
	'klimaatverandering'
]);

/** Endings that inflect a Dutch noun or adjective: handelsmissie(s), anti-imperialistisch(e). */
const INFLECTIONS = ['e', 'en', 'n', 's', "'s"];

/** Whether two words are the same but for an inflection ending, in any case. */
const sameWord = (/** @type {string} */ a, /** @type {string} */ b) => {
	const [x, y] = [a, b].map((w) => normalise(w).toLowerCase());
	return x === y || INFLECTIONS.some((end) => x === `${y}${end}` || y === `${x}${end}`);
};

/**
 * The statement's long words, each with what covers it: the glossary term whose form (a word or
 * phrase) takes in the whole word, and whether the explanation uses the word itself, inflected or
 * not. The glossary lists its forms, so it is matched exactly; the explanation is a proxy:
 * explanations are there to explain the statement's hard words, but one may use a word without
 * explaining it. A word covered by neither is `uncovered`; `hard` is a word that is neither
 * everyday (EVERYDAY) nor in the glossary: the aim is that a statement below the score has none.
 * @param {string} statement
 * @param {string} explanation
 * @param {GlossaryTerm[]} glossary empty when there is none
 */
export function longWordCoverage(statement, explanation, glossary) {
	const matches = glossaryMatches(statement, glossary);
	const explanationWords = words(explanation).map((w) => w.text);
	return words(statement).flatMap((token) => {
		const word = {
			word: token.text,
			syllables: syllables(token.text),
			letters: letterCount(token.text)
		};
		if (!isLong(word)) return [];
		const term = matches.find((m) => m.start <= token.start && m.end >= token.end);
		const explained = explanationWords.some((w) => sameWord(w, token.text));
		const everyday = EVERYDAY.has(normalise(token.text).toLowerCase());
		return [
			{
				...word,
				glossary: term?.id ?? null,
				explained,
				everyday,
				uncovered: !term && !explained && !everyday,
				hard: !term && !everyday
			}
		];
	});
}

/** @param {number[]} values */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
