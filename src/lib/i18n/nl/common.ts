/** Words every page uses: the site, the answers, notices. Plain Dutch (B1). */
import type { Stance } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/responses';

const MONTHS = [
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

export default {
	lang: 'nl',
	siteName: 'Ben jij BIJ1?',
	skipLink: 'Naar de inhoud',
	/** The language switch, in the language it leads to. */
	otherLanguage: 'English',
	footer: {
		label: 'Over deze test',
		method: 'Verantwoording',
		openData: 'Open data',
		madeBy: (publisher: string) => `Gemaakt door ${publisher}.`
	},
	/** Who publishes the site: the build setting PUBLISHER, or else a name true wherever it is deployed. */
	publisher: (name: string | null) => name ?? 'het open-sourceproject ‘Ben jij BIJ1?’',
	noscript:
		'Deze test werkt alleen als JavaScript aan staat. Je antwoorden blijven op je eigen apparaat.',
	memoryOnly:
		'Je browser bewaart geen gegevens van deze site. Je antwoorden zijn weg als je deze pagina sluit.',
	/** "12 januari 2021" from "2021-01-12", without depending on the runtime's Intl data. */
	formatDate: (iso: string) => {
		const [year, month, day] = iso.split('-').map(Number);
		return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
	},
	/** "1 stelling", "3 stellingen". */
	statements: (n: number) => (n === 1 ? '1 stelling' : `${n} stellingen`),
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
	/** Above the translation of a Dutch quote: only shown in a translation of the quiz. */
	ourTranslation: 'Onze vertaling, niet de tekst van BIJ1:',
	sourceCite: (chapter: string, section: string, number: number) =>
		`${chapter}, ${section}, maatregel ${number}`,
	readAloud: {
		read: 'Lees voor',
		stop: 'Stop met voorlezen'
	},
	details: {
		loading: 'Even laden…',
		failed: 'Dit kon niet worden geladen. Controleer je verbinding.',
		retry: 'Probeer opnieuw'
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
};
