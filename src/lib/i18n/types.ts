/**
 * The shape of every UI text, taken from the Dutch messages (the source language). Another
 * language's messages must `satisfies` the same shape, so a missing or misspelt message fails the
 * type check. Each area is its own module, and a page ships only the areas it uses, in its own
 * language.
 */
import type common from './nl/common';
import type error from './nl/error';
import type important from './nl/important';
import type list from './nl/list';
import type meta from './nl/meta';
import type method from './nl/method';
import type result from './nl/result';
import type share from './nl/share';
import type sharing from './nl/sharing';
import type shared from './nl/shared';
import type start from './nl/start';
import type statement from './nl/statement';

export type Lang = 'nl' | 'en';

/** Literal string types widened to string, so a translation may say something else. */
export type Translation<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Translation<R>
		: T extends readonly (infer U)[]
			? readonly Translation<U>[]
			: { readonly [K in keyof T]: Translation<T[K]> };

export type Messages = {
	common: Translation<typeof common>;
	start: Translation<typeof start>;
	statement: Translation<typeof statement>;
	important: Translation<typeof important>;
	result: Translation<typeof result>;
	list: Translation<typeof list>;
	share: Translation<typeof share>;
	sharing: Translation<typeof sharing>;
	shared: Translation<typeof shared>;
	error: Translation<typeof error>;
	method: Translation<typeof method>;
	meta: Translation<typeof meta>;
};

/** Where a language's pages are: the same pages, each language at its own addresses. */
export type Paths = {
	start: string;
	statement: (id: string) => string;
	/** The statement page, to change an answer and come straight back to the result. */
	change: (id: string) => string;
	important: string;
	result: string;
	shared: string;
	method: string;
	/** The open data: the statements, and the JSON Schema that describes them. */
	openData: string;
	openDataSchema: string;
};

/** The query that brings a voter back to the result after changing an answer. */
export const CHANGE_PARAM = 'terug';
