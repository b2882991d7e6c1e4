import { describe, expect, it } from 'vitest';
import {
	firstUnanswered,
	isConsistent,
	isImportant,
	NO_RESPONSES,
	opinionCount,
	withAnswer,
	withImportant,
	type Responses
} from './responses';

const r = (answers: Responses['answers'], important: string[] = []): Responses => ({
	answers,
	important
});

describe('the rule: only a statement answered with an opinion can be important', () => {
	const cases: [string, Responses, string, boolean][] = [
		['agree and marked', r({ a: 'agree' }, ['a']), 'a', true],
		['neutral and marked: neutral is an opinion', r({ a: 'neutral' }, ['a']), 'a', true],
		['skipped and marked', r({ a: 'skip' }, ['a']), 'a', false],
		['unreached and marked', r({}, ['a']), 'a', false],
		['answered, not marked', r({ a: 'disagree' }), 'a', false]
	];
	it.each(cases)('%s → %s', (_name, responses, id, expected) => {
		expect(isImportant(responses, id)).toBe(expected);
	});

	it('marking a skipped or unreached statement changes nothing', () => {
		const skipped = r({ a: 'skip' });
		expect(withImportant(skipped, { id: 'a', important: true })).toBe(skipped);
		expect(withImportant(skipped, { id: 'zzz', important: true })).toBe(skipped);
	});

	it('skipping an important statement takes its mark away', () => {
		const marked = withImportant(r({ a: 'agree' }), { id: 'a', important: true });
		expect(marked.important).toEqual(['a']);
		expect(withAnswer(marked, { id: 'a', answer: 'skip' }).important).toEqual([]);
	});

	it('changing an opinion keeps its mark; marking twice keeps one', () => {
		let responses = withImportant(r({ a: 'agree' }), { id: 'a', important: true });
		responses = withImportant(responses, { id: 'a', important: true });
		responses = withAnswer(responses, { id: 'a', answer: 'disagree' });
		expect(responses).toEqual(r({ a: 'disagree' }, ['a']));
		expect(withImportant(responses, { id: 'a', important: false }).important).toEqual([]);
	});
});

describe('isConsistent: what a reader accepts from storage or a link', () => {
	const ids = ['a', 'b'];
	const cases: [string, Responses, boolean][] = [
		['nothing at all', NO_RESPONSES, true],
		['known answers with a mark on an opinion', r({ a: 'agree', b: 'skip' }, ['a']), true],
		['an answer to an unknown statement', r({ x: 'agree' }), false],
		['a mark on a skipped statement', r({ a: 'skip' }, ['a']), false],
		['a mark on an unreached statement', r({}, ['b']), false],
		['the same mark twice', r({ a: 'agree' }, ['a', 'a']), false]
	];
	it.each(cases)('%s → %s', (_name, responses, expected) => {
		expect(isConsistent({ responses, statementIds: ids })).toBe(expected);
	});
});

describe('counting and resuming', () => {
	it('counts opinions only, among the given statements', () => {
		const responses = r({ a: 'agree', b: 'skip', c: 'neutral', old: 'agree' });
		expect(opinionCount({ responses, statementIds: ['a', 'b', 'c', 'd'] })).toBe(2);
	});

	it('resumes at the first statement without an answer; skipped counts as answered', () => {
		const responses = r({ a: 'skip', b: 'agree' });
		expect(firstUnanswered({ responses, statementIds: ['a', 'b', 'c'] })).toBe('c');
		expect(firstUnanswered({ responses, statementIds: ['a', 'b'] })).toBeUndefined();
	});

	it('the empty responses cannot be changed in place, so every start over is really empty', () => {
		expect(Object.isFrozen(NO_RESPONSES)).toBe(true);
		expect(Object.isFrozen(NO_RESPONSES.answers)).toBe(true);
		expect(Object.isFrozen(NO_RESPONSES.important)).toBe(true);
	});
});
