import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS, compare, percentage, score, type Answer, type ScoredStatement } from './score';

describe('compare: one statement', () => {
	const cases: [string, Answer, 'agree' | 'disagree', boolean, number, number, string][] = [
		['same answer as BIJ1 (agree) gives full points', 'agree', 'agree', false, 2, 2, 'same'],
		[
			'same answer as BIJ1 (disagree) gives full points',
			'disagree',
			'disagree',
			false,
			2,
			2,
			'same'
		],
		['neutral against agree is half agreement', 'neutral', 'agree', false, 1, 2, 'partly'],
		['neutral against disagree is half agreement', 'neutral', 'disagree', false, 1, 2, 'partly'],
		[
			'agree against disagree is no agreement, not half',
			'agree',
			'disagree',
			false,
			0,
			2,
			'opposite'
		],
		[
			'disagree against agree is no agreement, not half',
			'disagree',
			'agree',
			false,
			0,
			2,
			'opposite'
		],
		['important same answer doubles points and maximum', 'agree', 'agree', true, 4, 4, 'same'],
		['important neutral doubles the half point', 'neutral', 'disagree', true, 2, 4, 'partly'],
		['important opposite doubles only the maximum', 'disagree', 'agree', true, 0, 4, 'opposite'],
		['skip counts for nothing', 'skip', 'agree', false, 0, 0, 'skipped'],
		['skip marked important still counts for nothing', 'skip', 'disagree', true, 0, 0, 'skipped']
	];
	it.each(cases)('%s', (_name, answer, stance, important, points, max, outcome) => {
		expect(compare({ answer, stance, important })).toEqual({ points, max, outcome });
	});
});

describe('percentage: rounding and no score', () => {
	const cases: [string, number, number, number | null][] = [
		['nothing counted is no score, not 0 and not NaN', 0, 0, null],
		['all points is 100', 8, 8, 100],
		['no points is 0', 0, 8, 0],
		['exactly half rounds to 50', 4, 8, 50],
		['12.5 rounds half up to 13', 1, 8, 13],
		['87.5 rounds half up to 88', 7, 8, 88],
		['33.33 rounds down to 33', 2, 6, 33],
		['66.67 rounds up to 67', 4, 6, 67],
		['0.5 rounds half up to 1', 1, 200, 1],
		['99.5 rounds half up to 100', 199, 200, 100]
	];
	it.each(cases)('%s', (_name, points, max, expected) => {
		expect(percentage({ points, max })).toBe(expected);
	});
});

const THREE: ScoredStatement[] = [
	{ id: 'a', theme: 'x', stance: 'agree' },
	{ id: 'b', theme: 'x', stance: 'disagree' },
	{ id: 'c', theme: 'y', stance: 'agree' }
];

describe('score: the whole quiz', () => {
	it('everything skipped gives no score overall and per theme', () => {
		const result = score({ statements: THREE, answers: {} });
		expect(result.overall).toEqual({ points: 0, max: 0, percent: null });
		expect(result.themes).toEqual({
			x: { points: 0, max: 0, percent: null },
			y: { points: 0, max: 0, percent: null }
		});
		expect(result.statements.map((s) => s.outcome)).toEqual(['skipped', 'skipped', 'skipped']);
	});

	it('a theme with only skipped answers has no score while the other theme has one', () => {
		const result = score({ statements: THREE, answers: { c: 'agree' } });
		expect(result.themes.x?.percent).toBeNull();
		expect(result.themes.y?.percent).toBe(100);
		expect(result.overall.percent).toBe(100);
	});

	it('weights apply inside a theme, not only overall', () => {
		// a: same (2 of 2); b: opposite but important (0 of 4): theme x = 2/6 = 33 %.
		const result = score({
			statements: THREE,
			answers: { a: 'agree', b: 'agree', c: 'neutral' },
			important: ['b']
		});
		expect(result.themes.x).toEqual({ points: 2, max: 6, percent: 33 });
		expect(result.themes.y).toEqual({ points: 1, max: 2, percent: 50 });
		expect(result.overall).toEqual({ points: 3, max: 8, percent: 38 });
	});

	it('an important mark on a skipped statement is ignored', () => {
		const result = score({ statements: THREE, answers: { a: 'skip' }, important: ['a'] });
		expect(result.statements[0]).toMatchObject({ important: false, max: 0, outcome: 'skipped' });
	});

	it('answers for unknown statements are ignored', () => {
		const result = score({ statements: THREE, answers: { zzz: 'agree', a: 'agree' } });
		expect(result.overall).toEqual({ points: 2, max: 2, percent: 100 });
	});
});

