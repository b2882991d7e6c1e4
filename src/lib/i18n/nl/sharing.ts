/** What sharing says and draws, loaded on the first tap on a share button. */
export default {
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
	card: {
		basis: (answered: number, total: number) =>
			`op basis van ${answered} van de ${total} stellingen`,
		overall: 'eens met BIJ1',
		noScore: 'geen score',
		topAgreed: 'Het meest eens over:',
		disclaimer: 'Geen stemadvies: een vergelijking met één hoofdstuk van één partijprogramma.',
		programme: (party: string, chapter: string, date: string) =>
			`${party} verkiezingsprogramma, hoofdstuk ${chapter}, ${date}`
	}
};
