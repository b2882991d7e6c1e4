/**
 * Every language has every message, in the same shape: a page in English must never fall back to
 * nothing. The type check enforces it (`satisfies Messages[area]` in each module, and the
 * `@ts-expect-error` lines below prove that a missing message is an error); this test says the
 * same at run time, naming the message, and checks that functions take the same arguments.
 */
import { describe, expect, it } from 'vitest';
import enCommon from './en/common';
import enError from './en/error';
import enImportant from './en/important';
import enList from './en/list';
import enMeta from './en/meta';
import enMethod from './en/method';
import enResult from './en/result';
import enShare from './en/share';
import enShared from './en/shared';
import enSharing from './en/sharing';
import enStart from './en/start';
import enStatement from './en/statement';
import nlCommon from './nl/common';
import nlError from './nl/error';
import nlImportant from './nl/important';
import nlList from './nl/list';
import nlMeta from './nl/meta';
import nlMethod from './nl/method';
import nlResult from './nl/result';
import nlShare from './nl/share';
import nlShared from './nl/shared';
import nlSharing from './nl/sharing';
import nlStart from './nl/start';
import nlStatement from './nl/statement';
import type { Messages } from './types';

const nl: Messages = {
	common: nlCommon,
	error: nlError,
	important: nlImportant,
	list: nlList,
	meta: nlMeta,
	method: nlMethod,
	result: nlResult,
	share: nlShare,
	shared: nlShared,
	sharing: nlSharing,
	start: nlStart,
	statement: nlStatement
};
const en: Messages = {
	common: enCommon,
	error: enError,
	important: enImportant,
	list: enList,
	meta: enMeta,
	method: enMethod,
	result: enResult,
	share: enShare,
	shared: enShared,
	sharing: enSharing,
	start: enStart,
	statement: enStatement
};

/** Every message's path with what it is: a text, a function of n arguments, or a list of n. */
function shape(value: unknown, path = ''): string[] {
	if (typeof value === 'string') return [`${path}: text`];
	if (typeof value === 'function') return [`${path}: function(${value.length})`];
	if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
	return Object.entries(value as object).flatMap(([key, inner]) =>
		shape(inner, path ? `${path}.${key}` : key)
	);
}

describe('the English messages match the Dutch', () => {
	it.each(Object.keys(nl) as (keyof Messages)[])('%s', (area) => {
		expect(shape(en[area])).toEqual(shape(nl[area]));
	});

	it('no English message is left empty or in Dutch by mistake', () => {
		const texts = shape(en).length;
		expect(texts).toBeGreaterThan(100);
		for (const area of Object.keys(en) as (keyof Messages)[]) {
			for (const [key, value] of Object.entries(en[area])) {
				if (typeof value === 'string') expect(value.trim(), `${area}.${key}`).not.toBe('');
			}
		}
		expect(en.common.lang).toBe('en');
		expect(en.start.button).not.toBe(nl.start.button);
	});
});

// Compile-time: a language that lacks a message, or has a misspelt one, does not type-check.
// (svelte-check fails on an unused @ts-expect-error, so these lines prove the errors happen.)
// @ts-expect-error: "skipLink" is missing
({}) as Omit<typeof enCommon, 'skipLink'> satisfies Messages['common'];
// @ts-expect-error: "skiplink" is no message
({ ...enCommon, skiplink: 'Skip' }) satisfies Messages['common'];
