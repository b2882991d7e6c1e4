/**
 * Two voters side by side: the answers in a shared link and the visitor's own. Pure: no Svelte,
 * DOM or store imports. Answers are compared with each other, not with BIJ1: agreeing with each
 * other does not depend on the party's stance.
 */
import type { Answer } from '$lib/scoring/score';

export type Agreement = 'same' | 'differ' | 'one-skipped' | 'both-skipped';

export type ComparedStatement = {
	id: string;
	theme: string;
	theirs: Answer;
	yours: Answer;
	agreement: Agreement;
};

type Answers = Readonly<Record<string, Answer | undefined>>;

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
export function compareAnswers({
	statements,
	theirs,
	yours
}: {
	statements: readonly { id: string; theme: string }[];
	theirs: Answers;
	yours: Answers;
}): ComparedStatement[] {
	return statements.map(({ id, theme }) => {
		const a = theirs[id] ?? 'skip';
		const b = yours[id] ?? 'skip';
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

/**
 * Whether a comparison means anything: the visitor answered at least one statement. Answers to
 * ids outside the current statement set are ignored.
 */
export function hasOwnAnswers({
	statementIds,
	answers
}: {
	statementIds: readonly string[];
	answers: Answers;
}): boolean {
	return statementIds.some((id) => (answers[id] ?? 'skip') !== 'skip');
}
