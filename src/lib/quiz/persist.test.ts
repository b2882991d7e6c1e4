import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY } from './format';
import { encodeStored, startPersistence } from './persist';
import * as stored from './stored';
import {
	notice,
	quiz,
	remember,
	ready,
	answer,
	dismissNotice,
	erase,
	setRemember,
	type QuizState
} from './state';

const { decodeStored } = stored;

/** A Storage backed by a Map; `broken` makes every call throw, as private modes can. */
class MemoryStorage implements Storage {
	#data = new Map<string, string>();
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
		if (this.broken) throw new Error('QuotaExceededError');
		this.#data.set(key, value);
	}
}

const IDS = ['a', 'b', 'c'];
const FP = '0123abcd';
let session: MemoryStorage;
let local: MemoryStorage;
let stop: (() => void) | undefined;

let events: EventTarget;

async function start(importStored?: () => Promise<typeof stored>) {
	stop = await startPersistence({
		session,
		local,
		fingerprint: FP,
		statementIds: IDS,
		events,
		importStored
	});
}

const kept = (state: QuizState) => encodeStored({ state, fingerprint: FP });

/** What the browser does in this tab when another tab changes localStorage. */
function otherTabWrites(newValue: string | null, key: string | null = STORAGE_KEY) {
	if (newValue === null) local.removeItem(STORAGE_KEY);
	else local.setItem(STORAGE_KEY, newValue);
	events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue, storageArea: local }));
}

