/** Words every page uses: the site, the answers, notices. Plain English (B1). */
import type { Stance } from '$lib/content/schema';
import type { Answer } from '$lib/quiz/responses';
import type { Messages } from '../types';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export default {
	lang: 'en',
	siteName: 'Ben jij BIJ1?',
	skipLink: 'Skip to content',
	/** The language switch, in the language it leads to. */
	otherLanguage: 'Nederlands',
	footer: {
		label: 'About this test',
		method: 'How this test works',
		openData: 'Open data',
		madeBy: (publisher: string) => `Made by ${publisher}.`
	},
	/** Who publishes the site: the build setting PUBLISHER, or else a name true wherever it is deployed. */
	publisher: (name: string | null) => name ?? 'the open-source project ‘Ben jij BIJ1?’',
	noscript:
		'This test only works if JavaScript is turned on. Your answers stay on your own device.',
	memoryOnly:
		'Your browser does not keep any data from this site. Your answers are gone when you close this page.',
	/** "12 January 2021" from "2021-01-12", without depending on the runtime's Intl data. */
	formatDate: (iso: string) => {
		const [year, month, day] = iso.split('-').map(Number);
		return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
	},
	/** "1 statement", "3 statements". */
	statements: (n: number) => (n === 1 ? '1 statement' : `${n} statements`),
	answers: {
		agree: 'Agree',
		neutral: 'Neither',
		disagree: 'Disagree',
		skip: 'Skipped'
	} satisfies Record<Answer, string>,
	stances: {
		agree: 'Agree',
		disagree: 'Disagree'
	} satisfies Record<Stance, string>,
	ourTranslation: 'Our translation, not BIJ1’s own words:',
	/** The names as BIJ1 wrote them, in Dutch: the citation points to their document. */
	sourceCite: (chapter: string, section: string, number: number) =>
		`BIJ1 programme, chapter ‘${chapter}’, section ‘${section}’, measure ${number}`,
	readAloud: {
		read: 'Read aloud',
		stop: 'Stop reading aloud'
	},
	details: {
		loading: 'Loading…',
		failed: 'This could not be loaded. Check your connection.',
		retry: 'Try again'
	},
	notices: {
		storageReset: 'We could not read the answers you saved before. You are starting again.',
		storageFull:
			'Your browser’s storage is full. Your answers are kept while you keep this page open, but not if you reload it.',
		rememberFailed:
			'Your browser’s storage is full, so we cannot remember your answers on this device. They are kept in this tab.',
		restarted: 'Your answers have been deleted. You are starting again.',
		erased: 'Your answers have been deleted, from this device too.',
		undo: 'Undo',
		close: 'Close message'
	}
} satisfies Messages['common'];
