/**
 * Two voters side by side: the answers in a shared link and the visitor's own. Pure: no Svelte,
 * DOM or store imports. Answers are compared with each other, not with BIJ1: agreeing with each
 * other does not depend on the party's stance.
 */
import { answerOf, type Answer, type Responses } from '$lib/quiz/responses';

export type Agreement = 'same' | 'differ' | 'one-skipped' | 'both-skipped';

export type ComparedStatement = {
	id: string;
	theme: string;
	theirs: Answer;
	yours: Answer;
	agreement: Agreement;
};

/**
 * Same answer is agreement and any other answer a difference: "neutral" against "agree" is not
 * agreement, and calling it "partly" would need a scale the voter never chose. A skip is neither,
 * because a skipped statement says nothing about an opinion.
 */
export function agreementOf({ theirs, yours }: { theirs: Answer; yours: Answer }): Agreement {
	if (theirs === 'skip' && yours === 'skip') return 'both-skipped';
	if (theirs === 'skip' || yours === 'skip') return 'one-skipped';
	return theirs === yours ? 'same' : 'differ';
}

/** Every statement in quiz order; a missing answer counts as skipped, as in score(). */
export function compareResponses({
	statements,
	theirs,
	yours
}: {
	statements: readonly { id: string; theme: string }[];
	theirs: Responses;
	yours: Responses;
}): ComparedStatement[] {
	return statements.map(({ id, theme }) => {
		const a = answerOf(theirs, id);
		const b = answerOf(yours, id);
		return { id, theme, theirs: a, yours: b, agreement: agreementOf({ theirs: a, yours: b }) };
	});
}

/** How many statements fall in each kind of agreement. */
export function countAgreement({
	compared
}: {
	compared: readonly ComparedStatement[];
}): Record<Agreement, number> {
	const counts: Record<Agreement, number> = {
		same: 0,
		differ: 0,
		'one-skipped': 0,
		'both-skipped': 0
	};
	for (const c of compared) counts[c.agreement]++;
	return counts;
}
