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
 * Agreement = total points / total maximum, overall and per theme, with the same weights. Where
 * nothing counted (everything skipped) there is no score (`null`): not 0 % and never NaN.
 */
import type { Stance } from '$lib/content/schema';

export const ANSWERS = ['agree', 'neutral', 'disagree', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Outcome = 'same' | 'partly' | 'opposite' | 'skipped';

/** Position on the agree–disagree axis, by name. */
const POSITION = { agree: 1, neutral: 0, disagree: -1 } as const satisfies Record<
	Exclude<Answer, 'skip'>,
	number
>;
const OUTCOME_BY_POINTS = { 2: 'same', 1: 'partly', 0: 'opposite' } as const;

export const MAX_POINTS = 2;
export const IMPORTANT_WEIGHT = 2;

export type ScoredStatement = { id: string; theme: string; stance: Stance };

export type Tally = {
	points: number;
	max: number;
	/** Whole percentage, rounded half up; `null` where nothing counted. */
	percent: number | null;
};

export type StatementResult = Tally & {
	id: string;
	theme: string;
	answer: Answer;
	important: boolean;
	outcome: Outcome;
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

/**
 * Scores every statement. A statement without an answer counts as skipped; answers for ids that
 * are not in `statements` are ignored.
 */
export function score({
	statements,
	answers,
	important = []
}: {
	statements: readonly ScoredStatement[];
	answers: Readonly<Record<string, Answer | undefined>>;
	important?: Iterable<string>;
}): Result {
	const importantSet = new Set(important);
	const totals = new Map<string, { points: number; max: number }>();
	const overall = { points: 0, max: 0 };
	const results: StatementResult[] = statements.map((s) => {
		const answer = answers[s.id] ?? 'skip';
		const isImportant = importantSet.has(s.id) && answer !== 'skip';
		const c = compare({ answer, stance: s.stance, important: isImportant });
		const theme = totals.get(s.theme) ?? { points: 0, max: 0 };
		theme.points += c.points;
		theme.max += c.max;
		totals.set(s.theme, theme);
		overall.points += c.points;
		overall.max += c.max;
		return {
			id: s.id,
			theme: s.theme,
			answer,
			important: isImportant,
			outcome: c.outcome,
			points: c.points,
			max: c.max,
			percent: percentage(c)
		};
	});
	const tally = (t: { points: number; max: number }): Tally => ({ ...t, percent: percentage(t) });
	return {
		overall: tally(overall),
		themes: Object.fromEntries([...totals].map(([id, t]) => [id, tally(t)])),
		statements: results
	};
}
