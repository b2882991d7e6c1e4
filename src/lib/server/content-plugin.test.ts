import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentPlugin } from './content-plugin';

/** A copy of statements/ in a temporary project root, to break without harm. */
let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'content-plugin-'));
	cpSync(join(process.cwd(), 'statements'), join(root, 'statements'), { recursive: true });
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
	vi.restoreAllMocks();
	vi.unstubAllEnvs();
});

type Hooks = {
	configResolved: (config: { root: string; command: 'build' | 'serve' }) => void;
	buildStart: () => void;
	resolveId: (id: string) => string | undefined;
	load: (id: string) => string | undefined;
	configureServer: (server: unknown) => void;
};
const plugin = (command: 'build' | 'serve') => {
	const p = contentPlugin() as unknown as Hooks;
	p.configResolved({ root, command });
	return p;
};
/** A module's default export, parsed back from the code the plugin generates. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const moduleOf = (p: Hooks, name: string): any => {
	const source = p.load(p.resolveId(`virtual:content/${name}`)!)!;
	return JSON.parse(source.replace(/^export default /, '').replace(/;$/, ''));
};
const breakStance = () => {
	const file = join(root, 'statements', 'economisch.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/stance: agree/, 'stance: eens'));
};

describe('the site settings of a build', () => {
	it('take PUBLISHER and REPORT_URL from the environment, trimmed', () => {
		vi.stubEnv('PUBLISHER', '  Stichting Voorbeeld ');
		vi.stubEnv('REPORT_URL', 'https://example.org/fouten');
		expect(moduleOf(plugin('build'), 'site')).toEqual({
			publisher: 'Stichting Voorbeeld',
			reportUrl: 'https://example.org/fouten'
		});
	});

	it('without them, name no publisher (each language names the open-source project) and no report address', () => {
		vi.stubEnv('PUBLISHER', '');
		vi.stubEnv('REPORT_URL', ' ');
		expect(moduleOf(plugin('build'), 'site')).toEqual({ publisher: null, reportUrl: null });
	});
});

describe('the content plugin', () => {
	it('serves the core to every page and the details on demand', () => {
		const p = plugin('build');
		const core = moduleOf(p, 'core');
		const details = moduleOf(p, 'details');
		const texts = moduleOf(p, 'texts');
		expect(core.statements).toHaveLength(24);
		expect(Object.keys(core.statements[0]).sort()).toEqual(['id', 'stance', 'theme', 'title']);
		expect(Object.keys(texts)).toEqual(core.statements.map((s: { id: string }) => s.id));
		expect(texts[core.statements[0].id]).toMatch(/\.$/);
		expect(Object.keys(details)).toEqual(core.statements.map((s: { id: string }) => s.id));
		expect(details[core.statements[0].id].source.quote).toBeTruthy();
		expect(p.resolveId('virtual:content/unknown')).toBeUndefined();
	});

	it('marks the glossary words in sentences and quotes, and sends what they mean on demand', () => {
		writeFileSync(
			join(root, 'statements', 'glossary.yaml'),
			'terms:\n  - id: vn\n    forms: [vn, verenigde naties]\n    explanation: Een organisatie van bijna alle landen.\n'
		);
		const p = plugin('build');
		const texts = moduleOf(p, 'texts');
		expect(texts['vn-instellingen']).toBe(
			'Nederland moet meer geld en mensen inzetten om de {VN|0} en andere internationale instellingen voor mensenrechten te steunen.'
		);
		// The explanation explains the statement's own hard word: no button for it there.
		const details = moduleOf(p, 'details')['vn-instellingen'];
		expect(details.explanation).toMatch(/^De Verenigde Naties \(VN\) zijn/);
		expect(details.source.quote).toMatch(/\{VN\|0\}/);
		expect(moduleOf(p, 'glossary')).toEqual(['Een organisatie van bijna alle landen.']);
		expect(moduleOf(p, 'open-data').glossary).toEqual([
			{
				id: 'vn',
				forms: ['vn', 'verenigde naties'],
				explanation: 'Een organisatie van bijna alle landen.'
			}
		]);
	});

	it('stops a build on bad content with one line per problem, once, without a stack trace', () => {
		breakStance();
		const printed: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((...args) => void printed.push(args.join(' ')));
		const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
			throw new Error('exited');
		});
		expect(() => plugin('build').buildStart()).toThrow('exited');
		expect(exit).toHaveBeenCalledWith(1);
		expect(printed).toHaveLength(1);
		const lines = printed[0]!.trim().split('\n');
		expect(lines[0]).toBe('The quiz content has 1 problem(s):');
		expect(lines[1]).toMatch(
			/^statements\/economisch\.yaml:\d+: statement "[a-z0-9-]+" › stance: Invalid option: expected one of "agree"\|"disagree"$/
		);
		expect(printed[0]).not.toMatch(/\n\s+at /);
	});

	it('shows an edit to statements/ in the dev server on the next load, without a restart', () => {
		const p = plugin('serve');
		const listeners: Record<string, (file: string) => void> = {};
		const invalidated: string[] = [];
		const sent: unknown[] = [];
		const modules = ['\0virtual:content/core', '\0virtual:content/en/core', '/src/app.html'];
		const moduleGraph = {
			idToModuleMap: new Map(modules.map((id) => [id, { id }])),
			invalidateModule: (module: { id: string }) => void invalidated.push(module.id)
		};
		p.configureServer({
			watcher: {
				add: () => {},
				on: (event: string, fn: (file: string) => void) => (listeners[event] = fn)
			},
			environments: { client: { moduleGraph }, ssr: { moduleGraph } },
			ws: { send: (message: unknown) => void sent.push(message) }
		});
		const before = moduleOf(p, 'core').statements[0].title;
		const file = join(root, 'statements', 'economisch.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(`title: ${before}`, 'title: Een nieuwe titel')
		);
		listeners.change!(file);
		// Every content module, in every language, and nothing else.
		expect([...new Set(invalidated)]).toEqual(modules.slice(0, 2));
		expect(sent).toEqual([{ type: 'full-reload' }]);
		expect(moduleOf(p, 'core').statements[0].title).toBe('Een nieuwe titel');
		// Files elsewhere are none of its business.
		listeners.change!(join(root, 'src', 'app.html'));
		expect(sent).toHaveLength(1);
	});
});
