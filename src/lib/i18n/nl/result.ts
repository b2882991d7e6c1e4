const count = (n: number) => (n === 1 ? '1 stelling' : `${n} stellingen`);

export default {
	title: 'Je uitslag',
	/** What the figure is, before the figure: one party, one chapter, no voting advice. */
	framing: (chapter: string, date: string) =>
		`Jouw antwoorden vergeleken met één hoofdstuk uit het verkiezingsprogramma van BIJ1: ‘${chapter}’ (${date}). Dit is geen stemadvies: andere partijen en onderwerpen tellen niet mee.`,
	methodLink: 'Zo werkt deze test',
	firmness: (low: number, high: number) =>
		`Als je twee antwoorden anders had gegeven, lag je uitslag tussen ${low}% en ${high}%.`,
	driversTitle: 'Wat bepaalt je uitslag',
	driversUp: 'Deze stellingen trokken je uitslag het meest omhoog:',
	driversDown: 'Deze stellingen trokken je uitslag het meest omlaag:',
	driversNoneDown: 'Geen enkele stelling trok je uitslag omlaag.',
	countsDouble: 'telt dubbel',
	compareOpened: 'Vergelijk met de uitslag die je opende',
	loading: 'Je uitslag wordt berekend…',
	overall: 'eens met BIJ1',
	readSummary: 'Lees voor: je uitslag',
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
	restart: 'Opnieuw beginnen',
	restartHint:
		'Opnieuw beginnen wist je antwoorden en start de test opnieuw. Wis mijn antwoorden haalt ze ook van dit apparaat en brengt je naar de startpagina.',
	erase: 'Wis mijn antwoorden',
	keepTitle: 'Je antwoorden bewaren',
	remember: 'Onthoud mijn antwoorden op dit apparaat',
	rememberHint:
		'Zonder vinkje vergeet je browser je antwoorden als je dit tabblad sluit. Zet het vinkje alleen aan op je eigen apparaat.',
	startLink: 'Naar de eerste stelling'
};
