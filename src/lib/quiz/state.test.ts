import { beforeEach, describe, expect, it } from 'vitest';
import {
	quiz,
	remember,
	answer,
	EMPTY,
	erase,
	firstUnanswered,
	restart,
	setImportant,
	setRemember
} from './state';

beforeEach(() => {
	erase();
});

describe('quiz state actions', () => {
	it('answer records the answer by statement id', () => {
		answer({ id: 'a', value: 'agree' });
		answer({ id: 'b', value: 'neutral' });
		expect(quiz.get().answers).toEqual({ a: 'agree', b: 'neutral' });
	});

	it('changing an answer replaces it', () => {
		answer({ id: 'a', value: 'agree' });
		answer({ id: 'a', value: 'disagree' });
		expect(quiz.get().answers).toEqual({ a: 'disagree' });
	});

	it('an answered statement can be marked important and unmarked', () => {
		answer({ id: 'a', value: 'agree' });
		setImportant({ id: 'a', important: true });
		setImportant({ id: 'a', important: true });
		expect(quiz.get().important).toEqual(['a']);
		setImportant({ id: 'a', important: false });
		expect(quiz.get().important).toEqual([]);
	});

	it('a skipped or unanswered statement cannot be important', () => {
		answer({ id: 'a', value: 'skip' });
		setImportant({ id: 'a', important: true });
		setImportant({ id: 'zzz', important: true });
		expect(quiz.get().important).toEqual([]);
	});

	it('skipping an important statement drops its important mark', () => {
		answer({ id: 'a', value: 'agree' });
		setImportant({ id: 'a', important: true });
		answer({ id: 'a', value: 'skip' });
		expect(quiz.get().important).toEqual([]);
	});

	it('restart clears answers but keeps the opt-in to remember', () => {
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		restart();
		expect(quiz.get()).toEqual(EMPTY);
		expect(remember.get()).toBe(true);
	});

	it('erase clears answers and the opt-in', () => {
		setRemember(true);
		answer({ id: 'a', value: 'agree' });
		erase();
		expect(quiz.get()).toEqual(EMPTY);
		expect(remember.get()).toBe(false);
	});

	it('the empty state cannot be changed in place, so every start over is really empty', () => {
		expect(Object.isFrozen(EMPTY)).toBe(true);
		expect(Object.isFrozen(EMPTY.answers)).toBe(true);
		expect(Object.isFrozen(EMPTY.important)).toBe(true);
	});

	it('firstUnanswered finds where to resume; skipped counts as answered', () => {
		const state = { answers: { a: 'skip', b: 'agree' } as const, important: [] };
		expect(firstUnanswered({ ids: ['a', 'b', 'c'], state })).toBe('c');
		expect(firstUnanswered({ ids: ['a', 'b'], state })).toBeUndefined();
	});
});
