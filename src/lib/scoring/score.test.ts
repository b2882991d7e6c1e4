import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer, type Responses } from '$lib/quiz/responses';
import {
	compare,
	contributions,
	drivers,
	firmness,
	MIN_ANSWERED,
	percentage,
	score,
	type ScoredStatement
} from './score';

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

/** Eight statements in two themes: x (a–e) and y (f–h); stances alternate. */
const EIGHT: ScoredStatement[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => ({
	id,
	theme: i < 5 ? 'x' : 'y',
	stance: i % 2 === 0 ? 'agree' : 'disagree'
}));
const responses = (answers: Record<string, Answer>, important: string[] = []): Responses => ({
	answers,
	important
});
/** The answer BIJ1 gives to each of EIGHT, for the first `n` statements. */
const asBij1 = (n: number) =>
	Object.fromEntries(EIGHT.slice(0, n).map((s) => [s.id, s.stance])) as Record<string, Answer>;

describe('score: minimum numbers of answers before a figure', () => {
	const cases: [string, Record<string, Answer>, number | null, number, number][] = [
		// name, answers, overall percent, answered, needed
		['nothing answered: no figure, not 0% and not NaN', {}, null, 0, 6],
		['one answer in line with BIJ1: no figure, never "100%"', asBij1(1), null, 1, 5],
		['five answers: still none, one more needed', asBij1(5), null, 5, 1],
		['six answers: a figure', asBij1(6), 100, 6, 0],
		[
			'six answers of which one skipped: a skip is not an answer',
			{ ...asBij1(6), f: 'skip' },
			null,
			5,
			1
		],
		[
			'neutral answers count as answers',
			{ a: 'neutral', b: 'neutral', c: 'neutral', d: 'neutral', e: 'neutral', f: 'neutral' },
			50,
			6,
			0
		]
	];
	it.each(cases)('%s', (_name, answers, percent, answered, needed) => {
		const { overall } = score({ statements: EIGHT, responses: responses(answers) });
		expect(overall).toMatchObject({ percent, answered, needed, total: 8 });
	});

	it('a theme needs two answers of its own, besides the overall minimum', () => {
		// x: a–e all answered; y: only f answered (g, h unreached).
		const result = score({ statements: EIGHT, responses: responses(asBij1(6)) });
		expect(result.themes.x).toMatchObject({ percent: 100, answered: 5, total: 5, needed: 0 });
		expect(result.themes.y).toMatchObject({ percent: null, answered: 1, total: 3, needed: 1 });
	});

	it('a theme with enough answers has no figure while the overall one is missing', () => {
		const result = score({ statements: EIGHT, responses: responses({ f: 'agree', g: 'agree' }) });
		expect(result.overall.percent).toBeNull();
		expect(result.themes.y).toMatchObject({ percent: null, answered: 2, needed: 0 });
	});

	it('the minimums are 6 overall and 2 per theme', () => {
		expect(MIN_ANSWERED).toEqual({ overall: 6, theme: 2 });
	});
});

