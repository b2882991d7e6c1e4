/** The page where the voter chooses which statements count double. */
import type { Messages } from '../types';

export default {
	title: 'What matters most to you?',
	lead: 'Tick the statements that matter most to you. They count double in your result. You do not have to tick any.',
	legend: 'Important statements',
	none: 'You skipped all the statements. There is nothing to tick.',
	noAnswers: 'You have not answered any statements yet.',
	toFirst: 'Start at the first statement',
	count: (n: number) => (n === 1 ? '1 statement chosen' : `${n} statements chosen`),
	toResult: 'See your result',
	back: 'Back to the last statement',
	readLead: 'Read aloud: what you do here'
} satisfies Messages['important'];
