/**
 * Every UI text in one place, so a translation can follow without touching the components.
 * Plain Dutch (B1): short sentences, everyday words.
 */
import type { Answer } from '$lib/quiz/responses';
import type { Outcome } from '$lib/scoring/score';
import type { Stance } from '$lib/content/schema';
import type { DecodeError } from '$lib/share/codec';
import type { Agreement } from '$lib/share/compare';

/** A broken link and a link to another version of the statements need different advice. */
const INVALID_LINK = 'Deze link is ongeldig of beschadigd.';
const INVALID_HINT =
	'Misschien is de link niet helemaal gekopieerd. Je kunt de test ook zelf doen.';
const OTHER_VERSION = 'Deze link hoort bij een andere versie van de stellingen.';
const OTHER_VERSION_HINT =
	'De stellingen zijn veranderd sinds deze link is gemaakt. Vraag om een nieuwe link, of doe de test zelf.';

/** "1 stelling", "3 stellingen". */
const count = (n: number) => (n === 1 ? '1 stelling' : `${n} stellingen`);

export const m = {
	siteName: 'Ben jij BIJ1?',
	siteDescription:
		'Doe de test: 24 stellingen over internationale samenwerking. Hoe eens ben jij het met BIJ1?',
	skipLink: 'Naar de inhoud',
	noscript:
		'Deze test werkt alleen als JavaScript aan staat. Je antwoorden blijven op je eigen apparaat.',

	start: {
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
		themesTitle: 'De onderwerpen'
	},

	statement: {
		progress: (n: number, total: number) => `Stelling ${n} van ${total}`,
		pageTitle: (n: number, total: number, theme: string) => `Stelling ${n} van ${total}, ${theme}`,
		theme: 'Onderwerp',
		answersLabel: 'Jouw antwoord',
		skip: 'Sla deze stelling over',
		neutralHint: '‘Geen van beide’ telt mee als half eens. Overslaan telt niet mee.',
		explanation: 'Wat betekent dit?',
		source: 'Bron',
		sourceCite: (chapter: string, section: string, number: number) =>
			`${chapter}, ${section}, maatregel ${number}`,
		previous: 'Vorige stelling',
		toStart: 'Terug naar het begin'
	},

	answers: {
		agree: 'Eens',
		neutral: 'Geen van beide',
		disagree: 'Oneens',
		skip: 'Overgeslagen'
	} satisfies Record<Answer, string>,

	stances: {
		agree: 'Eens',
		disagree: 'Oneens'
	} satisfies Record<Stance, string>,

	outcomes: {
		same: 'Je bent het eens met BIJ1',
		partly: 'Je bent het deels eens met BIJ1',
		opposite: 'Je bent het oneens met BIJ1',
		skipped: 'Overgeslagen: telt niet mee'
	} satisfies Record<Outcome, string>,

	important: {
		title: 'Wat vind je het belangrijkst?',
		lead: 'Vink de stellingen aan die je het belangrijkst vindt. Die tellen dubbel mee in je uitslag. Je mag ook niets aanvinken.',
		legend: 'Belangrijke stellingen',
		none: 'Je hebt alle stellingen overgeslagen. Er is niets om aan te vinken.',
		noAnswers: 'Je hebt nog geen stellingen beantwoord.',
		toFirst: 'Begin bij de eerste stelling',
		count: (n: number) => (n === 1 ? '1 stelling gekozen' : `${n} stellingen gekozen`),
		toResult: 'Bekijk je uitslag',
		back: 'Terug naar de laatste stelling'
	},

	result: {
		title: 'Je uitslag',
		loading: 'Je uitslag wordt berekend…',
		overall: 'eens met BIJ1',
		overallSentence: (percent: number) => `Je bent het voor ${percent}% eens met BIJ1.`,
		noScore: 'geen score',
		basis: (answered: number, total: number) =>
			`op basis van ${answered} van de ${total} stellingen`,
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
		filters: {
			all: 'Alles',
			same: 'Waar je het eens bent',
			partly: 'Deels',
			opposite: 'Waar niet'
		},
		filterEmpty: 'Geen stellingen in deze keuze.',
		yourAnswer: 'Jouw antwoord',
		bij1: 'BIJ1',
		importantMark: 'Belangrijk voor jou',
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
		memoryOnly:
			'Je browser bewaart geen gegevens van deze site. Je antwoorden zijn weg als je deze pagina sluit.',
		rememberHint:
			'Zonder vinkje vergeet je browser je antwoorden als je dit tabblad sluit. Zet het vinkje alleen aan op je eigen apparaat.',
		startLink: 'Naar de eerste stelling'
	},

	share: {
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
		linkLabel: 'Link naar je uitslag'
	},

	card: {
		topAgreed: 'Het meest eens over:',
		disclaimer: 'Geen stemadvies: een vergelijking met één hoofdstuk van één partijprogramma.',
		programme: (party: string, chapter: string, date: string) =>
			`${party} verkiezingsprogramma, hoofdstuk ${chapter}, ${date}`
	},

	shared: {
		pageTitle: 'Gedeelde uitslag',
		errorPageTitle: 'Ongeldige link',
		title: 'Uitslag van iemand anders',
		loading: 'De gedeelde uitslag wordt geladen…',
		readOnly:
			'Iemand heeft deze uitslag met je gedeeld. Je kunt hem alleen bekijken, niet veranderen.',
		overallSentence: (percent: number) => `Deze persoon is het voor ${percent}% eens met BIJ1.`,
		tooFew: (answered: number, minimum: number) =>
			`Deze persoon heeft ${count(answered)} beantwoord. Voor een uitslag zijn er minstens ${minimum} nodig.`,
		answerLabel: 'Antwoord',
		importantMark: 'Belangrijk voor deze persoon',
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
		},
		errors: {
			empty: INVALID_LINK,
			malformed: INVALID_LINK,
			length: INVALID_LINK,
			corrupt: INVALID_LINK,
			version: OTHER_VERSION,
			'other-set': OTHER_VERSION
		} satisfies Record<DecodeError, string>,
		errorHints: {
			empty: INVALID_HINT,
			malformed: INVALID_HINT,
			length: INVALID_HINT,
			corrupt: INVALID_HINT,
			version: OTHER_VERSION_HINT,
			'other-set': OTHER_VERSION_HINT
		} satisfies Record<DecodeError, string>,
		takeTest: 'Doe de test zelf',
		compare: 'Vergelijk met jouw antwoorden',
		compareTitle: 'Jullie antwoorden naast elkaar',
		theirScore: 'Deze uitslag',
		yourScore: 'Jouw uitslag',
		theirAnswer: 'Gedeeld antwoord',
		yourAnswer: 'Jouw antwoord',
		summary: (same: number, total: number) =>
			`Jullie geven bij ${same} van de ${total} stellingen hetzelfde antwoord.`,
		agreements: {
			same: 'Jullie zijn het eens',
			differ: 'Jullie verschillen',
			'one-skipped': 'Een van jullie sloeg deze over',
			'both-skipped': 'Jullie sloegen deze allebei over'
		} satisfies Record<Agreement, string>
	},

	error: {
		title: (status: number) => (status === 404 ? 'Pagina niet gevonden' : 'Er ging iets mis'),
		notFound: 'Deze pagina bestaat niet. Misschien is de link verkeerd overgenomen.',
		other: 'Probeer de pagina opnieuw te laden. Je antwoorden blijven bewaard in dit tabblad.',
		home: 'Naar de startpagina'
	},

	notices: {
		storageReset: 'We konden je eerder opgeslagen antwoorden niet lezen. Je begint opnieuw.',
		storageFull:
			'De opslag van je browser is vol. Je antwoorden blijven bewaard zolang je deze pagina open houdt, maar niet als je hem herlaadt.',
		rememberFailed:
			'De opslag van je browser is vol, dus we kunnen je antwoorden niet op dit apparaat onthouden. Ze blijven bewaard in dit tabblad.',
		restarted: 'Je antwoorden zijn gewist. Je begint opnieuw.',
		erased: 'Je antwoorden zijn gewist, ook van dit apparaat.',
		undo: 'Maak ongedaan',
		close: 'Sluit melding'
	}
} as const;

/** "12 januari 2021" from "2021-01-12", without depending on the runtime's Intl data. */
export function formatDate(iso: string): string {
	const months = [
		'januari',
		'februari',
		'maart',
		'april',
		'mei',
		'juni',
		'juli',
		'augustus',
		'september',
		'oktober',
		'november',
		'december'
	];
	const [year, month, day] = iso.split('-').map(Number);
	return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

export type Perspective = 'own' | 'shared';

/**
 * The words for a result list: about "you" on your own result, about "this person" on a result
 * someone shared, so a visitor never reads someone else's answers as their own.
 */
export function resultWords(perspective: Perspective) {
	const shared = perspective === 'shared';
	return {
		answer: shared ? m.shared.answerLabel : m.result.yourAnswer,
		important: shared ? m.shared.importantMark : m.result.importantMark,
		outcomes: shared ? m.shared.outcomes : m.outcomes,
		filters: shared ? m.shared.filters : m.result.filters
	};
}
