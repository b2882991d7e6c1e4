/** The method page: how the test was made, how the figure is computed, what it does not mean. */
export default {
	pageTitle: 'Verantwoording',
	title: 'Zo werkt deze test',
	intro: (party: string, chapter: string, date: string, publisher: string) =>
		`‘Ben jij BIJ1?’ vergelijkt jouw mening met één hoofdstuk uit het verkiezingsprogramma van ${party}: ‘${chapter}’, gepubliceerd op ${date}. Het is geen stemadvies. De test is gemaakt door ${publisher}.`,
	statementsTitle: 'Hoe de stellingen zijn gemaakt',
	statements: [
		'Het hoofdstuk telt 24 maatregelen in drie onderdelen. Van elke maatregel maakten we precies één stelling. Bij elke stelling staat de hele maatregel, letterlijk zoals in het programma.',
		'Een stelling moet trouw zijn aan de maatregel, met de sterkste woorden ervan (zoals ‘alle’ of ‘het voortouw’). Ze gaat over één onderwerp, in gewone woorden. Woorden waarmee BIJ1 zelf dingen benoemt, zoals ‘anti-imperialistisch’, staan tussen aanhalingstekens als woorden van BIJ1.',
		'Alle stellingen zijn twee keer gelezen door iemand die de eerdere keuzes niet kende, en die controleerde of het standpunt van BIJ1 klopt en of de stelling neutraal en eerlijk is.'
	],
	reverseTitle: 'Stellingen waar BIJ1 het mee oneens is',
	reverse:
		'Bij sommige stellingen is BIJ1 het oneens. Zo’n stelling beschrijft altijd een standpunt dat echt bestaat: het huidige beleid of het standpunt van andere partijen. Nooit een standpunt dat niemand heeft, want dan zou iemand die tevreden is met het huidige beleid ten onrechte bij BIJ1 uitkomen.',
	alternativeLabel: 'Welk standpunt dit is',
	scoringTitle: 'Hoe we je uitslag berekenen',
	scoring: [
		'Geef je hetzelfde antwoord als BIJ1, dan krijg je 2 punten. ‘Geen van beide’ geeft 1 punt, het tegenovergestelde antwoord 0 punten. Een stelling die je belangrijk vindt, telt dubbel: de punten en het maximum.',
		'Een overgeslagen stelling telt niet mee. Je percentage is het aantal punten gedeeld door het hoogst mogelijke aantal punten, afgerond op een heel getal.'
	],
	exampleTitle: 'Een voorbeeld',
	example:
		'Stel: je beantwoordt 6 stellingen. Bij 3 geef je hetzelfde antwoord als BIJ1 (3 × 2 = 6 punten), bij 1 kies je ‘Geen van beide’ (1 punt) en bij 2 het tegenovergestelde (0 punten). Eén van de stellingen waar je het eens bent, vind je belangrijk: die telt dubbel, dus 2 punten extra en 2 punten extra maximum. Je hebt dan 9 van de 14 punten: 64%.',
	minimums: (overall: number, theme: number) =>
		`Een uitslag krijg je pas als je minstens ${overall} stellingen hebt beantwoord; een onderwerp krijgt pas een percentage bij minstens ${theme} antwoorden in dat onderwerp. Bij minder antwoorden zegt een percentage meer over toeval dan over jou. Elk percentage zegt op hoeveel stellingen het is gebaseerd.`,
	meaningTitle: 'Wat een percentage niet zegt',
	meaning: [
		'Het percentage zegt hoe vaak je hetzelfde antwoordt als BIJ1 bij deze 24 stellingen. Het zegt niet of BIJ1 de beste partij voor jou is: andere partijen en andere onderwerpen zitten niet in de test.',
		'Maatregelen waar veel mensen het mee eens zijn, maken ieders percentage hoger. Een hoog percentage betekent dus niet dat je op alle punten op BIJ1 lijkt: kijk ook per stelling.',
		'Het programma is van januari 2021. Standpunten van BIJ1 kunnen sindsdien veranderd zijn.'
	],
	versionTitle: 'Versies van de stellingen',
	version: (number: number, date: string) =>
		`Dit is versie ${number} van de stellingen, van ${date}.`,
	versionHeading: (number: number, date: string) => `Versie ${number} (${date})`,
	changesToggle: 'Wat er per versie veranderde, en waarom',
	openDataTitle: 'Open data',
	openData:
		'Alle stellingen, de standpunten van BIJ1, de letterlijke tekst uit het programma en de wijzigingen zijn vrij te gebruiken:',
	openDataFile: 'de stellingen (JSON)',
	openDataSchema: 'de beschrijving van dat bestand (JSON Schema)',
	privacyTitle: 'Privacy',
	privacy: [
		'Je antwoorden blijven op je eigen apparaat: deze site stuurt ze nergens heen en gebruikt geen cookies of trackers.',
		'Alleen als je dat aanvinkt, onthoudt je browser je antwoorden na het sluiten van het tabblad; ‘Wis mijn antwoorden’ haalt ze weg.',
		'Een gedeelde link bevat je antwoorden achter het #-teken, dat browsers nooit naar een server sturen; wie de link heeft, ziet ze wel.'
	],
	reportTitle: 'Een fout melden',
	report: 'Zie je een fout in een stelling, een uitleg of de berekening? Meld het:',
	reportNone: 'Zie je een fout? Meld het bij de uitgever van deze site.',
	reportLink: 'meld een fout'
};
