/**
 * Keeps the quiz state in the browser, and only there. Per tab in sessionStorage, so a reload or
 * the back button never loses answers; in localStorage only after the voter opts in, so that on a
 * shared phone the next person does not find them by default.
 *
 * Whatever is read back is untrusted: another version of the site, another app on the same
 * origin, or a hand-edited value may be there. It is validated (./stored.ts) and checked against
 * the statement-set fingerprint; anything off means a fresh start with a notice, never a crash and
 * never a score computed from answers to other statements.
 */
import { EMPTY, load, notify, quiz, remember, type QuizState } from './state';

export const STORAGE_KEY = 'ben-jij-bij1';
/** Bump when the stored shape changes: older data is then treated as foreign. */
export const FORMAT = 1;

export type RestoreOutcome = { state: QuizState; remember: boolean; problem: boolean };
type Source = {
	session: Storage | undefined;
	local: Storage | undefined;
	fingerprint: string;
	statementIds: readonly string[];
};

/** Storage can be missing or throw (private modes, disabled cookies): treat that as empty. */
function read(storage: Storage | undefined): string | null {
	try {
		return storage?.getItem(STORAGE_KEY) ?? null;
	} catch {
		return null;
	}
}

function write(storage: Storage | undefined, value: string | null): void {
	try {
		if (value === null) storage?.removeItem(STORAGE_KEY);
		else storage?.setItem(STORAGE_KEY, value);
	} catch {
		// Full or blocked storage: the quiz still works in memory for this page view.
	}
}

export function encodeStored({ state, fingerprint }: { state: QuizState; fingerprint: string }) {
	return JSON.stringify({
		format: FORMAT,
		set: fingerprint,
		answers: { ...state.answers },
		important: [...state.important]
	});
}

/** Reads what the browser kept: localStorage (the opt-in) wins over this tab's sessionStorage. */
export async function restore({
	session,
	local,
	fingerprint,
	statementIds
}: Source): Promise<RestoreOutcome> {
	const fromLocal = read(local);
	const raw = fromLocal ?? read(session);
	if (raw === null) return { state: EMPTY, remember: false, problem: false };
	const { decodeStored } = await import('./stored');
	const state = decodeStored({ raw, fingerprint, statementIds });
	if (state === null) return { state: EMPTY, remember: false, problem: true };
	return { state, remember: fromLocal !== null, problem: false };
}

function isEmpty(state: QuizState): boolean {
	return Object.keys(state.answers).length === 0 && state.important.length === 0;
}

/**
 * Loads the kept state into the stores, then writes every change back. Resolves to a function
 * that stops listening. Call once, in the browser, after hydration.
 */
export async function startPersistence(source: Source): Promise<() => void> {
	const { session, local, fingerprint } = source;
	const outcome = await restore(source);
	if (outcome.problem) {
		write(session, null);
		write(local, null);
		notify('storage-reset');
	}
	load(outcome);

	const save = () => {
		const state = quiz.get();
		const value = isEmpty(state) ? null : encodeStored({ state, fingerprint });
		write(session, value);
		write(local, remember.get() ? value : null);
	};
	const stopQuiz = quiz.listen(save);
	const stopRemember = remember.listen(save);
	return () => {
		stopQuiz();
		stopRemember();
	};
}
