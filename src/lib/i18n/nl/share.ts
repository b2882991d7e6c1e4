export default {
	title: 'Delen',
	lead: 'Stuur je uitslag als plaatje met een link naar vrienden.',
	privacy: 'Let op: wie de link opent, ziet al je antwoorden. Je naam staat er niet in.',
	button: 'Deel je uitslag',
	story: 'Deel als verhaal (staand plaatje)',
	copy: 'Kopieer link',
	shareTitle: 'Mijn uitslag bij Ben jij BIJ1?',
	text: (percent: number | null, answered: number, total: number) =>
		percent === null
			? 'Hoe eens ben jij het met BIJ1? Doe de test zelf:'
			: `Ik ben het voor ${percent}% eens met BIJ1 (op basis van ${answered} van de ${total} stellingen). Doe de test zelf:`,
	fileName: {
		portrait: 'ben-jij-bij1-uitslag.png',
		story: 'ben-jij-bij1-uitslag-verhaal.png'
	},
	downloadedAndCopied: 'De afbeelding is gedownload en de link is gekopieerd.',
	downloadedNotCopied: 'De afbeelding is gedownload. Kopieer de link hieronder zelf.',
	copied: 'De link is gekopieerd.',
	notCopied: 'Kopiëren lukte niet. Kopieer de link hieronder zelf.',
	failed: 'Delen lukte niet. Probeer het nog eens, of kopieer de link hieronder.',
	/** No link to offer: the code that makes it could not be loaded, e.g. offline. */
	unavailable: 'Dat lukte niet. Controleer je verbinding en probeer het nog eens.',
	linkLabel: 'Link naar je uitslag',
	card: {
		overall: 'eens met BIJ1',
		noScore: 'geen score',
		topAgreed: 'Het meest eens over:',
		disclaimer: 'Geen stemadvies: een vergelijking met één hoofdstuk van één partijprogramma.',
		programme: (party: string, chapter: string, date: string) =>
			`${party} verkiezingsprogramma, hoofdstuk ${chapter}, ${date}`
	}
};
