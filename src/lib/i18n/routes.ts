/**
 * Where each page is in each language: Dutch at the root, so every link made before English
 * existed keeps working, English under /en with English words. A statement's address ends in its
 * id in both. One table for the pages' links (`pathsFor`), the language switch and the `hreflang`
 * alternates (`counterpart`), so they cannot disagree. (Kept small: every page loads it.)
 */
import { CHANGE_PARAM, type Lang, type Paths } from './types';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/** Each page's first path segment in Dutch and in English; a statement's id follows its own. */
const PAGES = {
	statement: ['stelling', 'statement'],
	important: ['belangrijk', 'important'],
	result: ['uitslag', 'result'],
	shared: ['gedeeld', 'shared'],
	method: ['verantwoording', 'method'],
	openData: ['statements.json', 'statements.json']
} as const;
type Page = keyof typeof PAGES;

const column = (lang: Lang) => (lang === 'nl' ? 0 : 1);
const root = (lang: Lang) => (lang === 'nl' ? '' : '/en');
const at = (lang: Lang, page: Page) => `${root(lang)}/${PAGES[page][column(lang)]}`;

/** The language an address is in. */
export function langOf(pathname: string): Lang {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'nl';
}

export function pathsFor(lang: Lang): Paths {
	const statement = (id: string) => `${at(lang, 'statement')}/${encodeURIComponent(id)}`;
	return {
		start: root(lang) || '/',
		statement,
		change: (id) => `${statement(id)}?${CHANGE_PARAM}=${PAGES.result[column(lang)]}`,
		important: at(lang, 'important'),
		result: at(lang, 'result'),
		shared: at(lang, 'shared'),
		method: at(lang, 'method'),
		openData: at(lang, 'openData'),
		openDataSchema: '/statements.schema.json'
	};
}

/**
 * The same page in another language: `/stelling/x` and `/en/statement/x`, `/uitslag` and
 * `/en/result`. An address that is no page of ours goes to the other language's start.
 */
export function counterpart({ pathname, to }: { pathname: string; to: Lang }): string {
	const from = langOf(pathname);
	const [segment, id, ...rest] = pathname
		.slice(root(from).length)
		.split('/')
		.filter((part) => part !== '');
	const page = (Object.keys(PAGES) as Page[]).find((p) => PAGES[p][column(from)] === segment);
	// A statement has an id after its segment; no other page has anything.
	const whole = page && rest.length === 0 && (page === 'statement') === (id !== undefined);
	if (!whole) return root(to) || '/';
	return id === undefined ? at(to, page) : `${at(to, page)}/${id}`;
}
