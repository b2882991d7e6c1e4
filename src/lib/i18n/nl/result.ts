import type { Outcome } from '$lib/scoring/score';

const count = (n: number) => (n === 1 ? '1 stelling' : `${n} stellingen`);

export default {
	title: 'Je uitslag',
	loading: 'Je uitslag wordt berekend…',
	overall: 'eens met BIJ1',
	overallSentence: (percent: number) => `Je bent het voor ${percent}% eens met BIJ1.`,
	noScore: 'geen score',
	basis: (answered: number, total: number) => `op basis van ${answered} van de ${total} stellingen`,
	tooFewTitle: 'Nog geen uitslag',
	tooFew: (answered: number, minimum: number) =>
		`${answered === 0 ? 'Je hebt nog geen stelling beantwoord met Eens, Geen van beide of Oneens.' : `Je hebt ${count(answered)} beantwoord.`} Voor een uitslag zijn er minstens ${minimum} nodig. Overgeslagen stellingen tellen niet mee.`,
	answerMore: (needed: number) =>
		needed === 1 ? 'Beantwoord nog 1 stelling' : `Beantwoord nog ${needed} stellingen`,
	themeTooFew: (needed: number) =>
		needed === 1 ? 'nog 1 antwoord nodig' : `nog ${needed} antwoorden nodig`,
	noneAnswered: 'Je hebt nog geen stellingen beantwoord. Begin bij de eerste stelling.',
	unanswered: (n: number) =>
		n === 1
			? 'Je hebt 1 stelling nog niet beantwoord. Die telt niet mee.'
			: `Je hebt ${n} stellingen nog niet beantwoord. Die tellen niet mee.`,
	continue: 'Ga verder met de test',
	themesTitle: 'Per onderwerp',
	statementsTitle: 'Per stelling',
	filterLegend: 'Laat zien',
	filterEmpty: 'Geen stellingen in deze keuze.',
	bij1: 'BIJ1',
	quoteToggle: 'Wat staat er in het programma?',
	change: 'Verander je antwoord',
	changeLabel: (title: string) => `Verander je antwoord bij ‘${title}’`,
	howTitle: 'Hoe berekenen we dit?',
	how: [
		'Geef je hetzelfde antwoord als BIJ1, dan krijg je 2 punten. ‘Geen van beide’ geeft 1 punt, het tegenovergestelde antwoord 0 punten.',
		'Een stelling die je belangrijk vindt, telt dubbel. Een overgeslagen stelling telt niet mee.',
		'Je percentage is het aantal punten gedeeld door het hoogst mogelijke aantal punten.'
	],
	restart: 'Opnieuw beginnen',
	restartHint:
		'Opnieuw beginnen wist je antwoorden en start de test opnieuw. Wis mijn antwoorden haalt ze ook van dit apparaat en brengt je naar de startpagina.',
	erase: 'Wis mijn antwoorden',
	keepTitle: 'Je antwoorden bewaren',
	remember: 'Onthoud mijn antwoorden op dit apparaat',
	rememberHint:
		'Zonder vinkje vergeet je browser je antwoorden als je dit tabblad sluit. Zet het vinkje alleen aan op je eigen apparaat.',
	startLink: 'Naar de eerste stelling',
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
			} satisfies Record<Outcome, string>,
			filters: {
				all: 'Alles',
				same: 'Waar je het eens bent',
				partly: 'Deels',
				opposite: 'Waar niet'
			}
		},
		shared: {
			answer: 'Antwoord',
			important: 'Belangrijk voor deze persoon',
			outcomes: {
				same: 'Eens met BIJ1',
				partly: 'Deels eens met BIJ1',
				opposite: 'Oneens met BIJ1',
				skipped: 'Overgeslagen: telt niet mee'
			} satisfies Record<Outcome, string>,
			filters: {
				all: 'Alles',
				same: 'Eens met BIJ1',
				partly: 'Deels',
				opposite: 'Oneens met BIJ1'
			}
		}
	}
};
