import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardData } from './data';
import {
	bottomOf,
	CARD_FORMATS,
	layoutCard,
	MIN_SCALE,
	wrap,
	type CardFormat,
	type Measure,
	type Op
} from './layout';

/** A stand-in for the canvas: every character is 0.55 em wide. */
const measure: Measure = (text, font) => [...text].length * font.size * 0.55;

const TYPICAL: CardData = {
	quizName: 'Ben jij BIJ1?',
	overall: 58,
	basis: 'op basis van 18 van de 24 stellingen',
	themes: [
		{ title: 'Economische rechtvaardigheid', percent: 70 },
		{ title: 'Mensenrechten en verduurzaming', percent: 50 },
		{ title: 'Internationale rechtvaardigheid', percent: null }
	],
	topAgreed: ['Schulden kwijtschelden', 'Klimaatschade', 'Koloniaal onrecht'],
	siteUrl: 'benjijbij1.nl',
	programme: 'BIJ1 verkiezingsprogramma, hoofdstuk Internationale samenwerking, 12 januari 2021',
	disclaimer: 'Geen stemadvies: een vergelijking met één hoofdstuk van één partijprogramma.',
	words: { overall: 'eens met BIJ1', noScore: 'geen score', topAgreed: 'Het meest eens over:' }
};
const LONG =
	'Een heel lange titel die veel meer woorden heeft dan er ooit op twee regels passen zou';
const CROWDED: CardData = {
	...TYPICAL,
	themes: Array.from({ length: 5 }, (_, i) => ({
		title: `${LONG} ${i}`,
		percent: 40 + i,
		basis: 'op basis van 4 van de 5 stellingen'
	})),
	topAgreed: [LONG, LONG, LONG]
};
const FORMATS = Object.keys(CARD_FORMATS) as CardFormat[];

const texts = (ops: Op[]) => ops.filter((op): op is Op & { kind: 'text' } => op.kind === 'text');

/** The invariants every card must keep, whatever its data. */
function expectWellFormed(data: CardData, format: CardFormat) {
	const layout = layoutCard({ data, format, measure });
	const { width, height, footerTop } = layout;
	for (const op of texts(layout.ops)) {
		const w = measure(op.text, op.font);
		expect(w, `"${op.text}" is wider than its space`).toBeLessThanOrEqual(op.maxWidth + 0.001);
		const left = op.align === 'right' ? op.x - w : op.x;
		expect(left, `"${op.text}" starts off the card`).toBeGreaterThanOrEqual(0);
		expect(left + w, `"${op.text}" runs off the card`).toBeLessThanOrEqual(width);
	}
	const footerStart = layout.ops.findIndex((op) => op.kind === 'rect' && op.y === footerTop);
	for (const op of layout.ops.slice(1, footerStart)) {
		expect(bottomOf(op), `${JSON.stringify(op)} runs into the footer`).toBeLessThanOrEqual(
			footerTop
		);
	}
	for (const op of layout.ops) expect(bottomOf(op)).toBeLessThanOrEqual(height);
	return layout;
}

describe('layoutCard', () => {
	it.each(FORMATS)('a typical card (%s) fits at (nearly) full size', (format) => {
		const layout = expectWellFormed(TYPICAL, format);
		expect(layout.scale).toBeGreaterThanOrEqual(format === 'story' ? 1 : 0.85);
		expect(layout).toMatchObject({
			width: CARD_FORMATS[format].width,
			height: CARD_FORMATS[format].height
		});
		const shown = texts(layout.ops).map((op) => op.text);
		expect(shown).toEqual(
			expect.arrayContaining(['58%', TYPICAL.basis, 'Schulden kwijtschelden', 'benjijbij1.nl'])
		);
		expect(shown.join(' ')).toContain('Geen stemadvies');
	});

	it.each(FORMATS)('a theme figure from part of its theme says so under its bar (%s)', (format) => {
		const basis = 'op basis van 4 van de 5 stellingen';
		const data = {
			...TYPICAL,
			themes: [{ ...TYPICAL.themes[0]!, basis }, ...TYPICAL.themes.slice(1)]
		};
		const ops = texts(expectWellFormed(data, format).ops);
		const bar = expectWellFormed(data, format).ops.find((op) => op.kind === 'bar')!;
		const line = ops.find((op) => op.text === basis);
		expect(line, 'the basis line is drawn').toBeDefined();
		expect(line!.y, 'below the first bar').toBeGreaterThan(bar.y);
	});

	it.each(FORMATS)('a crowded card (%s) shrinks as a whole and still fits', (format) => {
		const layout = expectWellFormed(CROWDED, format);
		expect(layout.scale).toBeLessThan(1);
		expect(layout.scale).toBeGreaterThanOrEqual(MIN_SCALE);
	});

	it('even with far more themes than any content set has, nothing runs into the footer', () => {
		const themes = Array.from({ length: 20 }, (_, i) => ({ title: `${LONG} ${i}`, percent: i }));
		expectWellFormed({ ...CROWDED, themes }, 'portrait');
	});

	it('a title longer than two lines ends in an ellipsis', () => {
		const layout = layoutCard({
			data: { ...TYPICAL, topAgreed: [LONG] },
			format: 'portrait',
			measure
		});
		const lines = texts(layout.ops).filter((op) => LONG.includes(op.text.replace(/…$/, '').trim()));
		expect(lines).toHaveLength(2);
		expect(lines[1]!.text).toMatch(/…$/);
	});

	it('the story format keeps its content clear of the app controls at top and bottom', () => {
		const layout = layoutCard({ data: TYPICAL, format: 'story', measure });
		const { insetTop, insetBottom, height } = CARD_FORMATS.story;
		const drawn = layout.ops
			.slice(1)
			.filter((op) => op.kind !== 'rect' || op.y !== layout.footerTop);
		for (const op of texts(drawn)) {
			expect(op.y - op.font.size).toBeGreaterThanOrEqual(insetTop);
			expect(bottomOf(op)).toBeLessThanOrEqual(height - insetBottom);
		}
	});

	it('holds for any titles, figures and lengths', () => {
		const title = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 120 });
		const data = fc.record({
			overall: fc.option(fc.integer({ min: 0, max: 100 })),
			themes: fc.array(
				fc.record(
					{ title, percent: fc.option(fc.integer({ min: 0, max: 100 })), basis: title },
					{ requiredKeys: ['title', 'percent'] }
				),
				{
					minLength: 1,
					maxLength: 8
				}
			),
			topAgreed: fc.array(title, { maxLength: 3 }),
			siteUrl: title
		});
		fc.assert(
			fc.property(data, fc.constantFrom(...FORMATS), (d, format) => {
				expectWellFormed({ ...TYPICAL, ...d }, format);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('wrap', () => {
	const font = { size: 10, weight: 400 } as const;
	it('never returns a line wider than the space, and cuts a word that cannot fit', () => {
		// 60 wide at 5.5 per character: 10 characters a line.
		const lines = wrap(measure, 'mensenrechtenverdedigers zijn belangrijk', font, 60, 10);
		for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(60);
		expect(lines).toEqual(['mensenrech', 'tenverdedi', 'gers zijn', 'belangrijk']);
	});

	it('ends the last kept line in an ellipsis when there is more', () => {
		const lines = wrap(measure, 'een twee drie vier vijf zes', font, 60, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
	});
});
