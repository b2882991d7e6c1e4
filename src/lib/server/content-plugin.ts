/**
 * Hands the quiz content to the app as modules, read from `statements/` through Vite, so that:
 * - `npm run build` stops on a bad content file with one line per problem (file, line, statement,
 *   field), printed once and without a stack trace;
 * - `npm run dev` shows an edit to `statements/` on the next page load, without a restart;
 * - the browser gets the content in hashed, cached JavaScript, once for the whole site, split by
 *   what pages need: `virtual:content/core` (every page), `virtual:content/texts` (the
 *   statements' sentences, for the pages that show them) and `virtual:content/details`
 *   (explanations, quotes and alternatives, loaded when a voter first opens one).
 * The sentences, explanations and quotes come with their glossary terms marked (see
 * $lib/glossary/marks); `virtual:content/glossary` holds what the terms mean, loaded on the first
 * tap on one.
 * `virtual:content/open-data` is the whole set, for the build-time routes that publish it;
 * `virtual:content/changelog` the versions, for the method page; `virtual:content/site` who
 * publishes the site and where to report an error (build settings PUBLISHER and REPORT_URL).
 *
 * Relative imports only: vite.config.ts loads this file, outside SvelteKit's aliases.
 */
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type {
	Content,
	ContentCore,
	ContentDetails,
	ContentIntros,
	ContentTexts,
	GlossaryExplanations
} from '../content/schema';
import { mark, termsIn, type TermForms } from '../glossary/terms.ts';
import { ContentError, loadContent } from './content.ts';
import { loadTranslation, TRANSLATIONS } from './translation.ts';

type Language = 'nl' | (typeof TRANSLATIONS)[number];

const PREFIX = 'virtual:content/';
const MODULES = {
	core: (c: Content): ContentCore => ({
		programme: c.programme,
		version: c.version,
		themes: c.themes.map(({ id, title }) => ({ id, title })),
		fingerprint: c.fingerprint,
		statements: c.statements.map(({ id, theme, title, stance }) => ({ id, theme, title, stance }))
	}),
	intros: (c: Content): ContentIntros => Object.fromEntries(c.themes.map((t) => [t.id, t.intro])),
	texts: (c: Content): ContentTexts =>
		Object.fromEntries(
			c.statements.map(({ id, statement }) => [id, mark({ text: statement, forms: places(c) })])
		),
	details: (c: Content): ContentDetails =>
		Object.fromEntries(
			c.statements.map(({ id, statement, explanation, source, alternative }) => {
				const forms = places(c);
				// An explanation explains the statement's hard words itself: no buttons for those.
				const skip = termsIn({ text: statement, forms });
				// The glossary is in the content's language: it marks the Dutch quote, or in a
				// translation the quote's translation (the quote itself then shows as BIJ1 wrote it).
				const marked =
					source.translation === undefined
						? { ...source, quote: mark({ text: source.quote, forms }) }
						: { ...source, translation: mark({ text: source.translation, forms }) };
				return [
					id,
					{
						explanation: mark({ text: explanation, forms, skip }),
						source: marked,
						...(alternative === undefined ? {} : { alternative })
					}
				];
			})
		),
	glossary: (c: Content): GlossaryExplanations => c.glossary.map((t) => t.explanation),
	'open-data': (c: Content): Content => c,
	changelog: (c: Content) => c.changelog,
	/** What the method page shows of every reverse-keyed statement: the real position it states. */
	reverse: (c: Content): ReverseStatement[] =>
		c.statements
			.filter((s) => s.stance === 'disagree')
			.map(({ id, statement, alternative }) => ({ id, statement, alternative: alternative ?? '' })),
	site: (): Site => ({
		// Without a setting, each language names the open-source project in its own words.
		publisher: process.env.PUBLISHER?.trim() || null,
		reportUrl: process.env.REPORT_URL?.trim() || null
	})
} as const;

/** Each glossary form mapped to its term's place in the glossary: how the pages know a term. */
const places = (c: Content): TermForms =>
	Object.fromEntries(c.glossary.flatMap((t, i) => t.forms.map((form) => [form, String(i)])));

export type Site = { publisher: string | null; reportUrl: string | null };
export type ReverseStatement = { id: string; statement: string; alternative: string };

/**
 * `virtual:content/<name>` is the Dutch content, `virtual:content/<language>/<name>` a
 * translation of it (statements/i18n/<language>.yaml).
 */
const ID = new RegExp(`^${PREFIX}(?:(${TRANSLATIONS.join('|')})/)?([a-z-]+)$`);

export function contentPlugin(): Plugin {
	let root = process.cwd();
	let building = false;
	// Each language is read when first asked for, so that a page, a test or a dev server that needs
	// only Dutch does not depend on the translations; the build asks for all of them at its start.
	let cached: Partial<Record<Language, Content>> = {};
	const read = (language: Language): Content => {
		const found = cached[language];
		if (found) return found;
		const nl = (cached.nl ??= loadContent({ root, drafting: !building }));
		if (language === 'nl') return nl;
		return (cached[language] = loadTranslation({
			root,
			content: nl,
			language,
			drafting: !building
		}));
	};

	return {
		name: 'ben-jij-bij1:content',
		configResolved(config) {
			root = config.root;
			building = config.command === 'build';
		},
		buildStart() {
			if (!building) return;
			try {
				for (const language of ['nl', ...TRANSLATIONS] as const) read(language);
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				// For editors: the problems and nothing else. A thrown error would come with Vite's and
				// Node's stack traces, once per build step.
				console.error(`\n${error.message}\n`);
				process.exit(1);
			}
		},
		resolveId(id) {
			const [, , name] = ID.exec(id) ?? [];
			if (name && name in MODULES) return `\0${id}`;
		},
		load(id) {
			const [, language = 'nl', name] = ID.exec(id.slice(1)) ?? [];
			if (!id.startsWith('\0') || !name) return;
			const content = read(language as Language);
			return `export default ${JSON.stringify(MODULES[name as keyof typeof MODULES](content))};`;
		},
		configureServer(server: ViteDevServer) {
			const dir = resolve(root, 'statements');
			server.watcher.add(dir);
			const changed = (file: string) => {
				if (!resolve(file).startsWith(join(dir, '/'))) return;
				cached = {};
				for (const environment of Object.values(server.environments)) {
					for (const module of environment.moduleGraph.idToModuleMap.values()) {
						if (module.id?.startsWith(`\0${PREFIX}`)) {
							environment.moduleGraph.invalidateModule(module);
						}
					}
				}
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('change', changed);
			server.watcher.on('add', changed);
			server.watcher.on('unlink', changed);
		}
	};
}
