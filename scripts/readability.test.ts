import { describe, expect, it } from 'vitest';
import { loadContent, sentences as buildSentences } from '../src/lib/server/content.ts';
import {
	fleschDouma,
	glossaryMatches,
	isLong,
	longWordCoverage,
	measure,
	median,
	parseGlossary,
	sentences,
	syllables,
	words
} from './readability-lib.js';

describe('the Flesch-Douma score', () => {
	it('is 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
		// 20 words per sentence, 1.5 syllables per word: 206.835 − 18.6 − 115.5.
		expect(fleschDouma({ words: 100, sentences: 5, syllables: 150 })).toBeCloseTo(72.735, 6);
		// 5 words per sentence, 2 syllables per word: 206.835 − 4.65 − 154.
		expect(fleschDouma({ words: 10, sentences: 2, syllables: 20 })).toBeCloseTo(48.185, 6);
	});

	it('scores a hand-counted sentence', () => {
		// Ne-der-land moet de men-sen-rech-ten steu-nen: 5 words, 11 syllables, one sentence,
		// 206.835 − 0.93 × 5 − 77 × 11/5.
		const m = measure('Nederland moet de mensenrechten steunen.');
		expect(m).toMatchObject({ words: 5, sentences: 1, syllables: 11 });
		expect(m.score).toBeCloseTo(32.785, 6);
		// Six words of one syllable: 206.835 − 0.93 × 6 − 77.
		expect(measure('De kat zit op de mat.').score).toBeCloseTo(124.255, 6);
	});
});

describe('syllables from the Dutch hyphenation patterns', () => {
	it.each([
		['ontwikkelingssamenwerking', 8], // ont-wik-ke-lings-sa-men-wer-king
		['mensenrechten', 4], // men-sen-rech-ten
		['belasting', 3],
		['kinderen', 3],
		['Europese', 4],
		['organisatie', 5],
		['Oekraïne', 4],
		['zeeën', 2],
		['alle', 2], // short words too
		['deze', 2],
		['de', 1]
	])('%s has %i', (word, count) => expect(syllables(word)).toBe(count));

	it('counts the parts of a hyphenated compound', () => {
		expect(syllables('laag-midden')).toBe(3);
		expect(syllables('anti-imperialistische')).toBe(
			syllables('anti') + syllables('imperialistische')
		);
	});

	it('spells out an abbreviation in capitals, one syllable a letter, unless it is read as a word', () => {
		expect(syllables('VN')).toBe(2);
		expect(syllables('EU')).toBe(2);
		expect(syllables('CSDDD')).toBe(5);
		expect(syllables('VN-norm')).toBe(3);
		expect(syllables("NGO's")).toBe(3);
		expect(syllables('OESO')).toBe(2); // oe-so
		expect(syllables('OESO-richtlijnen')).toBe(5);
		expect(syllables('BIJ1')).toBe(2); // bij-een
	});

	it('counts a number one syllable a digit and "%" two', () => {
		expect(syllables('2020')).toBe(4);
		expect(syllables('1%')).toBe(3);
		expect(syllables('0,7%')).toBe(4);
	});
});

describe('words and sentences', () => {
	it('strips the punctuation around words and keeps compounds, numbers and quotes whole', () => {
		const text = 'wat BIJ1 ‘de anti-imperialistische strijd’ noemt – zoals de VN (0,7%), regio’s.';
		expect(words(text).map((w) => w.text)).toEqual([
			'wat',
			'BIJ1',
			'de',
			'anti-imperialistische',
			'strijd',
			'noemt',
			'zoals',
			'de',
			'VN',
			'0,7%',
			'regio’s'
		]);
		const [, , , anti] = words(text);
		expect(text.slice(anti!.start, anti!.end)).toBe('anti-imperialistische');
	});

	it('ends a sentence before a capital, digit or quote, so "o.a. de VN" stays one', () => {
		expect(sentences('Het gaat o.a. om de VN. 17 landen doen mee. ‘En twee?’')).toEqual([
			'Het gaat o.a. om de VN.',
			'17 landen doen mee.',
			'‘En twee?’'
		]);
	});

	it('splits sentences as the build does, on every explanation', () => {
		const { statements } = loadContent({ drafting: true });
		for (const s of statements) {
			expect(sentences(s.explanation)).toEqual(buildSentences(s.explanation));
		}
	});
});

