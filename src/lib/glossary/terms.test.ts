import { describe, expect, it } from 'vitest';
import { pieces, plain } from './marks';
import { mark, segments, termsIn, type TermForms } from './terms';

const forms: TermForms = {
	multinational: 'multinational',
	multinationals: 'multinational',
	oeso: 'oeso',
	'oeso-richtlijnen': 'oeso-richtlijnen',
	'duurzame ontwikkelingsdoelen': 'duurzame-ontwikkelingsdoelen',
	vn: 'vn'
};

const marked = (text: string) =>
	segments({ text, forms })
		.map((s) => (s.term ? `[${s.text}→${s.term}]` : s.text))
		.join('');

describe('marked texts, as the build writes and the pages read them', () => {
	const places: TermForms = { vn: '0', multinational: '1', multinationals: '1' };
	const text = 'Multinationals en de VN, en weer de VN.';
	const marked = mark({ text, forms: places });

	it('marks each term at its first occurrence with its place in the glossary', () => {
		expect(marked).toBe('{Multinationals|1} en de {VN|0}, en weer de VN.');
	});

	it('reads back into pieces that join to the text, and into the plain text', () => {
		expect(pieces(marked)).toEqual([
			{ text: 'Multinationals', term: 1 },
			{ text: ' en de ' },
			{ text: 'VN', term: 0 },
			{ text: ', en weer de VN.' }
		]);
		expect(plain(marked)).toBe(text);
		expect(pieces('Geen termen.')).toEqual([{ text: 'Geen termen.' }]);
	});

	it('leaves the terms to skip plain', () => {
		expect(mark({ text, forms: places, skip: ['1'] })).toBe(
			'Multinationals en de {VN|0}, en weer de VN.'
		);
	});
});

describe('segments', () => {
	it.each([
		['a plain text stays one piece', 'Nederland moet meer doen.', 'Nederland moet meer doen.'],
		['case-insensitive, keeping the text as written', 'De OESO zegt', 'De [OESO→oeso] zegt'],
		[
			'a plural form maps to its term',
			'Multinationals betalen',
			'[Multinationals→multinational] betalen'
		],
		[
			'the longest form wins over a form inside it',
			'de OESO-richtlijnen voor',
			'de [OESO-richtlijnen→oeso-richtlijnen] voor'
		],
		[
			'a multi-word form',
			'de Duurzame Ontwikkelingsdoelen van de VN.',
			'de [Duurzame Ontwikkelingsdoelen→duurzame-ontwikkelingsdoelen] van de [VN→vn].'
		],
		['whole words only: no match inside a word', 'de vnx en avn', 'de vnx en avn'],
		['a hyphen is a word boundary', 'de VN-Veiligheidsraad', 'de [VN→vn]-Veiligheidsraad'],
		[
			'each term only at its first occurrence, whatever its form',
			'multinational en multinationals en de VN en de VN',
			'[multinational→multinational] en multinationals en de [VN→vn] en de VN'
		],
		['accented letters count as letters', 'évn vné', 'évn vné']
	])('%s', (_case, text, expected) => {
		expect(marked(text)).toBe(expected);
	});

	it('joined, the pieces are the text', () => {
		const text = 'De VN, de OESO en multinationals: de OESO-richtlijnen.';
		expect(
			segments({ text, forms })
				.map((s) => s.text)
				.join('')
		).toBe(text);
	});

	it('terms to skip stay plain, the others are marked', () => {
		expect(termsIn({ text: 'De OESO en de VN.', forms, skip: ['oeso'] })).toEqual(['vn']);
	});

	it('an empty glossary leaves the text whole', () => {
		expect(segments({ text: 'De VN.', forms: {} })).toEqual([{ text: 'De VN.' }]);
	});

	it('forms with regex characters match literally', () => {
		expect(termsIn({ text: 'de c.o. en de cxo', forms: { 'c.o.': 'co' } })).toEqual(['co']);
		expect(termsIn({ text: 'de cxox', forms: { 'c.o.': 'co' } })).toEqual([]);
	});
});
