import type { Outcome } from '$lib/scoring/score';
import type { Messages } from '../types';

/**
 * The list of every statement on a result page: it loads when it comes near the screen, and its
 * words load with it.
 */
export default {
	rowDetails: 'Show the statement and the programme',
	filterLegend: 'Show: statements where you and BIJ1',
	/** One set of filter words for every result: they name the outcome, not the person. */
	filters: {
		all: 'All',
		same: 'Agree',
		partly: 'Partly agree',
		opposite: 'Disagree',
		skipped: 'Skipped'
	} satisfies Record<Outcome | 'all', string>,
	filterEmpty: 'No statements for this choice.',
	bij1: 'BIJ1',
	change: 'Change your answer',
	changeLabel: (title: string) => `Change your answer to ‘${title}’`,
	/**
	 * About "you" on your own result, about "this person" on a result someone shared, so a visitor
	 * never reads someone else's answers as their own.
	 */
	words: {
		own: {
			answer: 'Your answer',
			important: 'Important to you',
			outcomes: {
				same: 'You agree with BIJ1',
				partly: 'You partly agree with BIJ1',
				opposite: 'You disagree with BIJ1',
				skipped: 'Skipped: does not count'
			} satisfies Record<Outcome, string>
		},
		shared: {
			answer: 'Answer',
			important: 'Important to this person',
			outcomes: {
				same: 'Agrees with BIJ1',
				partly: 'Partly agrees with BIJ1',
				opposite: 'Disagrees with BIJ1',
				skipped: 'Skipped: does not count'
			} satisfies Record<Outcome, string>
		}
	}
} satisfies Messages['list'];
