import { parse, stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { textHash } from '$lib/content/fingerprint';
import { ContentSchema, type Content } from '$lib/content/schema';
import { ContentError, loadContent } from './content';
import { loadTranslation, translateContent, yamlHash } from './translation';

const dutch = loadContent();
const PATH = 'statements/i18n/en.yaml';

describe('the English translation', () => {
	it('translates every text a voter reads, from the Dutch as it is now', () => {
		let english: Content | undefined;
		try {
			english = loadTranslation({ content: dutch, language: 'en' });
		} catch (error) {
			// The build's own lines, so a failure says what to fix.
			expect.fail((error as ContentError).problems?.join('\n') ?? String(error));
		}
		expect(() => ContentSchema.parse(english)).not.toThrow();
		expect(english!.language).toBe('en');
	});

	it('keeps what answers mean: ids, stances, order and fingerprint', () => {
		const english = loadTranslation({ content: dutch, language: 'en' });
		const meaning = (c: Content) =>
			c.statements.map(({ id, theme, stance }) => [id, theme, stance]);
		expect(meaning(english)).toEqual(meaning(dutch));
		expect(english.fingerprint).toBe(dutch.fingerprint);
	});

	it('keeps each quote as BIJ1 wrote it, with our translation beside it', () => {
		const english = loadTranslation({ content: dutch, language: 'en' });
		english.statements.forEach((s, i) => {
			expect(s.source.quote).toBe(dutch.statements[i]!.source.quote);
			expect(s.source.translation).toBeTruthy();
		});
		expect(english.programme.originalChapter).toBe(dutch.programme.chapter);
	});
});

/**
 * A complete translation of the real content, each text the Dutch with "EN:" before it, so the
 * tests can break one thing at a time.
 */
function fake(): Record<string, Record<string, Record<string, unknown>>> {
	// "EN:" glued to the first word, so a title keeps its number of words.
	const t = (text: string) => ({ from: textHash(text), text: `EN:${text}` });
	return {
		programme: { chapter: t(dutch.programme.chapter) },
		themes: Object.fromEntries(
			dutch.themes.map((th) => [th.id, { title: t(th.title), intro: t(th.intro) }])
		),
		statements: Object.fromEntries(
			dutch.statements.map((s) => [
				s.id,
				{
					title: t(s.title),
					statement: t(s.statement),
					explanation: t(s.explanation),
					...(s.alternative ? { alternative: t(s.alternative) } : {}),
					quote: t(s.source.quote)
				}
			])
		),
		glossary: Object.fromEntries(
			dutch.glossary.map((g) => [g.id, { forms: g.forms, explanation: t(g.explanation) }])
		)
	};
}
const translate = (data: unknown, drafting = false) =>
	translateContent({
		content: dutch,
		file: { path: PATH, text: stringify(data) },
		language: 'en',
		drafting
	});
const problems = (data: unknown) => {
	try {
		translate(data);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected the translation to be rejected');
};
const first = dutch.statements[0]!;

describe('yamlHash', () => {
	it.each([
		['5e1be005', '5e1be005'],
		['07432839', "'07432839'"],
		['12e45678', "'12e45678'"],
		['abcdef01', 'abcdef01']
	])('writes %s as %s', (hash, written) => expect(yamlHash(hash)).toBe(written));
});

describe('a translation that has not caught up fails the build, naming file, line, item and field', () => {
	it('a complete, current translation passes', () => {
		const english = translate(fake());
		expect(english.statements[0]!.statement).toBe(`EN:${first.statement}`);
	});

	it.each([
		[
			'a missing field',
			(d: ReturnType<typeof fake>) => delete d.statements![first.id]!.explanation,
			new RegExp(
				`^${PATH}:\\d+: statement "${first.id}" › explanation: no translation: translate the Dutch ".*" and write it with from: ${textHash(first.explanation)}$`
			)
		],
		[
			'a stale translation (the Dutch changed)',
			(d: ReturnType<typeof fake>) =>
				((d.statements![first.id]!.statement as { from: string }).from = '00000000'),
			new RegExp(
				`^${PATH}:\\d+: statement "${first.id}" › statement: stale: the Dutch changed since this was translated \\(from: 00000000, the Dutch is now ${textHash(first.statement)}\\)`
			)
		],
		[
			'a missing statement',
			(d: ReturnType<typeof fake>) => delete d.statements![first.id],
			new RegExp(`statement "${first.id}" › title: no translation`)
		],
		[
			'a statement the Dutch does not have',
			(d: ReturnType<typeof fake>) => (d.statements!['oud-id'] = d.statements![first.id]!),
			/statement "oud-id": the Dutch content has no statement "oud-id"/
		],
		[
			'a missing theme intro',
			(d: ReturnType<typeof fake>) => delete d.themes![dutch.themes[0]!.id]!.intro,
			new RegExp(`theme "${dutch.themes[0]!.id}" › intro: no translation`)
		],
		[
			'an alternative on a statement BIJ1 agrees with',
			(d: ReturnType<typeof fake>) => {
				const agree = dutch.statements.find((s) => s.stance === 'agree')!;
				d.statements![agree.id]!.alternative = { from: '00000000', text: 'EN' };
			},
			/› alternative: the Dutch statement has no alternative/
		],
		[
			'a translated statement of two sentences',
			(d: ReturnType<typeof fake>) =>
				((d.statements![first.id]!.statement as { text: string }).text = 'One. Two.'),
			/› statement: expected one sentence/
		],
		[
			'a hash of digits only, which YAML reads as a number',
			(d: ReturnType<typeof fake>) =>
				((d.statements![first.id]!.statement as { from: unknown }).from = 7432839),
			new RegExp(
				`^${PATH}:\\d+: statement "${first.id}" › statement.from: expected the hash of the Dutch text in quotes, such as from: '07432839'`
			)
		],
		[
			'a translated statement longer than the schema of the open data allows',
			(d: ReturnType<typeof fake>) =>
				((d.statements![first.id]!.statement as { text: string }).text =
					`${'word '.repeat(40)}end.`),
			new RegExp(
				`^${PATH}:\\d+: statement "${first.id}" › statement: expected at most 160 characters$`
			)
		],
		[
			'a translated title of six words',
			(d: ReturnType<typeof fake>) =>
				((d.statements![first.id]!.title as { text: string }).text = 'One two three four five six'),
			new RegExp(`^${PATH}:\\d+: statement "${first.id}" › title: expected 2 to 5 words$`)
		],
		[
			'a glossary term whose English forms stand nowhere',
			(d: ReturnType<typeof fake>) => (d.glossary![dutch.glossary[0]!.id]!.forms = ['zzz']),
			new RegExp(`term "${dutch.glossary[0]!.id}": none of its forms \\("zzz"\\)`)
		]
	])('%s', (_case, mutate, message) => {
		const data = fake();
		mutate(data);
		expect(problems(data)).toContainEqual(expect.stringMatching(message));
	});

	it('while drafting, a gap is a warning and the Dutch stands in', () => {
		const data = fake();
		delete data.statements![first.id]!.statement;
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const english = translate(data, true);
		expect(english.statements[0]!.statement).toBe(first.statement);
		expect(warn).toHaveBeenCalledWith(
			expect.stringMatching(/^Before publishing: .*no translation/)
		);
		warn.mockRestore();
	});

	it('the file as written parses back to what the tests write', () => {
		expect(parse(stringify(fake())).programme.chapter.text).toBe(`EN:${dutch.programme.chapter}`);
	});
});
