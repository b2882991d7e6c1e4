import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeStored, STORAGE_KEY, startPersistence } from './persist';
import { decodeStored } from './stored';
import { notice, quiz, remember, ready, answer, dismissNotice, erase, setRemember } from './state';

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

async function start() {
	stop = await startPersistence({ session, local, fingerprint: FP, statementIds: IDS });
}

beforeEach(() => {
	session = new MemoryStorage();
	local = new MemoryStorage();
	erase();
	dismissNotice();
	ready.set(false);
});
afterEach(() => stop?.());

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
