export default {
	title: 'Ben jij BIJ1?',
	lead: (count: number) =>
		`Een test met ${count} stellingen over het hoofdstuk ‘Internationale samenwerking’ uit het verkiezingsprogramma van BIJ1. Het kost ongeveer vijf minuten.`,
	howTitle: 'Zo werkt het',
	how: [
		'Je leest een stelling en kiest: Eens, Geen van beide of Oneens. Je mag een stelling ook overslaan.',
		'Daarna kies je welke stellingen je het belangrijkst vindt. Die tellen dubbel.',
		'Je ziet hoeveel je het met BIJ1 eens bent, per onderwerp en per stelling, met de tekst uit het programma.'
	],
	privacy:
		'Je antwoorden blijven op je eigen apparaat: we sturen ze nergens heen en gebruiken geen trackers.',
	source: (party: string, chapter: string, date: string) =>
		`Bron: verkiezingsprogramma van ${party}, hoofdstuk ‘${chapter}’, gepubliceerd op ${date}.`,
	button: 'Start de test',
	resume: 'Ga verder waar je was',
	themesTitle: 'De onderwerpen',
	framing:
		'De test vergelijkt jouw mening met één partij (BIJ1) en één hoofdstuk van haar verkiezingsprogramma uit 2021. Het is geen stemadvies.',
	methodLink: 'Zo werkt deze test'
};
