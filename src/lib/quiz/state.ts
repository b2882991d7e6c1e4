/**
 * The quiz state: the voter's responses (./responses.ts) and what the browser does with them.
 * Components read the stores and change them only through the named actions below; persistence
 * is a listener (./persist.ts), so these stores know nothing about storage and can be tested on
 * their own.
 *
 * Stores have no nanostores-style `$` prefix: Svelte reserves it for auto-subscription
 * (`$responses` in a component is the value of the store `responses`).
 */
import { atom } from 'nanostores';
import { NO_RESPONSES, withAnswer, withImportant, type Answer, type Responses } from './responses';

export type Notice =
	/** What was kept could not be read: a fresh start. */
	| 'storage-reset'
	/** The tab's storage is full: answers live in this page only, until it is closed or reloaded. */
	| 'storage-full'
	/** The device's storage is full: "remember" was switched off; the tab still keeps the answers. */
	| 'remember-failed'
	| 'restarted'
	| 'erased';

/**
 * Where the answers live: `storage` (this tab, and the device after the opt-in) or `memory` when
 * the browser refuses site data altogether; they are then gone once the page is closed.
 */
export type Keeping = 'storage' | 'memory';

export const responses = atom<Responses>(NO_RESPONSES);
/** Opt-in to keep answers in localStorage; off by default since answers are political opinions. */
export const remember = atom(false);
/**
 * False until the browser has read storage. Prerendered HTML is made without answers, so pages
 * that depend on them wait for this instead of showing a wrong state first.
 */
export const ready = atom(false);
export const keeping = atom<Keeping>('storage');
export const notice = atom<Notice | null>(null);

/** How long "Opnieuw beginnen" and "Wis mijn antwoorden" can be undone. */
export const UNDO_MS = 15_000;
type Snapshot = { responses: Responses; remember: boolean };
/** What a restart or erase took away, while it can still be brought back. */
export const undoable = atom<Snapshot | null>(null);
let undoTimer: ReturnType<typeof setTimeout> | undefined;

function forgetUndo(): void {
	clearTimeout(undoTimer);
	undoable.set(null);
}

export function answer({ id, value }: { id: string; value: Answer }): void {
	forgetUndo();
	responses.set(withAnswer(responses.get(), { id, answer: value }));
}

export function setImportant({ id, important }: { id: string; important: boolean }): void {
	forgetUndo();
	responses.set(withImportant(responses.get(), { id, important }));
}

export function setRemember(on: boolean): void {
	// Nowhere to remember them: the choice is not offered, and cannot be made.
	if (on && keeping.get() === 'memory') return;
	remember.set(on);
}

function takeAway(kind: 'restarted' | 'erased', next: Snapshot): void {
	const before = { responses: responses.get(), remember: remember.get() };
	remember.set(next.remember);
	responses.set(next.responses);
	notice.set(kind);
	clearTimeout(undoTimer);
	undoable.set(before);
	undoTimer = setTimeout(() => undoable.set(null), UNDO_MS);
}

/** Start over: answers go, the choice to remember them on this device stays. Undoable. */
export function restart(): void {
	takeAway('restarted', { responses: NO_RESPONSES, remember: remember.get() });
}

/**
 * Erase everything, including the opt-in: the persistence listener then clears both storages at
 * once. Undoable for a while, from memory only: nothing stays behind in storage meanwhile.
 */
export function erase(): void {
	takeAway('erased', { responses: NO_RESPONSES, remember: false });
}

/** Brings back what the last restart or erase took away (and writes it back to storage). */
export function undo(): void {
	const before = undoable.get();
	if (!before) return;
	forgetUndo();
	remember.set(before.remember);
	responses.set(before.responses);
	notice.set(null);
}

export function load(kept: { responses: Responses; remember: boolean }): void {
	responses.set(kept.responses);
	remember.set(kept.remember);
	ready.set(true);
}

/** The browser refuses site data: the quiz goes on in memory, and says so once. */
export function keepInMemory(): void {
	keeping.set('memory');
	remember.set(false);
}

export function notify(kind: Notice): void {
	notice.set(kind);
}

export function dismissNotice(): void {
	notice.set(null);
	forgetUndo();
}
