/** The result page: the figure, what it rests on, and what the voter can do next. */
import type { Messages } from '../types';

const count = (n: number) => (n === 1 ? '1 statement' : `${n} statements`);

export default {
	title: 'Your result',
	/** What the figure is, before the figure: one party, one chapter, no voting advice. */
	framing: (chapter: string, date: string) =>
		`Your answers compared with one chapter of BIJ1’s election programme: ‘${chapter}’ (${date}). This is not voting advice: other parties and topics are not included.`,
	methodLink: 'How this test works',
	firmness: (low: number, high: number) =>
		`If you had given two answers differently, your result would be between ${low}% and ${high}%.`,
	driversTitle: 'What decides your result',
	driversUp: 'These statements pushed your result up the most:',
	driversDown: 'These statements pushed your result down the most:',
	driversNoneDown: 'No statement pushed your result down.',
	countsDouble: 'counts double',
	compareOpened: 'Compare with the result you opened',
	loading: 'Working out your result…',
	overall: 'in agreement with BIJ1',
	readSummary: 'Read aloud: your result',
	overallSentence: (percent: number) => `You are ${percent}% in agreement with BIJ1.`,
	noScore: 'no score',
	basis: (answered: number, total: number) => `based on ${answered} of the ${total} statements`,
	tooFewTitle: 'No result yet',
	tooFew: (answered: number, minimum: number) =>
		`${answered === 0 ? 'You have not yet answered any statement with Agree, Neither or Disagree.' : `You have answered ${count(answered)}.`} You need at least ${minimum} for a result. Skipped statements do not count.`,
	answerMore: (needed: number) =>
		needed === 1 ? 'Answer 1 more statement' : `Answer ${needed} more statements`,
	themeTooFew: (needed: number) =>
		needed === 1 ? '1 more answer needed' : `${needed} more answers needed`,
	noneAnswered: 'You have not answered any statements yet. Start at the first statement.',
	unanswered: (n: number) =>
		n === 1
			? 'You have not answered 1 statement yet. It does not count.'
			: `You have not answered ${n} statements yet. They do not count.`,
	continue: 'Continue the test',
	themesTitle: 'By topic',
	statementsTitle: 'By statement',
	restart: 'Start again',
	restartHint:
		'‘Start again’ deletes your answers and starts the test again. ‘Delete my answers’ also removes them from this device and takes you to the start page.',
	erase: 'Delete my answers',
	keepTitle: 'Keeping your answers',
	remember: 'Remember my answers on this device',
	rememberHint:
		'Without a tick, your browser forgets your answers when you close this tab. Only tick the box on your own device.',
	startLink: 'Go to the first statement'
} satisfies Messages['result'];
