/** The share box as the voter first sees it; what a tap needs comes with it (./sharing.ts). */
export default {
	title: 'Delen',
	lead: 'Stuur je uitslag als plaatje met een link naar vrienden.',
	privacy: 'Let op: wie de link opent, ziet al je antwoorden. Je naam staat er niet in.',
	button: 'Deel je uitslag',
	story: 'Deel als verhaal (staand plaatje)',
	copy: 'Kopieer link',
	failed: 'Delen lukte niet. Probeer het nog eens, of kopieer de link hieronder.',
	/** No link to offer: the code that makes it could not be loaded, e.g. offline. */
	unavailable: 'Dat lukte niet. Controleer je verbinding en probeer het nog eens.',
	linkLabel: 'Link naar je uitslag'
};
