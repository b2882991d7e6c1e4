/** A statement's page: the statement, the answers, and what helps to understand it. */
import type { Messages } from '../types';

export default {
	progress: (n: number, total: number) => `Statement ${n} of ${total}`,
	pageTitle: (n: number, total: number, theme: string) => `Statement ${n} of ${total}, ${theme}`,
	theme: 'Topic',
	answersLabel: 'Your answer',
	skip: 'Skip this statement',
	neutralHint: '‘Neither’ counts as half agreement. Skipping does not count.',
	explanation: 'What does this mean?',
	source: 'Source',
	previous: 'Previous statement',
	toStart: 'Back to the start',
	readStatement: 'Read aloud: the statement',
	readExplanation: 'Read aloud: the explanation',
	readSource: 'Read aloud: the source',
	readEvery: 'Read every statement aloud'
} satisfies Messages['statement'];
