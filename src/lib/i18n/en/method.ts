/** The method page: how the test was made, how the figure is computed, what it does not mean. */
import type { Messages } from '../types';

export default {
	pageTitle: 'How this test works',
	title: 'How this test works',
	intro: (party: string, chapter: string, date: string, publisher: string) =>
		`‘Ben jij BIJ1?’ compares your opinion with one chapter of the ${party} election programme: ‘${chapter}’, published on ${date}. It is not voting advice. The test was made by ${publisher}.`,
	statementsTitle: 'How the statements were made',
	statements: [
		'The chapter has 24 measures in three parts. We made exactly one statement from each measure. With each statement you find the whole measure, word for word as in the programme. That text is in Dutch, with our English translation beside it.',
		'A statement must be true to the measure, with its strongest words (such as ‘all’ or ‘take the lead’). It is about one subject, in everyday words. Words that BIJ1 itself uses to name things, such as ‘anti-imperialist’, are in quotation marks, as words of BIJ1.',
		'All statements were read twice by someone who did not know the earlier choices. That person checked whether BIJ1’s position is right, and whether the statement is neutral and fair.'
	],
	reverseTitle: 'Statements that BIJ1 disagrees with',
	reverse:
		'BIJ1 disagrees with some statements. Such a statement always describes a position that really exists: the current policy, or the position of other parties. Never a position that nobody holds, because then someone who is happy with the current policy would wrongly end up close to BIJ1.',
	alternativeLabel: 'Which position this is',
	scoringTitle: 'How we work out your result',
	scoring: [
		'If you give the same answer as BIJ1, you get 2 points. ‘Neither’ gives 1 point, the opposite answer 0 points. A statement that you find important counts double: both the points and the maximum.',
		'A skipped statement does not count. Your percentage is your number of points divided by the highest possible number of points, rounded to a whole number.'
	],
	exampleTitle: 'An example',
	example:
		'Say you answer 6 statements. On 3 you give the same answer as BIJ1 (3 × 2 = 6 points), on 1 you choose ‘Neither’ (1 point) and on 2 the opposite answer (0 points). You find one of the statements where you agree with BIJ1 important: it counts double, so 2 extra points and 2 extra points on the maximum. You then have 9 of the 14 points: 64%.',
	minimums: (overall: number, theme: number) =>
		`You only get a result once you have answered at least ${overall} statements. A topic only gets a percentage once you have given at least ${theme} answers in that topic. With fewer answers, a percentage says more about chance than about you. Each percentage says how many statements it is based on.`,
	meaningTitle: 'What a percentage does not tell you',
	meaning: [
		'The percentage tells you how often you give the same answer as BIJ1 on these 24 statements. It does not tell you whether BIJ1 is the best party for you: other parties and other topics are not in the test.',
		'Measures that many people agree with make everyone’s percentage higher. So a high percentage does not mean that you are like BIJ1 on every point: look at each statement too.',
		'The programme is from January 2021. BIJ1’s positions may have changed since then.'
	],
	versionTitle: 'Versions of the statements',
	version: (number: number, date: string) =>
		`This is version ${number} of the statements, from ${date}.`,
	versionHeading: (number: number, date: string) => `Version ${number} (${date})`,
	changesToggle: 'What changed in each version, and why',
	openDataTitle: 'Open data',
	openData:
		'All statements, BIJ1’s positions, the exact text from the programme and the changes are free to use:',
	openDataFile: 'the statements (JSON)',
	openDataSchema: 'the description of that file (JSON Schema)',
	privacyTitle: 'Privacy',
	privacy: [
		'Your answers stay on your own device: this site does not send them anywhere, and it uses no cookies or trackers.',
		'Only if you tick the box does your browser remember your answers after you close the tab. ‘Delete my answers’ removes them.',
		'A shared link contains your answers after the # sign. Browsers never send that part to a server, but anyone who has the link can see your answers.'
	],
	reportTitle: 'Report a mistake',
	report: 'Do you see a mistake in a statement, an explanation or the calculation? Report it:',
	reportNone: 'Do you see a mistake? Report it to the publisher of this site.',
	reportLink: 'report a mistake'
} satisfies Messages['method'];
