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
import { STORAGE_KEY, FORMAT } from './format';
import { EMPTY, load, notify, quiz, remember, type QuizState } from './state';

type Source = {
	session: Storage | undefined;
	local: Storage | undefined;
	fingerprint: string;
	statementIds: readonly string[];
	/** Where other tabs' `storage` events arrive: the window. */
	events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	/** The validator chunk; replaced in tests to make it fail. */
	importStored?: () => Promise<typeof import('./stored')>;
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

function isEmpty(state: QuizState): boolean {
	return Object.keys(state.answers).length === 0 && state.important.length === 0;
}

/**
 * Loads the kept state into the stores (localStorage, the opt-in, wins over this tab's
 * sessionStorage), then writes every change back and follows what other tabs write to
 * localStorage. Resolves to a function that stops both. Call once, in the browser, after
 * hydration.
 */
export async function startPersistence({
	session,
	local,
	fingerprint,
	statementIds,
	events,
	importStored = () => import('./stored')
}: Source): Promise<() => void> {
	/** The state, null for anything invalid, undefined if the validator could not be loaded. */
	const decode = async (raw: string) =>
		// Once more on failure: on a return visit a flaky network can drop the chunk request.
		(
			await importStored()
				.catch(importStored)
				.catch(() => undefined)
		)?.decodeStored({ raw, fingerprint, statementIds });

	const fromLocal = read(local);
	const raw = fromLocal ?? read(session);
	const kept = raw === null ? EMPTY : await decode(raw);
	if (kept === null) {
		write(session, null);
		write(local, null);
		notify('storage-reset');
	}
	if (kept === undefined) notify('storage-unavailable');
	load({ state: kept ?? EMPTY, remember: !!kept && fromLocal !== null });
	// Saving the empty state now would overwrite the answers that could not be read.
	if (kept === undefined) return () => {};

	// True while another tab's change is applied: saving it halfway (the answers before the opt-in)
	// would write a state neither tab has, and send it back to the other tab.
	let following = false;
	const save = () => {
		if (following) return;
		const state = quiz.get();
		const value = isEmpty(state) ? null : encodeStored({ state, fingerprint });
		write(session, value);
		write(local, remember.get() ? value : null);
	};
	// Without this, open tabs with "Onthoud" on overwrite each other's answers, and an erase in one
	// tab is undone by the next answer in another.
	const follow = async ({ storageArea, key, newValue }: StorageEvent) => {
		if (storageArea !== local || key !== STORAGE_KEY) return;
		const state = newValue === null ? EMPTY : await decode(newValue);
		// Invalid, or overtaken by a newer change while the validator loaded.
		if (!state || read(local) !== newValue) return;
		following = true;
		try {
			load({ state, remember: newValue !== null });
		} finally {
			following = false;
		}
		write(session, newValue);
	};
	const stopQuiz = quiz.listen(save);
	const stopRemember = remember.listen(save);
	events?.addEventListener('storage', follow);
	return () => {
		stopQuiz();
		stopRemember();
		events?.removeEventListener('storage', follow);
	};
}
