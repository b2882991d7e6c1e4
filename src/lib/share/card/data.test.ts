import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/quiz/responses';
import { score } from '$lib/scoring/score';
import { fakeContent, fakeStatement } from '$lib/testing/fixtures';
import common from '$lib/i18n/nl/common';
import sharing from '$lib/i18n/nl/sharing';
import { cardData } from './data';

const words = { common, card: sharing.card };

const CONTENT = fakeContent({
	themes: ['x', 'y', 'z'],
	statements: [
		fakeStatement({ id: 'a', theme: 'x', stance: 'agree' }),
		fakeStatement({ id: 'b', theme: 'x', stance: 'disagree' }),
		fakeStatement({ id: 'c', theme: 'x', stance: 'agree' }),
		fakeStatement({ id: 'd', theme: 'y', stance: 'agree' }),
		fakeStatement({ id: 'e', theme: 'y', stance: 'disagree' }),
		fakeStatement({ id: 'f', theme: 'y', stance: 'agree' }),
		fakeStatement({ id: 'g', theme: 'z', stance: 'agree' }),
		fakeStatement({ id: 'h', theme: 'z', stance: 'disagree' })
	]
});

function card(
	answers: Record<string, Answer>,
	important: string[] = [],
	siteUrl = 'benjijbij1.nl'
) {
	const result = score({ statements: CONTENT.statements, responses: { answers, important } });
	return cardData({ content: CONTENT, result, siteUrl, words });
}

describe('cardData: the three statements agreed with most', () => {
	const cases: [string, Record<string, Answer>, string[], string[]][] = [
		[
			'full agreement in quiz order when nothing is important',
			{ a: 'agree', b: 'disagree', c: 'agree', d: 'agree', e: 'disagree' },
			[],
			['a', 'b', 'c']
		],
		[
			'important full agreement before other full agreement',
			{ a: 'agree', b: 'disagree', c: 'agree', d: 'agree', e: 'disagree' },
			['d', 'e'],
			['d', 'e', 'a']
		],
		[
			'full agreement before important half agreement',
			{ a: 'neutral', b: 'neutral', f: 'agree' },
			['a'],
			['f', 'a', 'b']
		],
		[
			'half agreement fills up when there is little full agreement',
			{ a: 'neutral', b: 'agree', c: 'agree', d: 'neutral' },
			['d'],
			['c', 'd', 'a']
		],
		[
			'opposite and skipped answers are never listed',
			{ a: 'disagree', b: 'agree', c: 'skip', d: 'neutral' },
			[],
			['d']
		],
		['nothing agreed with gives an empty list', { a: 'disagree', b: 'agree' }, [], []],
		['everything skipped gives an empty list', {}, [], []]
	];
	it.each(cases)('%s', (_name, answers, important, expected) => {
		expect(card(answers, important).topAgreed).toEqual(expected.map((id) => `Titel ${id}`));
	});
});

describe('cardData: scores and labels', () => {
	it('takes the figures and what they rest on, with null where a theme has too few answers', () => {
		// x: same, opposite, same (4 of 6); y: neutral, neutral, same (4 of 6); z: skipped.
		const data = card({
			a: 'agree',
			b: 'agree',
			c: 'agree',
			d: 'neutral',
			e: 'neutral',
			f: 'agree'
		});
		expect(data.overall).toBe(67);
		expect(data.basis).toBe('op basis van 6 van de 8 stellingen');
		expect(data.themes).toEqual([
			{ title: 'Thema X', percent: 67 },
			{ title: 'Thema Y', percent: 67 },
			{ title: 'Thema Z', percent: null }
		]);
	});

	it('says what a theme figure rests on where part of the theme was answered', () => {
		// x: two of three answered (2 of 4 = 50%); y: all three; z: one, too few for a figure.
		const data = card({
			a: 'agree',
			b: 'skip',
			c: 'disagree',
			d: 'agree',
			e: 'agree',
			f: 'agree',
			g: 'agree'
		});
		expect(data.themes).toEqual([
			{ title: 'Thema X', percent: 50, basis: 'op basis van 2 van de 3 stellingen' },
			{ title: 'Thema Y', percent: 67 },
			{ title: 'Thema Z', percent: null }
		]);
	});

	it('has no overall figure below the minimum number of answers', () => {
		expect(card({}).overall).toBeNull();
		expect(card({ a: 'agree' }).overall).toBeNull();
	});

	it('says in small print that it is no voting advice', () => {
		expect(card({}).disclaimer).toMatch(/^Geen stemadvies/);
	});

	it('names the quiz and the programme with a Dutch date', () => {
		const data = card({});
		expect(data.quizName).toBe('Ben jij BIJ1?');
		expect(data.programme).toBe(
			'BIJ1 verkiezingsprogramma, hoofdstuk Internationale samenwerking, 12 januari 2021'
		);
	});

	it.each([
		['benjijbij1.nl', 'benjijbij1.nl'],
		['https://benjijbij1.nl/', 'benjijbij1.nl'],
		['https://example.org/bij1/', 'example.org/bij1']
	])('shows the site %s as %s', (siteUrl, shown) => {
		expect(card({}, [], siteUrl).siteUrl).toBe(shown);
	});

	it('carries no answers, ids or other personal data', () => {
		const data = card({ a: 'agree', b: 'disagree' }, ['a']);
		expect(Object.keys(data).sort()).toEqual(
			[
				'basis',
				'disclaimer',
				'overall',
				'programme',
				'quizName',
				'siteUrl',
				'themes',
				'topAgreed',
				'words'
			].sort()
		);
		expect(JSON.stringify(data)).not.toMatch(/"(agree|disagree|neutral|skip)"/);
	});
});