describe('long words', () => {
	it('are words of 4 or more syllables or more than 13 letters', () => {
		expect(isLong({ syllables: 4, letters: 8 })).toBe(true);
		expect(isLong({ syllables: 3, letters: 13 })).toBe(false);
		expect(isLong({ syllables: 3, letters: 14 })).toBe(true);
		expect(measure('Nederland moet de mensenrechten steunen.').longWords).toEqual([
			{ word: 'mensenrechten', syllables: 4, letters: 13 }
		]);
	});
});

describe('glossary coverage', () => {
	const glossary = parseGlossary(`
terms:
  - id: internationale-organisaties
    forms: [internationale organisaties]
    explanation: Organisaties waarin landen samenwerken.
  - id: oeso-richtlijnen
    forms: [oeso-richtlijnen]
    explanation: Afspraken over verantwoord ondernemen.
  - id: richtlijn
    forms: [richtlijnen]
    explanation: Een regel die geen wet is.
  - id: belasting
    forms: [belasting]
    explanation: Geld dat je aan de overheid betaalt.
`);
	const coverage = (statement: string, explanation = '') =>
		Object.fromEntries(
			longWordCoverage(statement, explanation, glossary).map((w) => [
				w.word,
				{ glossary: w.glossary, explained: w.explained, uncovered: w.uncovered }
			])
		);

	it('covers the long words of a phrase, across a line break and in any case', () => {
		expect(
			coverage(
				'Geef de VN en andere Internationale\n organisaties voor mensenrechtenverdragen geld.'
			)
		).toEqual({
			Internationale: {
				glossary: 'internationale-organisaties',
				explained: false,
				uncovered: false
			},
			organisaties: { glossary: 'internationale-organisaties', explained: false, uncovered: false },
			mensenrechtenverdragen: { glossary: null, explained: false, uncovered: true }
		});
	});

	it('an everyday long word is not hard, a long word outside the glossary is', () => {
		const words = longWordCoverage('Nederlandse politici en belastingparadijzen.', '', glossary);
		expect(words.map((w) => [w.word, w.everyday, w.hard])).toEqual([
			['Nederlandse', true, false],
			['politici', true, false],
			['belastingparadijzen', false, true]
		]);
	});

	it('matches a hyphenated form as one word, and a form only as a whole word', () => {
		expect(coverage('Bedrijven die de OESO-richtlijnen overtreden, moeten weg.')).toMatchObject({
			'OESO-richtlijnen': { glossary: 'oeso-richtlijnen', uncovered: false }
		});
		// "richtlijnen" stands in "OESO-richtlijnen" only as a part: it covers no long word there.
		const text = 'De OESO-richtlijnen en de winstbelasting.';
		expect(glossaryMatches(text, glossary).map((m) => m.id)).toEqual(['oeso-richtlijnen']);
		const partsOnly = glossary.filter((t) => t.id !== 'oeso-richtlijnen');
		expect(longWordCoverage(text, '', partsOnly)).toMatchObject([
			{ word: 'OESO-richtlijnen', glossary: null, uncovered: true },
			{ word: 'winstbelasting', glossary: null, uncovered: true }
		]);
	});

	it('covers a word only when a form takes in the whole of it', () => {
		// "noodhulp" stands whole in the text, but the word (to the spaces) is longer.
		const noodhulp = [{ id: 'noodhulp', forms: ['noodhulp'], explanation: 'Snelle hulp.' }];
		expect(longWordCoverage('Meer ontwikkelingshulp/noodhulp.', '', noodhulp)).toMatchObject([
			{ word: 'ontwikkelingshulp/noodhulp', glossary: null, uncovered: true }
		]);
	});

	it('counts a long word the explanation uses, inflected or not, as explained', () => {
		expect(
			coverage(
				'Ook bij handelsmissies en ontwikkelingssamenwerking.',
				'Een handelsmissie is een reis. Ontwikkelingssamenwerking is hulp.'
			)
		).toEqual({
			handelsmissies: { glossary: null, explained: true, uncovered: false },
			ontwikkelingssamenwerking: { glossary: null, explained: true, uncovered: false }
		});
	});

	it('covers nothing without a glossary or explanation', () => {
		expect(longWordCoverage('Ontwikkelingssamenwerking is nodig.', '', [])).toMatchObject([
			{ word: 'Ontwikkelingssamenwerking', uncovered: true }
		]);
	});

	it('refuses a glossary entry without forms, naming it', () => {
		expect(() =>
			parseGlossary('terms:\n  - id: vn\n    explanation: De Verenigde Naties.')
		).toThrow('terms[0] ("vn"): expected "forms"');
		expect(() => parseGlossary('woorden: []')).toThrow('expected a list "terms:"');
	});
});

describe('median', () => {
	it('is the middle value, or the mean of the two middle values', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});