describe('score: the whole quiz', () => {
	it('everything skipped gives no score overall and per theme, and skipped outcomes', () => {
		const skipped = Object.fromEntries(EIGHT.map((s) => [s.id, 'skip' as const]));
		const result = score({ statements: EIGHT, responses: responses(skipped) });
		expect(result.overall).toEqual({
			points: 0,
			max: 0,
			answered: 0,
			total: 8,
			percent: null,
			needed: 6
		});
		expect(result.themes.x?.percent).toBeNull();
		expect(result.themes.y?.percent).toBeNull();
		expect(new Set(result.statements.map((s) => s.outcome))).toEqual(new Set(['skipped']));
	});

	it('weights apply inside a theme, not only overall', () => {
		// x: a same (2/2), b opposite but important (0/4), c neutral (1/2), d same (2/2), e same
		// (2/2) → 7/12 = 58%; y: f same (2/2), g neutral (1/2) → 3/4 = 75%; overall 10/16 = 63%.
		const result = score({
			statements: EIGHT,
			responses: responses(
				{
					a: 'agree',
					b: 'agree',
					c: 'neutral',
					d: 'disagree',
					e: 'agree',
					f: 'disagree',
					g: 'neutral'
				},
				['b']
			)
		});
		expect(result.themes.x).toMatchObject({ points: 7, max: 12, percent: 58 });
		expect(result.themes.y).toMatchObject({ points: 3, max: 4, percent: 75 });
		expect(result.overall).toMatchObject({ points: 10, max: 16, percent: 63 });
	});

	it('an important mark on a skipped statement is ignored', () => {
		const result = score({ statements: EIGHT, responses: responses({ a: 'skip' }, ['a']) });
		expect(result.statements[0]).toMatchObject({ important: false, max: 0, outcome: 'skipped' });
	});

	it('answers for unknown statements are ignored', () => {
		const result = score({ statements: EIGHT, responses: responses({ zzz: 'agree', a: 'agree' }) });
		expect(result.overall).toMatchObject({ points: 2, max: 2, answered: 1 });
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
		responses: responses(
			Object.fromEntries(rows.map((r) => [r.id, r.answer])) as Record<string, Answer>,
			rows.filter((r) => r.important).map((r) => r.id)
		)
	}));
/** Quizzes with enough statements to reach the overall minimum when all are answered. */
const longQuizArb = quizArb.filter((q) => q.statements.length >= MIN_ANSWERED.overall);

const opposite = { agree: 'disagree', disagree: 'agree' } as const;

describe('score: properties', () => {
	it('a figure exists exactly when its minimums are met, and is a whole number within 0..100', () => {
		fc.assert(
			fc.property(quizArb, (quiz) => {
				const r = score(quiz);
				const overallOk = r.overall.answered >= MIN_ANSWERED.overall;
				expect(r.overall.percent === null).toBe(!overallOk);
				for (const t of Object.values(r.themes)) {
					expect(t.percent === null).toBe(!overallOk || t.answered < MIN_ANSWERED.theme);
				}
				for (const t of [r.overall, ...Object.values(r.themes)]) {
					expect(t.answered).toBeLessThanOrEqual(t.total);
					if (t.percent !== null) {
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
			fc.property(longQuizArb, (quiz) => {
				const same = Object.fromEntries(quiz.statements.map((s) => [s.id, s.stance]));
				const opp = Object.fromEntries(quiz.statements.map((s) => [s.id, opposite[s.stance]]));
				const { important } = quiz.responses;
				expect(score({ ...quiz, responses: responses(same, [...important]) }).overall.percent).toBe(
					100
				);
				expect(score({ ...quiz, responses: responses(opp, [...important]) }).overall.percent).toBe(
					0
				);
			})
		);
	});

	it('an important statement counts double: points and maximum', () => {
		fc.assert(
			fc.property(quizArb, fc.nat(), (quiz, pick) => {
				const target = quiz.statements[pick % quiz.statements.length]!;
				const { answers, important } = quiz.responses;
				const without = score({
					...quiz,
					responses: responses(
						{ ...answers },
						important.filter((i) => i !== target.id)
					)
				});
				const withIt = score({
					...quiz,
					responses: responses({ ...answers }, [...important, target.id])
				});
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

// ---------------------------------------------------------------- drivers and firmness

describe('contributions and drivers: what made the figure', () => {
	it('the ups add up to the figure and the downs to the rest, weights included', () => {
		fc.assert(
			fc.property(longQuizArb, (quiz) => {
				const result = score(quiz);
				fc.pre(result.overall.percent !== null);
				const all = contributions({ result });
				const up = all.reduce((s, c) => s + c.up, 0);
				const down = all.reduce((s, c) => s + c.down, 0);
				expect(up).toBeCloseTo((100 * result.overall.points) / result.overall.max, 9);
				expect(Math.round(up + down)).toBe(100);
				expect(percentage({ points: result.overall.points, max: result.overall.max })).toBe(
					result.overall.percent
				);
			})
		);
	});

	const cases: [string, Record<string, Answer>, string[], string[], string[]][] = [
		// name, answers (EIGHT: a, c, e, g agree; b, d, f, h disagree), important, up, down
		[
			'an important agreement pulls up most, an important disagreement down most',
			{ a: 'agree', b: 'disagree', c: 'disagree', d: 'agree', e: 'agree', f: 'disagree' },
			['e', 'd'],
			['e', 'a', 'b'],
			['d', 'c']
		],
		[
			'neutral answers are listed only after full agreements and disagreements',
			{ a: 'neutral', b: 'neutral', c: 'agree', d: 'neutral', e: 'neutral', f: 'neutral' },
			[],
			['c', 'a', 'b'],
			['a', 'b', 'd']
		],
		[
			'skipped statements neither pull up nor down',
			{
				a: 'skip',
				b: 'disagree',
				c: 'agree',
				d: 'disagree',
				e: 'agree',
				f: 'disagree',
				g: 'agree'
			},
			['a'],
			['b', 'c', 'd'],
			[]
		]
	];
	it.each(cases)('%s', (_name, answers, important, up, down) => {
		const result = score({ statements: EIGHT, responses: responses(answers, important) });
		const d = drivers({ result });
		expect(d.up.map((c) => c.id)).toEqual(up);
		expect(d.down.map((c) => c.id)).toEqual(down);
	});
});

describe('firmness: where the figure lies with two answers given differently', () => {
	/** Every way of giving up to `changes` answers differently, the hard way. */
	function bruteForce(quiz: { statements: ScoredStatement[]; responses: Responses }, changes = 2) {
		const answered = Object.entries(quiz.responses.answers).filter(([, a]) => a !== 'skip');
		const figures: number[] = [];
		const visit = (from: number, left: number, answers: Record<string, Answer>) => {
			figures.push(score({ ...quiz, responses: { ...quiz.responses, answers } }).overall.percent!);
			if (left === 0) return;
			for (let i = from; i < answered.length; i++) {
				const [id, current] = answered[i]!;
				for (const other of ['agree', 'neutral', 'disagree'] as const) {
					if (other !== current) visit(i + 1, left - 1, { ...answers, [id]: other });
				}
			}
		};
		visit(0, changes, { ...quiz.responses.answers });
		return { low: Math.min(...figures), high: Math.max(...figures) };
	}

	it('the bounds hold the figure and are exactly the extremes some answers reach', () => {
		const small = longQuizArb.filter((q) => q.statements.length <= 9);
		fc.assert(
			fc.property(small, (quiz) => {
				const result = score(quiz);
				fc.pre(result.overall.percent !== null);
				const bounds = firmness({ result })!;
				expect(bounds.low).toBeLessThanOrEqual(result.overall.percent!);
				expect(bounds.high).toBeGreaterThanOrEqual(result.overall.percent!);
				expect(bounds).toEqual(bruteForce(quiz));
			}),
			{ numRuns: 200 }
		);
	});

	it('a known case: six answers like BIJ1, one of them important', () => {
		// 14 of 14 points; two changes can cost 4 (the important one) + 2 = 6: 8 of 14 = 57%.
		const result = score({ statements: EIGHT, responses: responses(asBij1(6), ['a']) });
		expect(firmness({ result })).toEqual({ low: 57, high: 100 });
	});

	it('there are no bounds without a figure', () => {
		const result = score({ statements: EIGHT, responses: responses(asBij1(2)) });
		expect(firmness({ result })).toBeNull();
	});
});
