/** The start page: what the test is, how it works, and where its statements come from. */
import type { Messages } from '../types';

export default {
	title: 'Ben jij BIJ1?',
	lead: (count: number) =>
		`A test with ${count === 1 ? '1 statement' : `${count} statements`} about the chapter ‘International cooperation’ of BIJ1’s election programme. It takes about five minutes.`,
	howTitle: 'How it works',
	how: [
		'You read a statement and choose: Agree, Neither or Disagree. You can also skip a statement.',
		'Then you choose which statements matter most to you. They count double.',
		'You see how much you agree with BIJ1, by topic and by statement, with the text from the programme.'
	],
	privacy:
		'Your answers stay on your own device: we do not send them anywhere, and we do not use trackers.',
	source: (party: string, chapter: string, date: string) =>
		`Source: ${party} election programme, chapter ‘${chapter}’, published on ${date}.`,
	button: 'Start the test',
	resume: 'Continue where you left off',
	themesTitle: 'The topics',
	framing:
		'The test compares your opinion with one party (BIJ1) and one chapter of its 2021 election programme. It is not voting advice.',
	methodLink: 'How this test works'
} satisfies Messages['start'];
