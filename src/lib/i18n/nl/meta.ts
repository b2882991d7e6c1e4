/** What link previews and search engines show: server-only, so it costs the browser nothing. */
export default {
	description:
		'Doe de test: 24 stellingen over internationale samenwerking. Hoe eens ben jij het met BIJ1?',
	/** Open Graph's locale. */
	locale: 'nl_NL'
};