/** Lets a change that needs the validator be applied. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

beforeEach(() => {
	session = new MemoryStorage();
	local = new MemoryStorage();
	events = new EventTarget();
	erase();
	dismissNotice();
	ready.set(false);
});
afterEach(() => {
	stop?.();
	stop = undefined;
});

describe('persistence', () => {
	it('keeps answers in sessionStorage only, until the voter opts in', async () => {
		await start();
		answer({ id: 'a', value: 'agree' });
		expect(session.getItem(STORAGE_KEY)).toContain('"a":"agree"');
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		setRemember(true);
		expect(local.getItem(STORAGE_KEY)).toBe(session.getItem(STORAGE_KEY));
		setRemember(false);
		expect(local.getItem(STORAGE_KEY)).toBeNull();
	});

	it('restores what this tab kept, and becomes ready', async () => {
		session.setItem(
			STORAGE_KEY,
			encodeStored({ state: { answers: { b: 'neutral' }, important: [] }, fingerprint: FP })
		);
		await start();
		expect(quiz.get().answers).toEqual({ b: 'neutral' });
		expect(remember.get()).toBe(false);
		expect(ready.get()).toBe(true);
		expect(notice.get()).toBeNull();
	});

	it('restores from localStorage with the opt-in switched on', async () => {
		local.setItem(
			STORAGE_KEY,
			encodeStored({ state: { answers: { a: 'agree' }, important: ['a'] }, fingerprint: FP })
		);
		await start();
		expect(quiz.get()).toEqual({ answers: { a: 'agree' }, important: ['a'] });
		expect(remember.get()).toBe(true);
	});

	it('erase removes both copies', async () => {
		await start();
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
		]
	];
	it.each(corrupt)('%s: fresh start with a notice, storage cleared', async (_name, raw) => {
		session.setItem(STORAGE_KEY, raw);
		await start();
		expect(quiz.get().answers).toEqual({});
		expect(notice.get()).toBe('storage-reset');
		expect(ready.get()).toBe(true);
		expect(session.getItem(STORAGE_KEY)).toBeNull();
	});

	it('storage that throws leaves a working quiz in memory', async () => {
		session = new MemoryStorage(true);
		local = new MemoryStorage(true);
		await start();
		answer({ id: 'a', value: 'agree' });
		setRemember(true);
		expect(quiz.get().answers).toEqual({ a: 'agree' });
		expect(notice.get()).toBeNull();
	});

	it('decodeStored round-trips what encodeStored wrote', () => {
		const state = { answers: { a: 'agree', b: 'skip', c: 'disagree' } as const, important: ['c'] };
		const raw = encodeStored({ state, fingerprint: FP });
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

describe('when the validator cannot be loaded', () => {
	it('tries once more, and then restores as usual', async () => {
		local.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		const importStored = vi.fn().mockImplementationOnce(offline).mockResolvedValue(stored);
		await start(importStored);
		expect(importStored).toHaveBeenCalledTimes(2);
		expect(quiz.get().answers).toEqual({ a: 'agree' });
		expect(notice.get()).toBeNull();
	});

	it('starts empty with a notice, and leaves what was kept alone', async () => {
		const value = kept({ answers: { a: 'agree' }, important: [] });
		local.setItem(STORAGE_KEY, value);
		session.setItem(STORAGE_KEY, value);
		const importStored = vi.fn(offline);
		await start(importStored);
		expect(importStored).toHaveBeenCalledTimes(2);
		expect(ready.get()).toBe(true);
		expect(quiz.get().answers).toEqual({});
		expect(remember.get()).toBe(false);
		expect(notice.get()).toBe('storage-unavailable');
		// A reload can still bring them back: nothing this page does writes over them.
		answer({ id: 'b', value: 'disagree' });
		setRemember(true);
		erase();
		expect(local.getItem(STORAGE_KEY)).toBe(value);
		expect(session.getItem(STORAGE_KEY)).toBe(value);
	});

	it('does not load it when storage holds nothing', async () => {
		const importStored = vi.fn(offline);
		await start(importStored);
		expect(importStored).not.toHaveBeenCalled();
		expect(ready.get()).toBe(true);
		expect(notice.get()).toBeNull();
	});
});

describe('other tabs', () => {
	it('an answer kept in another tab shows here, with the opt-in on', async () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		await start();
		const value = kept({ answers: { b: 'neutral' }, important: ['b'] });
		otherTabWrites(value);
		await vi.waitFor(() =>
			expect(quiz.get()).toEqual({ answers: { b: 'neutral' }, important: ['b'] })
		);
		expect(remember.get()).toBe(true);
		expect(session.getItem(STORAGE_KEY)).toBe(value);
		expect(local.getItem(STORAGE_KEY)).toBe(value);
		// The next answer here builds on the other tab's answers instead of overwriting them.
		answer({ id: 'c', value: 'agree' });
		expect(local.getItem(STORAGE_KEY)).toBe(
			kept({ answers: { b: 'neutral', c: 'agree' }, important: ['b'] })
		);
	});

	it('applying another tab’s change writes nothing back to localStorage', async () => {
		session.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: [] }));
		await start();
		const setItem = vi.spyOn(local, 'setItem');
		const removeItem = vi.spyOn(local, 'removeItem');
		otherTabWrites(kept({ answers: { b: 'neutral' }, important: [] }));
		await vi.waitFor(() => expect(quiz.get().answers).toEqual({ b: 'neutral' }));
		otherTabWrites(null);
		expect(setItem).toHaveBeenCalledTimes(1);
		expect(removeItem).toHaveBeenCalledTimes(1);
	});

	it('an erase in another tab erases here too, and the next answer does not undo it', async () => {
		local.setItem(STORAGE_KEY, kept({ answers: { a: 'agree' }, important: ['a'] }));
		await start();
		expect(remember.get()).toBe(true);
		otherTabWrites(null);
		expect(quiz.get().answers).toEqual({});
		expect(remember.get()).toBe(false);
		expect(session.getItem(STORAGE_KEY)).toBeNull();
		answer({ id: 'b', value: 'agree' });
		expect(local.getItem(STORAGE_KEY)).toBeNull();
		expect(session.getItem(STORAGE_KEY)).toContain('"b":"agree"');
	});

	it('ignores what is not valid, other keys and sessionStorage', async () => {
		await start();
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
		await settled();
		expect(quiz.get().answers).toEqual({ a: 'agree' });
		expect(notice.get()).toBeNull();
	});

	it('a change overtaken by a newer one while the validator loads is dropped', async () => {
		let loaded!: () => void;
		await start(() => new Promise((resolve) => (loaded = () => resolve(stored))));
		otherTabWrites(kept({ answers: { a: 'agree' }, important: [] }));
		otherTabWrites(null);
		loaded();
		await settled();
		expect(quiz.get().answers).toEqual({});
		expect(remember.get()).toBe(false);
	});

	it('stops following when stopped', async () => {
		await start();
		stop?.();
		otherTabWrites(kept({ answers: { a: 'agree' }, important: [] }));
		await settled();
		expect(quiz.get().answers).toEqual({});
	});
});
