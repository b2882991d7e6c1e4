import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer } from '$lib/scoring/score';
import {
	agreementOf,
	compareAnswers,
	countAgreement,
	hasOwnAnswers,
	type Agreement
} from './compare';

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

describe('compareAnswers', () => {
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
		const compared = compareAnswers({ statements: STATEMENTS, theirs, yours });
		expect(compared.map((c) => c.agreement)).toEqual(expected);
		// Quiz order and themes are kept, so the view can group by theme.
		expect(compared.map((c) => [c.id, c.theme])).toEqual(STATEMENTS.map((s) => [s.id, s.theme]));
	});

	it('keeps both answers', () => {
		const [first] = compareAnswers({
			statements: STATEMENTS,
			theirs: { a: 'neutral' },
			yours: { a: 'disagree' }
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
		const compared = compareAnswers({
			statements: STATEMENTS,
			theirs: { a: 'agree', b: 'agree', c: 'neutral' },
			yours: { a: 'agree', b: 'agree', c: 'agree' }
		});
		expect(countAgreement({ compared })).toEqual({
			same: 2,
			differ: 1,
			'one-skipped': 0,
			'both-skipped': 1
		});
	});
});

describe('hasOwnAnswers', () => {
	const ids = STATEMENTS.map((s) => s.id);
	const cases: [string, Record<string, Answer>, boolean][] = [
		['no answers', {}, false],
		['only skips', { a: 'skip', b: 'skip' }, false],
		['one neutral answer', { a: 'skip', d: 'neutral' }, true],
		['only answers to statements that no longer exist', { old: 'agree' }, false]
	];
	it.each(cases)('%s → %s', (_name, answers, expected) => {
		expect(hasOwnAnswers({ statementIds: ids, answers })).toBe(expected);
	});
});
