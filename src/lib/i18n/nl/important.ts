export default {
	title: 'Wat vind je het belangrijkst?',
	lead: 'Vink de stellingen aan die je het belangrijkst vindt. Die tellen dubbel mee in je uitslag. Je mag ook niets aanvinken.',
	legend: 'Belangrijke stellingen',
	none: 'Je hebt alle stellingen overgeslagen. Er is niets om aan te vinken.',
	noAnswers: 'Je hebt nog geen stellingen beantwoord.',
	toFirst: 'Begin bij de eerste stelling',
	count: (n: number) => (n === 1 ? '1 stelling gekozen' : `${n} stellingen gekozen`),
	toResult: 'Bekijk je uitslag',
	back: 'Terug naar de laatste stelling',
	readLead: 'Lees voor: wat je hier doet'
};
