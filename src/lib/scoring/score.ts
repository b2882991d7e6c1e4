/**
 * How far a voter agrees with BIJ1. Pure: no Svelte, DOM or store imports, so it can be tested
 * exhaustively and reused by anyone who downloads `/statements.json`.
 *
 * The maths, per statement:
 * - Answers and stances are placed on one axis by name: agree = +1, neutral = 0, disagree = −1
 *   (never by their index in a list of buttons).
 * - points = 2 − |voter − BIJ1|, so the same answer gives 2, exactly one side neutral gives 1,
 *   opposite answers give 0. The maximum is 2. BIJ1 always has a stance (agree or disagree), so
 *   "neutral" is half agreement: halfway between the two, which is what StemWijzer-style aids
 *   and OpenVAA also do.
 * - A statement the voter marked important counts double: points and maximum are multiplied by 2,
 *   so it weighs twice as much without changing what a perfect score is.
 * - A skipped statement is left out of both points and maximum: the voter gave no opinion, so it
 *   can neither raise nor lower the score.
 *
 * Agreement = total points / total maximum, overall and per theme, with the same weights.
 *
 * Minimums. A figure from a handful of answers says more about chance than about the voter: one
 * answer in line with BIJ1 would read "100% eens". So there is no figure (`percent: null`) until
 * at least MIN_ANSWERED.overall statements are answered with an opinion (skips do not count), and
 * a theme has a figure only when the overall one exists and at least MIN_ANSWERED.theme of its own
 * statements are answered. Every tally carries `answered` and `total`, so each figure can say what
 * it rests on ("op basis van 18 van de 24 stellingen"). Never 0 % for nothing and never NaN.
 */
import type { Stance } from '$lib/content/schema';
import { answerOf, isImportant, type Answer, type Responses } from '$lib/quiz/responses';

export type Outcome = 'same' | 'partly' | 'opposite' | 'skipped';

/** Position on the agree–disagree axis, by name. */
const POSITION = { agree: 1, neutral: 0, disagree: -1 } as const satisfies Record<
	Exclude<Answer, 'skip'>,
	number
>;
const OUTCOME_BY_POINTS = { 2: 'same', 1: 'partly', 0: 'opposite' } as const;

export const MAX_POINTS = 2;
export const IMPORTANT_WEIGHT = 2;
/**
 * Statements answered with an opinion before a figure is shown: 6 of 24 overall (a quarter of the
 * quiz), and 2 within a theme (one answer is a single agree or disagree, not a share).
 */
export const MIN_ANSWERED = { overall: 6, theme: 2 } as const;

export type ScoredStatement = { id: string; theme: string; stance: Stance };

export type Tally = {
	points: number;
	max: number;
	/** Statements answered with an opinion (not skipped, not unreached). */
	answered: number;
	/** Statements in this tally, answered or not. */
	total: number;
	/** Whole percentage, rounded half up; `null` below the minimum number of answers. */
	percent: number | null;
	/** How many more answered statements this figure needs; 0 once it has one. */
	needed: number;
};

export type StatementResult = {
	id: string;
	theme: string;
	answer: Answer;
	important: boolean;
	outcome: Outcome;
	points: number;
	max: number;
};

export type Result = {
	overall: Tally;
	/** Per theme id, in the order themes first appear among the statements. */
	themes: Record<string, Tally>;
	statements: StatementResult[];
};

export function compare({
	answer,
	stance,
	important = false
}: {
	answer: Answer;
	stance: Stance;
	important?: boolean;
}): { points: number; max: number; outcome: Outcome } {
	if (answer === 'skip') return { points: 0, max: 0, outcome: 'skipped' };
	const basePoints = MAX_POINTS - Math.abs(POSITION[answer] - POSITION[stance]);
	const weight = important ? IMPORTANT_WEIGHT : 1;
	return {
		points: basePoints * weight,
		max: MAX_POINTS * weight,
		outcome: OUTCOME_BY_POINTS[basePoints as 0 | 1 | 2]
	};
}

/**
 * Whole percentage of points / max, rounded half up in integer arithmetic (12.5 → 13, never a
 * floating-point 12.499…). `null` where max is 0.
 */
