import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ContentSchema } from '$lib/content/schema';
import {
	ContentError,
	GLOSSARY_FILE,
	loadContent,
	parseContent,
	RULES,
	sentences,
	SOURCE_FILE,
	type ContentFile
} from './content';
import { parseMeasures } from './programme';

const dir = join(process.cwd(), 'statements');
const sourceText = readFileSync(join(dir, SOURCE_FILE), 'utf8');
const programme: ContentFile = {
	path: 'statements/programme.yaml',
	text: readFileSync(join(dir, 'programme.yaml'), 'utf8')
};
const changelog: ContentFile = {
	path: 'statements/CHANGELOG.md',
	text: readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')
};
const files: ContentFile[] = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml') && f !== 'programme.yaml' && f !== GLOSSARY_FILE)
	.sort()
	.map((f) => ({ path: `statements/${f}`, text: readFileSync(join(dir, f), 'utf8') }));

type RawStatement = Record<string, unknown> & { id: string; source: Record<string, unknown> };
type Mutation = (statements: RawStatement[][]) => void;

/** Parses the real content after `mutate` changed the raw statement files. */
function parseMutated(mutate: Mutation) {
	const raw = files.map((f) => (parse(f.text) as { statements: RawStatement[] }).statements);
	mutate(raw);
	return parseContent({
		programme,
		statementFiles: files.map((f, i) => ({
			path: f.path,
			text: stringify({ statements: raw[i] })
		})),
		changelog,
		sourceText
	});
}

