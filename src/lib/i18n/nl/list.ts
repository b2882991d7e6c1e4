import type { Outcome } from '$lib/scoring/score';

/**
 * The list of every statement on a result page: it loads when it comes near the screen, and its
 * words load with it.
 */
export default {
	rowDetails: 'Bekijk stelling en programma',
	filterLegend: 'Laat zien: stellingen waarover je het met BIJ1',
	/** One set of filter words for every result: they name the outcome, not the person. */
	filters: {
		all: 'Alles',
		same: 'Eens',
		partly: 'Deels eens',
		opposite: 'Oneens',
		skipped: 'Overgeslagen'
	} satisfies Record<Outcome | 'all', string>,
	filterEmpty: 'Geen stellingen in deze keuze.',
	bij1: 'BIJ1',
	change: 'Verander je antwoord',
	changeLabel: (title: string) => `Verander je antwoord bij ‘${title}’`,
	/**
	 * About "you" on your own result, about "this person" on a result someone shared, so a visitor
	 * never reads someone else's answers as their own.
	 */
	words: {
		own: {
			answer: 'Jouw antwoord',
			important: 'Belangrijk voor jou',
			outcomes: {
				same: 'Je bent het eens met BIJ1',
				partly: 'Je bent het deels eens met BIJ1',
				opposite: 'Je bent het oneens met BIJ1',
				skipped: 'Overgeslagen: telt niet mee'
			} satisfies Record<Outcome, string>
		},
		shared: {
			answer: 'Antwoord',
			important: 'Belangrijk voor deze persoon',
			outcomes: {
				same: 'Eens met BIJ1',
				partly: 'Deels eens met BIJ1',
				opposite: 'Oneens met BIJ1',
				skipped: 'Overgeslagen: telt niet mee'
			} satisfies Record<Outcome, string>
		}
	}
};
