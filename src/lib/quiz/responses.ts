/**
 * A voter's responses: the answer to each statement they reached, and the statements they marked
 * important. One name and one module for the pair, used by the quiz state, storage, scoring, the
 * share link and the comparison, so a rule about it is written (and fixed) once. Pure: no Svelte,
 * DOM or store imports.
 */

/** Answers by name, never by position: reordering the buttons must not change what one means. */
export const ANSWERS = ['agree', 'neutral', 'disagree', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];
/** An answer that gives an opinion, and so counts in the score. */
export type Opinion = Exclude<Answer, 'skip'>;

export type Responses = {
	/** Per statement id. A statement the voter has not reached has no entry. */
	readonly answers: Readonly<Record<string, Answer>>;
	/** Ids of statements marked important, in the order they were marked. */
	readonly important: readonly string[];
};

export const NO_RESPONSES: Responses = Object.freeze({
	answers: Object.freeze({}),
	important: Object.freeze([])
});

export function isOpinion(answer: Answer | undefined): answer is Opinion {
	return answer !== undefined && answer !== 'skip';
}

/**
 * The rule, once: only a statement answered with an opinion can be important. A skipped (or
 * unreached) statement does not count, so weighing it would mean nothing.
 */
export function isImportant(responses: Responses, id: string): boolean {
	return isOpinion(responses.answers[id]) && responses.important.includes(id);
}

/** An unreached statement counts as skipped. */
export function answerOf(responses: Responses, id: string): Answer {
	return responses.answers[id] ?? 'skip';
}

/** Sets one answer; skipping a statement also takes its important mark away. */
export function withAnswer(
	responses: Responses,
	{ id, answer }: { id: string; answer: Answer }
): Responses {
	return {
		answers: { ...responses.answers, [id]: answer },
		important: isOpinion(answer) ? responses.important : responses.important.filter((i) => i !== id)
	};
}

/** Marks or unmarks one statement; marking one without an opinion changes nothing. */
export function withImportant(
	responses: Responses,
	{ id, important }: { id: string; important: boolean }
): Responses {
	if (important && !isOpinion(responses.answers[id])) return responses;
	const rest = responses.important.filter((i) => i !== id);
	return { answers: responses.answers, important: important ? [...rest, id] : rest };
}

/**
 * Whether responses read back from outside (storage, a link) are exactly what this site writes:
 * answers only for known statements, and important marks only on answered ones, each once.
 * Readers reject anything else rather than repair it: a guessed state is never shown as the
 * voter's own.
 */
export function isConsistent({
	responses,
	statementIds
}: {
	responses: Responses;
	statementIds: readonly string[];
}): boolean {
	const known = new Set(statementIds);
	return (
		Object.keys(responses.answers).every((id) => known.has(id)) &&
		new Set(responses.important).size === responses.important.length &&
		responses.important.every((id) => isImportant(responses, id))
	);
}

export function hasResponses(responses: Responses): boolean {
	return Object.keys(responses.answers).length > 0 || responses.important.length > 0;
}

/** How many of the given statements have an opinion (not skipped, not unreached). */
export function opinionCount({
	responses,
	statementIds
}: {
	responses: Responses;
	statementIds: readonly string[];
}): number {
	return statementIds.filter((id) => isOpinion(responses.answers[id])).length;
}

/** The first statement (in quiz order) without an answer, to resume where the voter was. */
export function firstUnanswered({
	responses,
	statementIds
}: {
	responses: Responses;
	statementIds: readonly string[];
}): string | undefined {
	return statementIds.find((id) => responses.answers[id] === undefined);
}
