import { describe, expect, it } from 'vitest';
import { counterpart, langOf, pathsFor } from './routes';

describe('the same page in the other language', () => {
	it.each([
		['the start', '/', '/en'],
		['a statement, by its id', '/stelling/noodhulp', '/en/statement/noodhulp'],
		['the importance step', '/belangrijk', '/en/important'],
		['the result', '/uitslag', '/en/result'],
		[
			'a shared result (its code is in the #fragment, kept by the caller)',
			'/gedeeld',
			'/en/shared'
		],
		['the method page', '/verantwoording', '/en/method'],
		['the open data', '/statements.json', '/en/statements.json'],
		['a trailing slash', '/uitslag/', '/en/result'],
		['an address that is no page: the start', '/bestaat-niet', '/en']
	])('%s', (_case, dutch, english) => {
		expect(counterpart({ pathname: dutch, to: 'en' })).toBe(english);
		if (!_case.startsWith('a trailing') && !_case.startsWith('an address')) {
			expect(counterpart({ pathname: english, to: 'nl' })).toBe(dutch);
		}
	});

	it('to its own language, a page stays where it is', () => {
		expect(counterpart({ pathname: '/en/statement/noodhulp', to: 'en' })).toBe(
			'/en/statement/noodhulp'
		);
		expect(counterpart({ pathname: '/uitslag', to: 'nl' })).toBe('/uitslag');
	});

	it('knows the language of an address, and only /en and below are English', () => {
		expect(['/', '/stelling/x', '/enquete', '/en', '/en/result'].map(langOf)).toEqual([
			'nl',
			'nl',
			'nl',
			'en',
			'en'
		]);
	});

	it('every page of one language has its counterpart among the other language’s paths', () => {
		const nl = pathsFor('nl');
		const en = pathsFor('en');
		for (const key of ['start', 'important', 'result', 'shared', 'method', 'openData'] as const) {
			expect(counterpart({ pathname: nl[key], to: 'en' })).toBe(en[key]);
		}
		expect(counterpart({ pathname: nl.statement('x'), to: 'en' })).toBe(en.statement('x'));
		expect(en.change('x')).toBe('/en/statement/x?terug=result');
	});
});
