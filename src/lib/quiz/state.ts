/**
 * The quiz state: what the voter answered and marked important. Components read the stores and
 * change them only through the named actions below; persistence is a listener (./persist.ts), so
 * these stores know nothing about storage and can be tested on their own.
 *
 * Stores have no nanostores-style `$` prefix: Svelte reserves it for auto-subscription (`$quiz` in
 * a component is the value of the store `quiz`).
 */
import { atom } from 'nanostores';
import type { Answer } from '$lib/scoring/score';

export type QuizState = {
	answers: Readonly<Record<string, Answer>>;
	important: readonly string[];
};

export const EMPTY: QuizState = Object.freeze({
	answers: Object.freeze({}),
	important: Object.freeze([])
});

/** `storage-unavailable`: answers are kept, but the code to read them could not be loaded. */
export type Notice = 'storage-reset' | 'storage-unavailable' | 'erased';

export const quiz = atom<QuizState>(EMPTY);
/** Opt-in to keep answers in localStorage; off by default since answers are political opinions. */
export const remember = atom(false);
/**
 * False until the browser has read storage. Prerendered HTML is made without answers, so pages
 * that depend on them wait for this instead of showing a wrong state first.
 */
export const ready = atom(false);
export const notice = atom<Notice | null>(null);

export function answer({ id, value }: { id: string; value: Answer }): void {
	const { answers, important } = quiz.get();
	quiz.set({
		answers: { ...answers, [id]: value },
		// A skipped statement cannot be important: it does not count.
		important: value === 'skip' ? important.filter((i) => i !== id) : important
	});
}

export function setImportant({ id, important }: { id: string; important: boolean }): void {
	const state = quiz.get();
	const answered = state.answers[id];
	if (important && (answered === undefined || answered === 'skip')) return;
	const rest = state.important.filter((i) => i !== id);
	quiz.set({ ...state, important: important ? [...rest, id] : rest });
}

export function setRemember(on: boolean): void {
	remember.set(on);
}

/** Start over: answers go, the choice to remember them on this device stays. */
export function restart(): void {
	quiz.set(EMPTY);
}

/** Erase everything, including the opt-in: the persistence listener then clears both storages. */
export function erase(): void {
	remember.set(false);
	quiz.set(EMPTY);
}

export function load(kept: { state: QuizState; remember: boolean }): void {
	quiz.set(kept.state);
	remember.set(kept.remember);
	ready.set(true);
}

export function notify(kind: Notice): void {
	notice.set(kind);
}

export function dismissNotice(): void {
	notice.set(null);
}

/** The first statement (in quiz order) without an answer, to resume where the voter was. */
export function firstUnanswered({
	ids,
	state
}: {
	ids: readonly string[];
	state: QuizState;
}): string | undefined {
	return ids.find((id) => state.answers[id] === undefined);
}
