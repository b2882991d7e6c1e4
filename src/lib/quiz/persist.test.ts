import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserStorage, startPersistence } from './persist';
import type { Responses } from './responses';
import {
	answer,
	dismissNotice,
	erase,
	keeping,
	notice,
	ready,
	remember,
	responses,
	setRemember
} from './state';
import { decodeStored, encodeStored, STORAGE_KEY } from './stored';

/**
 * A Storage backed by a Map; `broken` makes every call throw, as private modes can; `full` makes
 * every write throw a quota error, as a full disk does (removing still works).
 */
class MemoryStorage implements Storage {
	#data = new Map<string, string>();
	full = false;
	constructor(private broken = false) {}
	get length() {
		return this.#data.size;
	}
	clear() {
		this.#data.clear();
	}
	getItem(key: string) {
		if (this.broken) throw new Error('SecurityError');
		return this.#data.get(key) ?? null;
	}
	key(i: number) {
		return [...this.#data.keys()][i] ?? null;
	}
	removeItem(key: string) {
		if (this.broken) throw new Error('SecurityError');
		this.#data.delete(key);
	}
	setItem(key: string, value: string) {
		if (this.broken || this.full) throw new DOMException('full', 'QuotaExceededError');
		this.#data.set(key, value);
	}
}

const IDS = ['a', 'b', 'c'];
const FP = '0123abcd';
let session: MemoryStorage;
let local: MemoryStorage;
let stop: (() => void) | undefined;

let events: EventTarget;

/** `blocked`: the browser refuses site data, so there is no sessionStorage to give. */
function start({ blocked = false } = {}) {
	stop = startPersistence({
		session: blocked ? undefined : session,
		local,
		fingerprint: FP,
		statementIds: IDS,
		events
	});
}

const kept = (state: Responses) => encodeStored({ responses: state, fingerprint: FP });

/** What the browser does in this tab when another tab changes localStorage. */
function otherTabWrites(newValue: string | null, key: string | null = STORAGE_KEY) {
	if (newValue === null) local.removeItem(STORAGE_KEY);
	else local.setItem(STORAGE_KEY, newValue);
	events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue, storageArea: local }));
}

