import type { DecodeError } from '$lib/share/codec';
import type { Agreement } from '$lib/share/compare';

/** A broken link and a link to another version of the statements need different advice. */
const INVALID = 'Deze link is ongeldig of beschadigd.';
const INVALID_HINT =
	'Misschien is de link niet helemaal gekopieerd. Je kunt de test ook zelf doen.';
const OTHER_VERSION = 'Deze link hoort bij een andere versie van de stellingen.';
const OTHER_VERSION_HINT =
	'De stellingen zijn veranderd sinds deze link is gemaakt. Vraag om een nieuwe link, of doe de test zelf.';

const count = (n: number) => (n === 1 ? '1 stelling' : `${n} stellingen`);

export default {
	pageTitle: 'Gedeelde uitslag',
	errorPageTitle: 'Ongeldige link',
	title: 'Uitslag van iemand anders',
	loading: 'De gedeelde uitslag wordt geladen…',
	readOnly:
		'Iemand heeft deze uitslag met je gedeeld. Je kunt hem alleen bekijken, niet veranderen.',
	overallSentence: (percent: number) => `Deze persoon is het voor ${percent}% eens met BIJ1.`,
	tooFew: (answered: number, minimum: number) =>
		`Deze persoon heeft ${count(answered)} beantwoord. Voor een uitslag zijn er minstens ${minimum} nodig.`,
	errors: {
		empty: INVALID,
		malformed: INVALID,
		length: INVALID,
		corrupt: INVALID,
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
};
