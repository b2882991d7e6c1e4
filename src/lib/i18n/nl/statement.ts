export default {
	progress: (n: number, total: number) => `Stelling ${n} van ${total}`,
	pageTitle: (n: number, total: number, theme: string) => `Stelling ${n} van ${total}, ${theme}`,
	theme: 'Onderwerp',
	answersLabel: 'Jouw antwoord',
	skip: 'Sla deze stelling over',
	neutralHint: '‘Geen van beide’ telt mee als half eens. Overslaan telt niet mee.',
	explanation: 'Wat betekent dit?',
	source: 'Bron',
	previous: 'Vorige stelling',
	toStart: 'Terug naar het begin',
	readStatement: 'Lees voor: de stelling',
	readExplanation: 'Lees voor: de uitleg',
	readSource: 'Lees voor: de bron',
	readEvery: 'Lees elke stelling voor'
};
