import { describe, expect, it } from 'vitest';
import { parseInline, parseNotes } from './notes';

describe('parseNotes: the changelog as blocks, never HTML', () => {
	it('reads paragraphs, headings and list items with continuation lines', () => {
		const notes = [
			'Een alinea die',
			'doorloopt.',
			'',
			'### Economie',
			'',
			'- `schulden`: eerste punt',
			'  gaat verder.',
			'- tweede punt',
			'',
			'Slot.'
		].join('\n');
		expect(parseNotes(notes)).toEqual([
			{ kind: 'p', inline: [{ text: 'Een alinea die doorloopt.' }] },
			{ kind: 'h3', inline: [{ text: 'Economie' }] },
			{
				kind: 'ul',
				items: [
					[{ text: 'schulden', code: true }, { text: ': eerste punt gaat verder.' }],
					[{ text: 'tweede punt' }]
				]
			},
			{ kind: 'p', inline: [{ text: 'Slot.' }] }
		]);
	});

	it('keeps markup-like text as text', () => {
		expect(parseInline('<script>alert(1)</script> en **vet**')).toEqual([
			{ text: '<script>alert(1)</script> en ' },
			{ text: 'vet', strong: true }
		]);
	});
});