beforeEach(() => {
	session = new MemoryStorage();
	local = new MemoryStorage();
	events = new EventTarget();
	keeping.set('storage');
	erase();
	dismissNotice();
	ready.set(false);
});
afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('persistence', () => {
	it('keeps answers in sessionStorage only, until the voter opts in', () => {
		start();
		answer({ id: 'a', value: 'agree' });
		expect(session.getItem(STORAGE_KEY)).toContain('"a":"agree"');
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		setRemember(true);
		expect(local.getItem(STORAGE_KEY)).toBe(session.getItem(STORAGE_KEY));
		setRemember(false);
		expect(local.getItem(STORAGE_KEY)).toBeNull();
	});

	it('restores what this tab kept, and becomes ready', () => {
		session.setItem(STORAGE_KEY, kept({ answers: { b: 'neutral' }, important: [] }));
		start();
		expect(responses.get().answers).toEqual({ b: 'neutral' });
		expect(remember.get()).toBe(false);
		expect(ready.get()).toBe(true);
		expect(notice.get()).toBeNull();
	});

	it('restores from localStorage with the opt-in switched on', () => {
		local.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: ['a'] }));
		start();
		expect(responses.get()).toEqual({ answers: { a: 'agree' }, important: ['a'] });
		expect(remember.get()).toBe(true);
	});

	it('erase removes both copies', () => {
		start();
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		erase();
		expect(session.getItem(STORAGE_KEY)).toBeNull();
		expect(local.getItem(STORAGE_KEY)).toBeNull();
	});

	const corrupt: [string, string][] = [
		['not JSON', '{"format":1,'],
		['JSON of the wrong shape', '[1,2,3]'],
		[
			'an unknown answer value',
			JSON.stringify({ format: 1, set: FP, answers: { a: 'yes' }, important: [] })
		],
		['another format version', JSON.stringify({ format: 2, set: FP, answers: {}, important: [] })],
		[
			'another statement set',
			JSON.stringify({ format: 1, set: 'ffffffff', answers: { a: 'agree' }, important: [] })
		],
		[
			'an unknown statement id',
			JSON.stringify({ format: 1, set: FP, answers: { x: 'agree' }, important: [] })
		],
		[
			'important without an answer',
			JSON.stringify({ format: 1, set: FP, answers: {}, important: ['a'] })
		],
		[
			'important on a skipped statement',
			JSON.stringify({ format: 1, set: FP, answers: { a: 'skip' }, important: ['a'] })
		],
		[
			'a prototype-polluting key',
			'{"format":1,"set":"0123abcd","answers":{"__proto__":"agree"},"important":[]}'
		],
		[
			'the same mark twice',
			JSON.stringify({ format: 1, set: FP, answers: { a: 'agree' }, important: ['a', 'a'] })
		],
		['an extra field', JSON.stringify({ format: 1, set: FP, answers: {}, important: [], more: 1 })],
		[
			'a mark that is not a string',
			JSON.stringify({ format: 1, set: FP, answers: {}, important: [1] })
		]
	];
	it.each(corrupt)('%s: fresh start with a notice, storage cleared', async (_name, raw) => {
		session.setItem(STORAGE_KEY, raw);
		start();
		expect(responses.get().answers).toEqual({});
		expect(notice.get()).toBe('storage-reset');
		expect(ready.get()).toBe(true);
		expect(session.getItem(STORAGE_KEY)).toBeNull();
	});

	it('junk in localStorage does not wipe the valid answers of this tab', () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: ['a'] }));
		local.setItem(STORAGE_KEY, '{"format":1,');
		start();
		expect(responses.get()).toEqual({ answers: { a: 'agree' }, important: ['a'] });
		expect(remember.get()).toBe(false);
		expect(notice.get()).toBeNull();
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		expect(session.getItem(STORAGE_KEY)).toContain('"a":"agree"');
	});

	it('valid localStorage wins over junk in this tab, and repairs it', () => {
		session.setItem(STORAGE_KEY, '[]');
		local.setItem(STORAGE_KEY, kept({ answers: { b: 'neutral' }, important: [] }));
		start();
		expect(responses.get().answers).toEqual({ b: 'neutral' });
		expect(remember.get()).toBe(true);
		expect(notice.get()).toBeNull();
	});

	it('storage whose every call throws leaves a working quiz in memory', () => {
		session = new MemoryStorage(true);
		local = new MemoryStorage(true);
		start();
		answer({ id: 'a', value: 'agree' });
		expect(responses.get().answers).toEqual({ a: 'agree' });
		expect(ready.get()).toBe(true);
	});

	it('decodeStored round-trips what encodeStored wrote', () => {
		const state = { answers: { a: 'agree', b: 'skip', c: 'disagree' } as const, important: ['c'] };
		const raw = kept(state);
		expect(decodeStored({ raw, fingerprint: FP, statementIds: IDS })).toEqual(state);
	});

	it('decodeStored never throws, whatever the storage holds', () => {
		const json = fc.jsonValue().map((v) => JSON.stringify(v));
		const near = fc.record({
			format: fc.constantFrom(1, 2, '1'),
			set: fc.constantFrom(FP, 'x'),
			answers: fc.dictionary(fc.constantFrom('a', 'b', 'x', '__proto__'), fc.jsonValue()),
			important: fc.array(fc.string())
		});
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					json,
					near.map((v) => JSON.stringify(v))
				),
				(raw) => {
					const state = decodeStored({ raw, fingerprint: FP, statementIds: IDS });
					if (state !== null)
						expect(Object.keys(state.answers).every((id) => IDS.includes(id))).toBe(true);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('when the browser refuses site data', () => {
	it('reading window.sessionStorage throws: browserStorage says there is none', () => {
		const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
		Object.defineProperty(globalThis, 'sessionStorage', {
			configurable: true,
			get() {
				throw new DOMException('insecure', 'SecurityError');
			}
		});
		try {
			expect(browserStorage('sessionStorage')).toBeUndefined();
		} finally {
			if (descriptor) Object.defineProperty(globalThis, 'sessionStorage', descriptor);
			else Reflect.deleteProperty(globalThis, 'sessionStorage');
		}
	});

	it('without sessionStorage the quiz is ready and works in memory, without "remember"', () => {
		start({ blocked: true });
		expect(ready.get()).toBe(true);
		expect(keeping.get()).toBe('memory');
		answer({ id: 'a', value: 'agree' });
		setRemember(true);
		expect(responses.get().answers).toEqual({ a: 'agree' });
		expect(remember.get()).toBe(false);
		expect(notice.get()).toBeNull();
		expect(local.getItem(STORAGE_KEY)).toBeNull();
	});
});

describe('when storage is full', () => {
	it('the tab cannot keep an answer: one notice, the answers stay in memory, no stale copy', () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		start();
		session.full = true;
		answer({ id: 'b', value: 'disagree' });
		answer({ id: 'c', value: 'neutral' });
		expect(responses.get().answers).toEqual({ a: 'agree', b: 'disagree', c: 'neutral' });
		expect(notice.get()).toBe('storage-full');
		// An older copy coming back on a reload would look like the latest answers.
		expect(session.getItem(STORAGE_KEY)).toBeNull();
		dismissNotice();
		answer({ id: 'a', value: 'skip' });
		expect(notice.get()).toBeNull();
	});

	it('"remember" fails: the box is unticked and the voter told; the tab keeps the answers', () => {
		start();
		answer({ id: 'a', value: 'agree' });
		local.full = true;
		setRemember(true);
		expect(remember.get()).toBe(false);
		expect(notice.get()).toBe('remember-failed');
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		expect(session.getItem(STORAGE_KEY)).toContain('"a":"agree"');
	});

	it('a remembered copy that can no longer be updated is unticked and removed', () => {
		local.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		start();
		expect(remember.get()).toBe(true);
		local.full = true;
		answer({ id: 'b', value: 'agree' });
		expect(remember.get()).toBe(false);
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		expect(notice.get()).toBe('remember-failed');
	});
});

describe('other tabs', () => {
	it('an answer kept in another tab shows here, with the opt-in on', () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		start();
		const value = kept({ answers: { b: 'neutral' }, important: ['b'] });
		otherTabWrites(value);
		expect(responses.get()).toEqual({ answers: { b: 'neutral' }, important: ['b'] });
		expect(remember.get()).toBe(true);
		expect(session.getItem(STORAGE_KEY)).toBe(value);
		expect(local.getItem(STORAGE_KEY)).toBe(value);
		// The next answer here builds on the other tab's answers instead of overwriting them.
		answer({ id: 'c', value: 'agree' });
		expect(local.getItem(STORAGE_KEY)).toBe(
			kept({ answers: { b: 'neutral', c: 'agree' }, important: ['b'] })
		);
	});

	it('applying another tab’s change writes nothing back to localStorage', () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		start();
		const setItem = vi.spyOn(local, 'setItem');
		const removeItem = vi.spyOn(local, 'removeItem');
		otherTabWrites(kept({ answers: { b: 'neutral' }, important: [] }));
		expect(responses.get().answers).toEqual({ b: 'neutral' });
		otherTabWrites(null);
		expect(setItem).toHaveBeenCalledTimes(1);
		expect(removeItem).toHaveBeenCalledTimes(1);
	});

	it('an erase in another tab erases here too, and the next answer does not undo it', () => {
		local.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: ['a'] }));
		start();
		expect(remember.get()).toBe(true);
		otherTabWrites(null);
		expect(responses.get().answers).toEqual({});
		expect(remember.get()).toBe(false);
		expect(session.getItem(STORAGE_KEY)).toBeNull();
		answer({ id: 'b', value: 'agree' });
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		expect(session.getItem(STORAGE_KEY)).toContain('"b":"agree"');
	});

	it('ignores what is not valid, other keys and sessionStorage', () => {
		start();
		answer({ id: 'a', value: 'agree' });
		otherTabWrites('{"format":1,');
		otherTabWrites(JSON.stringify({ format: 1, set: 'ffffffff', answers: {}, important: [] }));
		otherTabWrites(null, 'iets-anders');
		events.dispatchEvent(
			Object.assign(new Event('storage'), {
				key: STORAGE_KEY,
				newValue: null,
				storageArea: session
			})
		);
		expect(responses.get().answers).toEqual({ a: 'agree' });
		expect(notice.get()).toBeNull();
	});

	it('stops following when stopped', () => {
		start();
		stop?.();
		otherTabWrites(kept({ answers: { a: 'agree' }, important: [] }));
		expect(responses.get().answers).toEqual({});
	});
});