// ---------------------------------------------------------------- properties

const stanceArb = fc.constantFrom('agree' as const, 'disagree' as const);
const answerArb = fc.constantFrom(...ANSWERS);
/** A statement set (unique ids, 1 to 3 themes) with an answer and important flag for each. */
const quizArb = fc
	.uniqueArray(
		fc.record({
			id: fc.stringMatching(/^[a-z]{1,6}$/),
			theme: fc.constantFrom('t1', 't2', 't3'),
			stance: stanceArb,
			answer: answerArb,
			important: fc.boolean()
		}),
		{ selector: (s) => s.id, minLength: 1, maxLength: 30 }
	)
	.map((rows) => ({
		statements: rows.map(({ id, theme, stance }) => ({ id, theme, stance })),
		answers: Object.fromEntries(rows.map((r) => [r.id, r.answer])) as Record<string, Answer>,
		important: rows.filter((r) => r.important).map((r) => r.id)
	}));

const opposite = { agree: 'disagree', disagree: 'agree' } as const;

describe('score: properties', () => {
	it('every percentage is null or a whole number within 0..100', () => {
		fc.assert(
			fc.property(quizArb, (quiz) => {
				const r = score(quiz);
				for (const t of [r.overall, ...Object.values(r.themes)]) {
					if (t.percent === null) expect(t.max).toBe(0);
					else {
						expect(Number.isInteger(t.percent)).toBe(true);
						expect(t.percent).toBeGreaterThanOrEqual(0);
						expect(t.percent).toBeLessThanOrEqual(100);
					}
				}
			})
		);
	});

	it('answering exactly as BIJ1 gives 100, the opposite gives 0, whatever is important', () => {
		fc.assert(
			fc.property(quizArb, (quiz) => {
				const same = Object.fromEntries(quiz.statements.map((s) => [s.id, s.stance]));
				const opp = Object.fromEntries(quiz.statements.map((s) => [s.id, opposite[s.stance]]));
				expect(score({ ...quiz, answers: same }).overall.percent).toBe(100);
				expect(score({ ...quiz, answers: opp }).overall.percent).toBe(0);
			})
		);
	});

	it('an important statement counts double: points and maximum', () => {
		fc.assert(
			fc.property(quizArb, fc.nat(), (quiz, pick) => {
				const target = quiz.statements[pick % quiz.statements.length]!;
				const without = score({
					...quiz,
					important: quiz.important.filter((i) => i !== target.id)
				});
				const withIt = score({ ...quiz, important: [...quiz.important, target.id] });
				const one = without.statements.find((s) => s.id === target.id)!;
				expect(withIt.overall.points - without.overall.points).toBe(one.points);
				expect(withIt.overall.max - without.overall.max).toBe(one.max);
			})
		);
	});

	it("overall points and maxima are the sums of the themes'", () => {
		fc.assert(
			fc.property(quizArb, (quiz) => {
				const r = score(quiz);
				const themes = Object.values(r.themes);
				expect(r.overall.points).toBe(themes.reduce((n, t) => n + t.points, 0));
				expect(r.overall.max).toBe(themes.reduce((n, t) => n + t.max, 0));
			})
		);
	});

	it('the order of statements does not matter', () => {
		fc.assert(
			fc.property(
				quizArb.chain((quiz) =>
					fc.tuple(
						fc.constant(quiz),
						fc.shuffledSubarray(quiz.statements, {
							minLength: quiz.statements.length
						})
					)
				),
				([quiz, shuffled]) => {
					const a = score(quiz);
					const b = score({ ...quiz, statements: shuffled });
					expect(b.overall).toEqual(a.overall);
					for (const [id, t] of Object.entries(a.themes)) expect(b.themes[id]).toEqual(t);
				}
			)
		);
	});
});
