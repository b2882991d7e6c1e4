import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer } from '$lib/quiz/responses';
import { agreementOf, compareResponses, countAgreement, type Agreement } from './compare';

/** Answers only: marks do not change whether two voters agree. */
const of = (answers: Record<string, Answer>) => ({ answers, important: [] });

describe('agreementOf: every pair of answers', () => {
	// The whole 4 × 4 table, written out so a change in the rules shows as a changed row.
	const cases: [Answer, Answer, Agreement][] = [
		['agree', 'agree', 'same'],
		['agree', 'neutral', 'differ'],
		['agree', 'disagree', 'differ'],
		['agree', 'skip', 'one-skipped'],
		['neutral', 'agree', 'differ'],
		['neutral', 'neutral', 'same'],
		['neutral', 'disagree', 'differ'],
		['neutral', 'skip', 'one-skipped'],
		['disagree', 'agree', 'differ'],
		['disagree', 'neutral', 'differ'],
		['disagree', 'disagree', 'same'],
		['disagree', 'skip', 'one-skipped'],
		['skip', 'agree', 'one-skipped'],
		['skip', 'neutral', 'one-skipped'],
		['skip', 'disagree', 'one-skipped'],
		['skip', 'skip', 'both-skipped']
	];
	it('covers every pair', () => {
		expect(cases).toHaveLength(ANSWERS.length ** 2);
	});
	it.each(cases)('theirs %s, yours %s → %s', (theirs, yours, expected) => {
		expect(agreementOf({ theirs, yours })).toBe(expected);
	});
	it('is symmetric', () => {
		for (const [theirs, yours] of cases) {
			expect(agreementOf({ theirs, yours })).toBe(agreementOf({ theirs: yours, yours: theirs }));
		}
	});
});

const STATEMENTS = [
	{ id: 'a', theme: 'x' },
	{ id: 'b', theme: 'x' },
	{ id: 'c', theme: 'y' },
	{ id: 'd', theme: 'y' }
];

describe('compareResponses', () => {
	const cases: [string, Record<string, Answer>, Record<string, Answer>, Agreement[]][] = [
		[
			'identical answers',
			{ a: 'agree', b: 'disagree' },
			{ a: 'agree', b: 'disagree' },
			['same', 'same', 'both-skipped', 'both-skipped']
		],
		[
			'a missing answer counts as skipped',
			{ a: 'agree' },
			{ b: 'neutral', c: 'skip' },
			['one-skipped', 'one-skipped', 'both-skipped', 'both-skipped']
		],
		[
			'every kind at once',
			{ a: 'agree', b: 'neutral', c: 'skip', d: 'disagree' },
			{ a: 'agree', b: 'agree', c: 'skip', d: 'skip' },
			['same', 'differ', 'both-skipped', 'one-skipped']
		],
		[
			'answers to unknown statements are ignored',
			{ a: 'agree', zz: 'agree' },
			{ a: 'disagree', zz: 'agree' },
			['differ', 'both-skipped', 'both-skipped', 'both-skipped']
		]
	];
	it.each(cases)('%s', (_name, theirs, yours, expected) => {
		const compared = compareResponses({
			statements: STATEMENTS,
			theirs: of(theirs),
			yours: of(yours)
		});
		expect(compared.map((c) => c.agreement)).toEqual(expected);
		// Quiz order and themes are kept, so the view can group by theme.
		expect(compared.map((c) => [c.id, c.theme])).toEqual(STATEMENTS.map((s) => [s.id, s.theme]));
	});

	it('keeps both answers', () => {
		const [first] = compareResponses({
			statements: STATEMENTS,
			theirs: of({ a: 'neutral' }),
			yours: of({ a: 'disagree' })
		});
		expect(first).toEqual({
			id: 'a',
			theme: 'x',
			theirs: 'neutral',
			yours: 'disagree',
			agreement: 'differ'
		});
	});
});

describe('countAgreement', () => {
	it('counts each kind, zero included', () => {
		const compared = compareResponses({
			statements: STATEMENTS,
			theirs: of({ a: 'agree', b: 'agree', c: 'neutral' }),
			yours: of({ a: 'agree', b: 'agree', c: 'agree' })
		});
		expect(countAgreement({ compared })).toEqual({
			same: 2,
			differ: 1,
			'one-skipped': 0,
			'both-skipped': 1
		});
	});
});