function problemsOf(mutate: Mutation): string[] {
	try {
		parseMutated(mutate);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected the content to be rejected');
}

const first = (s: RawStatement[][]) => s[0]![0]!;
const firstFile = files[0]!.path;

describe('the real content', () => {
	const content = loadContent();

	it('is valid against the published schema', () => {
		expect(() => ContentSchema.parse(content)).not.toThrow();
	});

	it('has 24 statements, one per measure, in programme order', () => {
		const measures = parseMeasures(sourceText);
		expect(measures).toHaveLength(24);
		expect(content.statements.map((s) => [s.source.section, s.source.number])).toEqual(
			measures.map((m) => [m.section, m.number])
		);
	});

	it('names BIJ1, the chapter and its date', () => {
		expect(content.programme).toEqual({
			party: 'BIJ1',
			chapter: 'Internationale samenwerking',
			published: '2021-01-12'
		});
		expect(content.themes.map((t) => t.title)).toEqual([
			'Economische rechtvaardigheid',
			'Mensenrechten en verduurzaming',
			'Internationale rechtvaardigheid'
		]);
	});

	it('mixes polarity: at least 6 disagree, each with its alternative, both kinds per theme', () => {
		const disagree = content.statements.filter((s) => s.stance === 'disagree');
		expect(disagree.length).toBeGreaterThanOrEqual(RULES.minDisagree);
		expect(RULES.minDisagree).toBe(6);
		for (const s of content.statements) {
			expect(s.alternative === undefined, s.id).toBe(s.stance === 'agree');
		}
		for (const theme of content.themes) {
			const stances = new Set(
				content.statements.filter((s) => s.theme === theme.id).map((s) => s.stance)
			);
			expect(stances, theme.id).toEqual(new Set(['agree', 'disagree']));
		}
		const negated = content.statements.filter((s) => RULES.negation.test(s.statement));
		expect(negated.length).toBeLessThanOrEqual(3);
	});

	it('keeps statements to one sentence and explanations to one to three', () => {
		for (const s of content.statements) {
			expect(sentences(s.statement), s.id).toHaveLength(1);
			expect(sentences(s.explanation).length, s.id).toBeGreaterThanOrEqual(1);
			expect(sentences(s.explanation).length, s.id).toBeLessThanOrEqual(3);
		}
	});

	it('has a version, the newest in the changelog, with the fingerprint of these statements', () => {
		const [latest, ...older] = content.changelog;
		expect(content.version).toEqual({ number: latest!.number, date: latest!.date });
		expect(latest!.fingerprint).toBe(content.fingerprint);
		expect(latest!.notes).toContain('schulden-kwijtschelden');
		// The first edition stays known, so its links and remembered answers are another version.
		expect(older.map((v) => [v.number, v.fingerprint])).toContainEqual([1, '462b85b4']);
	});
});

describe('sentences', () => {
	it.each([
		['Een zin.', 1],
		['Een zin. Nog een zin.', 2],
		['Zoals o.a. de VN zegt.', 1],
		['Het kost 0,7%. In 2020 minder.', 2],
		['Een zin met ‘aanhalingstekens’. ‘Tweede’ zin.', 2]
	])('"%s" has %i', (text, count) => {
		expect(sentences(text)).toHaveLength(count);
	});
});

describe('broken content fails with a message naming file, statement and field', () => {
	it('unknown theme', () => {
		let id = '';
		const problems = problemsOf((s) => {
			id = first(s).id;
			first(s).theme = 'klimaat';
		});
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^${firstFile}:\\d+: statement "${id}" › theme: unknown theme "klimaat", expected one of`
				)
			)
		);
	});

	it('duplicate id', () => {
		const problems = problemsOf((s) => (s[1]![0]!.id = first(s).id));
		expect(problems.join('\n')).toMatch(/› id: duplicate, also used in statements\//);
	});

	it('bad stance', () => {
		let id = '';
		const problems = problemsOf((s) => {
			id = first(s).id;
			first(s).stance = 'maybe';
		});
		expect(problems).toContainEqual(
			expect.stringMatching(
				`^${firstFile}:\\d+: statement "${id}" › stance: Invalid option: expected one of "agree"\\|"disagree"$`
			)
		);
	});

	it('overlong statement', () => {
		const problems = problemsOf((s) => (first(s).statement = 'Nederland '.repeat(17)));
		expect(problems.join('\n')).toMatch(/› statement: expected at most 160 characters/);
	});

	it('title of more than five words', () => {
		const problems = problemsOf((s) => (first(s).title = 'een twee drie vier vijf zes'));
		expect(problems.join('\n')).toMatch(/› title: expected 2 to 5 words/);
	});

	it('missing field', () => {
		const problems = problemsOf((s) => delete first(s).explanation);
		expect(problems.join('\n')).toMatch(/› explanation: Invalid input/);
	});

	it('quote that is not verbatim in the programme', () => {
		const problems = problemsOf(
			(s) => (first(s).source.quote = String(first(s).source.quote).replace('landen', 'Landen'))
		);
		expect(problems.join('\n')).toMatch(
			/› source.quote: not verbatim measure Economische rechtvaardigheid 1; from character \d+ the quote reads "…[^"]*Landen[^"]*" where the programme reads "…[^"]*landen[^"]*"/
		);
	});

	it('a quote that differs only in line breaks and spaces is accepted', () => {
		expect(() =>
			parseMutated(
				(s) => (first(s).source.quote = String(first(s).source.quote).replaceAll(' ', '\n   '))
			)
		).not.toThrow();
	});

	it('a measure left uncovered', () => {
		const problems = problemsOf((s) => s[0]!.shift());
		expect(problems.join('\n')).toMatch(/measure Economische rechtvaardigheid 1 is not covered/);
	});

	it('a measure covered twice', () => {
		const problems = problemsOf((s) => {
			const copy = structuredClone(first(s));
			copy.id = 'dubbel';
			copy.title = 'Een dubbele stelling';
			s[0]!.push(copy);
		});
		expect(problems.join('\n')).toMatch(
			/statement "dubbel" › source: measure Economische rechtvaardigheid 1 is already covered by statement "/
		);
	});

	it('too few statements BIJ1 disagrees with', () => {
		const problems = problemsOf((s) => s.flat().forEach((x) => (x.stance = 'agree')));
		expect(problems.join('\n')).toMatch(/statements are phrased so BIJ1 disagrees; at least 6/);
		expect(problems.join('\n')).toMatch(/needs statements of both stances/);
	});

	it('a reverse-keyed statement without its alternative, and an agree one with one', () => {
		const problems = problemsOf((s) => {
			const [agree, disagree] = [
				s.flat().find((x) => x.stance === 'agree')!,
				s.flat().find((x) => x.stance === 'disagree')!
			];
			agree.alternative = 'Een standpunt.';
			delete disagree.alternative;
		});
		expect(problems.join('\n')).toMatch(/› alternative: required where stance is "disagree"/);
		expect(problems.join('\n')).toMatch(/› alternative: only for stance "disagree"/);
	});

	it.each([
		['two sentences', 'Nederland moet dit doen. En dat ook.'],
		['no full stop, as when " #" cut it off in YAML', 'Nederland moet dit doen'],
		['a question', 'Moet Nederland dit doen?']
	])('a statement that is not one sentence ending in ".": %s', (_name, statement) => {
		const problems = problemsOf((s) => (first(s).statement = statement));
		expect(problems.join('\n')).toMatch(/› statement: expected one sentence ending in "\."/);
	});

	it('an explanation of four sentences', () => {
		const problems = problemsOf((s) => (first(s).explanation = 'Een. Twee. Drie. Vier.'));
		expect(problems.join('\n')).toMatch(/› explanation: expected one to 3 sentences, .*found 4/);
	});

	it('each problem is one line, naming the line of its field in the file as written', () => {
		const text = files[0]!.text
			.replace(/stance: (agree|disagree)/, 'stance: maybe')
			.replace(/title: .*/, 'title: een twee drie vier vijf zes');
		let problems: string[] = [];
		try {
			parseContent({
				programme,
				statementFiles: [{ path: files[0]!.path, text }, ...files.slice(1)],
				changelog,
				sourceText
			});
		} catch (error) {
			problems = (error as ContentError).problems;
		}
		const lines = text.split('\n');
		for (const [field, pattern] of [
			['stance', /^\s*stance: maybe$/],
			['title', /^\s*title: een twee/]
		] as const) {
			const problem = problems.find((p) => p.includes(`› ${field}:`))!;
			expect(problem, field).toBeDefined();
			expect(problem).not.toContain('\n');
			const line = Number(/^[^:]+:(\d+):/.exec(problem)![1]);
			expect(lines[line - 1], problem).toMatch(pattern);
		}
	});

	it('a brace, which the site uses to mark glossary words', () => {
		expect(
			problemsOf((s) => {
				first(s).explanation = 'Een {uitleg} met accolades.';
			})
		).toContainEqual(expect.stringMatching(/explanation: contains "\{" or "\}"/));
	});

	it('too many negations', () => {
		const problems = problemsOf((s) =>
			s[2]!.slice(0, 4).forEach((x) => (x.statement = 'Nederland doet dit niet.'))
		);
		expect(problems.join('\n')).toMatch(/use "niet", "geen" or "nooit" .*; at most 3 may/);
	});

	it('invalid YAML names the file', () => {
		expect(() =>
			parseContent({
				programme,
				statementFiles: [{ path: 'statements/kapot.yaml', text: 'statements: [unclosed' }],
				changelog,
				sourceText
			})
		).toThrow(/statements\/kapot\.yaml:1: not valid YAML/);
	});

	it('a theme title that is not a section heading', () => {
		expect(() =>
			parseContent({
				programme: {
					...programme,
					text: programme.text.replace('title: Economische rechtvaardigheid', 'title: Economie')
				},
				statementFiles: files,
				changelog,
				sourceText
			})
		).toThrow(/theme "[a-z]+" › title: "Economie" is not a section heading/);
	});
});

describe('the glossary: every entry used, each form once, no explanation in circles', () => {
	const glossary = (terms: unknown[]) =>
		parseContent({
			programme,
			statementFiles: files,
			changelog,
			sourceText,
			glossary: { path: 'statements/glossary.yaml', text: stringify({ terms }) }
		});
	const problems = (terms: unknown[]) => {
		try {
			glossary(terms);
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return (error as ContentError).problems;
		}
		throw new Error('expected the glossary to be rejected');
	};
	const term = (id: string, forms: string[], explanation = 'Een woord.') => ({
		id,
		forms,
		explanation
	});
	// Both stand in the real statements, explanations or quotes.
	const vn = term('vn', ['vn'], 'De organisatie waarin bijna alle landen samenwerken.');
	const oeso = term('oeso', ['oeso'], 'Een club van rijke landen.');

	it('a good glossary is published with the content', () => {
		expect(glossary([vn, oeso]).glossary).toEqual([vn, oeso]);
	});

	it.each([
		[
			'an unused entry',
			[vn, term('ruimtevaart', ['ruimtevaart'])],
			/term "ruimtevaart": none of its forms \("ruimtevaart"\) stands/
		],
		['an id twice', [vn, { ...oeso, id: 'vn' }], /term "vn" › id: defined twice/],
		[
			'a form in two terms',
			[vn, term('verenigde', ['vn'])],
			/term "verenigde" › forms: "vn" is also a form of term "vn"/
		],
		['a form in capitals', [term('vn', ['VN'])], /term "vn" › forms\.0: expected lowercase/],
		[
			'an explanation of three sentences',
			[term('vn', ['vn'], 'Een. Twee. Drie.')],
			/term "vn" › explanation: expected one or 2 sentences/
		],
		[
			'an explanation with its own term',
			[term('vn', ['vn'], 'De VN is de VN.')],
			/term "vn" › explanation: explains the term with itself/
		],
		[
			'two explanations leaning on each other',
			[
				term('vn', ['vn'], 'Een groep zoals de OESO.'),
				term('oeso', ['oeso'], 'Een groep zoals de VN.')
			],
			/term "vn" › explanation: circular: vn → oeso → vn/
		]
	])('%s fails, naming the line of the term', (_case, terms, message) => {
		const found = problems(terms);
		expect(found.join('\n')).toMatch(message);
		expect(found.every((p) => /^statements\/glossary\.yaml:\d+: term /.test(p))).toBe(true);
	});

	it('an explanation may use another term that does not lead back', () => {
		const oesoUsesVn = term('oeso', ['oeso'], 'Een groep landen, naast de VN.');
		expect(() => glossary([vn, oesoUsesVn])).not.toThrow();
	});
});

describe('the changelog: every wording change is a new, visible version', () => {
	const withChangelog = (text: string) => () =>
		parseContent({
			programme,
			statementFiles: files,
			changelog: { ...changelog, text },
			sourceText
		});

	it('a changed statement without a new version fails, saying which line to add', () => {
		const text = changelog.text.replace(/Vingerafdruk: [0-9a-f]{8}/, 'Vingerafdruk: 0000aaaa');
		expect(withChangelog(text)).toThrow(
			/CHANGELOG\.md:\d+: the statements changed since Versie 2 \(fingerprint 0000aaaa, now [0-9a-f]{8}\): add "## Versie 3 \(YYYY-MM-DD\)" with the line "Vingerafdruk: [0-9a-f]{8}"/
		);
	});

	it('a version without its fingerprint line fails', () => {
		const text = changelog.text.replace(/Vingerafdruk: 462b85b4\n/, '');
		expect(withChangelog(text)).toThrow(/Versie 1 has no line "Vingerafdruk: xxxxxxxx"/);
	});

	it('versions out of order fail', () => {
		const text = changelog.text.replace('## Versie 1 (', '## Versie 7 (');
		expect(withChangelog(text)).toThrow(/Versie 7 comes after Versie 2/);
	});

	it('a malformed version heading fails', () => {
		const text = changelog.text.replace('## Versie 1 (2026-11-27)', '## Versie één');
		expect(withChangelog(text)).toThrow(
			/expected a heading "## Versie N \(YYYY-MM-DD\)", found "## Versie één"/
		);
	});
});

describe('loadContent reads statements/ from disk', () => {
	it('names the broken file relative to the project, as the build prints it', () => {
		const root = mkdtempSync(join(tmpdir(), 'content-'));
		try {
			cpSync(dir, join(root, 'statements'), { recursive: true });
			const file = join(root, 'statements', 'economisch.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('stance: agree', 'stance: eens'));
			expect(() => loadContent({ root })).toThrow(
				/statements\/economisch\.yaml:\d+: statement "[a-z0-9-]+" › stance: Invalid option: expected one of "agree"\|"disagree"/
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
