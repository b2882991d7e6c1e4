/**
 * Keeps the voter's responses in the browser, and only there. Per tab in sessionStorage, so a
 * reload or the back button never loses answers; in localStorage only after the voter opts in, so
 * that on a shared phone the next person does not find them by default.
 *
 * Browsers can refuse: a setting that blocks site data makes merely reading `sessionStorage`
 * throw, and a full quota makes every write throw. The quiz then goes on in memory and says so:
 * answers are never lost without a word, and never invented.
 */
import { hasResponses, NO_RESPONSES } from './responses';
import { decodeStored, encodeStored, STORAGE_KEY } from './stored';
import { keepInMemory, load, notify, remember, responses } from './state';

type Source = {
	session: Storage | undefined;
	local: Storage | undefined;
	fingerprint: string;
	statementIds: readonly string[];
	/** Where other tabs' `storage` events arrive: the window. */
	events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/**
 * `window.sessionStorage` or `window.localStorage`, or undefined where the browser refuses site
 * data (reading the property then throws a SecurityError).
 */
export function browserStorage(name: 'sessionStorage' | 'localStorage'): Storage | undefined {
	try {
		return globalThis[name] ?? undefined;
	} catch {
		return undefined;
	}
}

/** Storage can be missing or throw (private modes, disabled cookies): treat that as empty. */
function read(storage: Storage | undefined): string | null {
	try {
		return storage?.getItem(STORAGE_KEY) ?? null;
	} catch {
		return null;
	}
}

/** False when the browser refused the write (a full quota, blocked storage). */
function write(storage: Storage | undefined, value: string | null): boolean {
	if (!storage) return false;
	try {
		if (value === null) storage.removeItem(STORAGE_KEY);
		else storage.setItem(STORAGE_KEY, value);
		return true;
	} catch {
		// An older copy must not come back on a reload as if it were the latest: remove it (removing
		// frees space, so it works even on a full quota).
		if (value !== null) write(storage, null);
		return false;
	}
}

/**
 * Loads the kept responses into the stores, then writes every change back and follows what other
 * tabs write to localStorage. localStorage (the opt-in) wins over this tab's sessionStorage when
 * both are valid; junk in one never wipes valid responses in the other. Returns a function that
 * stops. Call once, in the browser, after hydration.
 */
export function startPersistence({
	session,
	local,
	fingerprint,
	statementIds,
	events
}: Source): () => void {
	if (!session) {
		keepInMemory();
		load({ responses: NO_RESPONSES, remember: false });
		return () => {};
	}
	const decode = (raw: string | null) =>
		raw === null ? undefined : decodeStored({ raw, fingerprint, statementIds });
	const fromLocal = decode(read(local));
	const fromSession = decode(read(session));
	if (fromLocal === null) write(local, null);
	if (fromSession === null) write(session, null);
	const kept = fromLocal ?? fromSession;
	// Only when nothing valid is left is the voter starting over without having asked to.
	if (!kept && (fromLocal === null || fromSession === null)) notify('storage-reset');
	load({ responses: kept ?? NO_RESPONSES, remember: !!fromLocal });

	// Failures are told once, when they start, not on every answer.
	let sessionFailing = false;
	// True while another tab's change is applied: saving it halfway (the answers before the opt-in)
	// would write a state neither tab has, and send it back to the other tab.
	let following = false;
	const save = () => {
		if (following) return;
		const state = responses.get();
		const value = hasResponses(state) ? encodeStored({ responses: state, fingerprint }) : null;
		const sessionOk = write(session, value);
		if (!sessionOk && !sessionFailing) notify('storage-full');
		sessionFailing = !sessionOk;
		const localOk = write(local, remember.get() ? value : null);
		if (!localOk && remember.get()) {
			// Untick: a ticked box that keeps nothing would be a promise broken on the next visit.
			remember.set(false);
			if (sessionOk) notify('remember-failed');
		}
	};
	// Without this, open tabs with "Onthoud" on overwrite each other's answers, and an erase in one
	// tab is undone by the next answer in another.
	const follow = ({ storageArea, key, newValue }: StorageEvent) => {
		if (storageArea !== local || key !== STORAGE_KEY) return;
		const state = newValue === null ? NO_RESPONSES : decode(newValue);
		if (!state) return;
		following = true;
		try {
			load({ responses: state, remember: newValue !== null });
		} finally {
			following = false;
		}
		write(session, newValue);
	};
	const stopResponses = responses.listen(save);
	const stopRemember = remember.listen(save);
	events?.addEventListener('storage', follow);
	return () => {
		stopResponses();
		stopRemember();
		events?.removeEventListener('storage', follow);
	};
}