export function percentage({ points, max }: { points: number; max: number }): number | null {
	if (max <= 0) return null;
	return Math.floor((200 * points + max) / (2 * max));
}

type Sum = { points: number; max: number; answered: number; total: number };

function tally(sum: Sum, minimum: number, allowed = true): Tally {
	const needed = Math.max(0, minimum - sum.answered);
	return { ...sum, percent: allowed && needed === 0 ? percentage(sum) : null, needed };
}

/**
 * Scores every statement. A statement without an answer counts as skipped; answers for ids that
 * are not in `statements` are ignored.
 */
export function score({
	statements,
	responses
}: {
	statements: readonly ScoredStatement[];
	responses: Responses;
}): Result {
	const empty = (): Sum => ({ points: 0, max: 0, answered: 0, total: 0 });
	const sums = new Map<string, Sum>();
	const overall = empty();
	const results: StatementResult[] = statements.map((s) => {
		const answer = answerOf(responses, s.id);
		const important = isImportant(responses, s.id);
		const c = compare({ answer, stance: s.stance, important });
		const theme = sums.get(s.theme) ?? empty();
		sums.set(s.theme, theme);
		for (const sum of [theme, overall]) {
			sum.points += c.points;
			sum.max += c.max;
			sum.total += 1;
			if (answer !== 'skip') sum.answered += 1;
		}
		return { id: s.id, theme: s.theme, answer, important, ...c };
	});
	const total = tally(overall, MIN_ANSWERED.overall);
	const hasFigure = total.percent !== null;
	return {
		overall: total,
		themes: Object.fromEntries(
			[...sums].map(([id, sum]) => [id, tally(sum, MIN_ANSWERED.theme, hasFigure)])
		),
		statements: results
	};
}

/**
 * What made the overall figure. The figure is total points / total maximum, so it is the sum of
 * every answered statement's points / total maximum: `up` is a statement's share of the figure,
 * in percentage points, and `down` what it cost (its maximum minus its points, over the total
 * maximum). An important statement weighs double in both. Over all statements the `up`s add up to
 * the (unrounded) figure and the `down`s to 100 minus it. Skipped statements neither add nor cost.
 */
export type Contribution = { id: string; up: number; down: number; important: boolean };

export function contributions({ result }: { result: Result }): Contribution[] {
	const { max } = result.overall;
	if (max === 0) return [];
	return result.statements
		.filter((s) => s.max > 0)
		.map((s) => ({
			id: s.id,
			up: (100 * s.points) / max,
			down: (100 * (s.max - s.points)) / max,
			important: s.important
		}));
}

/**
 * The statements that pulled the figure up most and down most: up to `count` of each, largest
 * first, then in quiz order. A statement answered "neutral" both adds and costs, half each; it is
 * listed only where nothing weighs more.
 */
export function drivers({ result, count = 3 }: { result: Result; count?: number }): {
	up: Contribution[];
	down: Contribution[];
} {
	const all = contributions({ result });
	const top = (key: 'up' | 'down') =>
		all
			.filter((c) => c[key] > 0)
			.map((c, index) => ({ c, index }))
			.sort((a, b) => b.c[key] - a.c[key] || a.index - b.index)
			.slice(0, count)
			.map(({ c }) => c);
	return { up: top('up'), down: top('down') };
}

/**
 * How firm the figure is: the lowest and highest overall figure had the voter given `changes`
 * of their answers differently (another opinion; skips and important marks as they are). Changing
 * an answer keeps the total maximum, so the extremes come from the answers that can gain most
 * (towards BIJ1's stance) and lose most (away from it). `null` when there is no figure.
 */
export function firmness({
	result,
	changes = 2
}: {
	result: Result;
	changes?: number;
}): { low: number; high: number } | null {
	if (result.overall.percent === null) return null;
	const answered = result.statements.filter((s) => s.max > 0);
	const sumOfLargest = (values: number[]) =>
		values
			.sort((a, b) => b - a)
			.slice(0, changes)
			.reduce((sum, v) => sum + v, 0);
	const gain = sumOfLargest(answered.map((s) => s.max - s.points));
	const loss = sumOfLargest(answered.map((s) => s.points));
	const { points, max } = result.overall;
	return {
		low: percentage({ points: points - loss, max })!,
		high: percentage({ points: points + gain, max })!
	};
}
