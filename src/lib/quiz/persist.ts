/**
 * Keeps the quiz state in the browser, and only there. Per tab in sessionStorage, so a reload or
 * the back button never loses answers; in localStorage only after the voter opts in, so that on a
 * shared phone the next person does not find them by default.
 *
 * Whatever is read back is untrusted: another version of the site, another app on the same
 * origin, or a hand-edited value may be there. It is validated (zod/mini keeps the browser bundle
 * small) and checked against the statement-set fingerprint; anything off means a fresh start with a
 * notice, never a crash and never a score computed from answers to other statements.
 */
import * as z from 'zod/mini';
import { ANSWERS } from '$lib/scoring/score';
import { quiz, remember, EMPTY, load, notify, type QuizState } from './state';

export const STORAGE_KEY = 'ben-jij-bij1';
const FORMAT = 1;

const StoredSchema = z.object({
	format: z.literal(FORMAT),
	set: z.string(),
	answers: z.record(z.string(), z.enum(ANSWERS)),
	important: z.array(z.string())
});

type Stored = z.infer<typeof StoredSchema>;
export type RestoreOutcome = { state: QuizState; remember: boolean; problem: boolean };

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

export function decodeStored({
	raw,
	fingerprint,
	statementIds
}: {
	raw: string;
	fingerprint: string;
	statementIds: readonly string[];
}): QuizState | null {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return null;
	}
	const parsed = StoredSchema.safeParse(json);
	if (!parsed.success || parsed.data.set !== fingerprint) return null;
	const known = new Set(statementIds);
	// Keys are checked on the raw JSON: a key such as "__proto__" vanishes from the parsed copy.
	const rawIds = Object.keys((json as { answers: object }).answers);
	if (rawIds.some((id) => !known.has(id))) return null;
	const answers = Object.entries(parsed.data.answers);
	const answered = new Set(answers.filter(([, a]) => a !== 'skip').map(([id]) => id));
	if (parsed.data.important.some((id) => !answered.has(id))) return null;
	return { answers: Object.fromEntries(answers), important: [...new Set(parsed.data.important)] };
}

export function encodeStored({ state, fingerprint }: { state: QuizState; fingerprint: string }) {
	const stored: Stored = {
		format: FORMAT,
		set: fingerprint,
		answers: { ...state.answers },
		important: [...state.important]
	};
	return JSON.stringify(stored);
}

/** Reads what the browser kept: localStorage (the opt-in) wins over this tab's sessionStorage. */
export function restore({
	session,
	local,
	fingerprint,
	statementIds
}: {
	session: Storage | undefined;
	local: Storage | undefined;
	fingerprint: string;
	statementIds: readonly string[];
}): RestoreOutcome {
	const fromLocal = read(local);
	const raw = fromLocal ?? read(session);
	if (raw === null) return { state: EMPTY, remember: false, problem: false };
	const state = decodeStored({ raw, fingerprint, statementIds });
	if (state === null) return { state: EMPTY, remember: false, problem: true };
	return { state, remember: fromLocal !== null, problem: false };
}

function isEmpty(state: QuizState): boolean {
	return Object.keys(state.answers).length === 0 && state.important.length === 0;
}

/**
 * Loads the kept state into the stores, then writes every change back. Returns a function that
 * stops listening. Call once, in the browser, after hydration.
 */
export function startPersistence({
	session,
	local,
	fingerprint,
	statementIds
}: {
	session: Storage | undefined;
	local: Storage | undefined;
	fingerprint: string;
	statementIds: readonly string[];
}): () => void {
	const outcome = restore({ session, local, fingerprint, statementIds });
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
