import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_RESPONSES } from './responses';
import {
	answer,
	dismissNotice,
	erase,
	keeping,
	keepInMemory,
	notice,
	remember,
	responses,
	restart,
	setImportant,
	setRemember,
	undo,
	undoable,
	UNDO_MS
} from './state';

beforeEach(() => {
	keeping.set('storage');
	erase();
	dismissNotice();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('quiz state actions', () => {
	it('answer records the answer by statement id; a new answer replaces the old', () => {
		answer({ id: 'a', value: 'agree' });
		answer({ id: 'b', value: 'neutral' });
		answer({ id: 'a', value: 'disagree' });
		expect(responses.get().answers).toEqual({ a: 'disagree', b: 'neutral' });
	});

	it('marks follow the one rule (see responses.test.ts)', () => {
		answer({ id: 'a', value: 'skip' });
		setImportant({ id: 'a', important: true });
		answer({ id: 'b', value: 'agree' });
		setImportant({ id: 'b', important: true });
		expect(responses.get().important).toEqual(['b']);
	});

	it('restart clears answers but keeps the opt-in to remember', () => {
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		restart();
		expect(responses.get()).toEqual(NO_RESPONSES);
		expect(remember.get()).toBe(true);
		expect(notice.get()).toBe('restarted');
	});

	it('erase clears answers and the opt-in', () => {
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		erase();
		expect(responses.get()).toEqual(NO_RESPONSES);
		expect(remember.get()).toBe(false);
		expect(notice.get()).toBe('erased');
	});

	it('without storage, remembering cannot be switched on', () => {
		keepInMemory();
		setRemember(true);
		expect(remember.get()).toBe(false);
	});
});

describe('undo of a restart or an erase', () => {
	it('brings back the answers, the marks and the opt-in', () => {
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		setImportant({ id: 'a', important: true });
		erase();
		undo();
		expect(responses.get()).toEqual({ answers: { a: 'agree' }, important: ['a'] });
		expect(remember.get()).toBe(true);
		expect(notice.get()).toBeNull();
		expect(undoable.get()).toBeNull();
	});

	it('is possible for UNDO_MS, then no longer', () => {
		vi.useFakeTimers();
		answer({ id: 'a', value: 'agree' });
		restart();
		vi.advanceTimersByTime(UNDO_MS - 1);
		expect(undoable.get()).not.toBeNull();
		vi.advanceTimersByTime(1);
		expect(undoable.get()).toBeNull();
		undo();
		expect(responses.get()).toEqual(NO_RESPONSES);
	});

	it('ends with a new answer, so an undo never throws away what was done since', () => {
		answer({ id: 'a', value: 'agree' });
		restart();
		answer({ id: 'b', value: 'neutral' });
		undo();
		expect(responses.get().answers).toEqual({ b: 'neutral' });
	});
});
