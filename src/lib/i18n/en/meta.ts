/** What link previews and search engines show: server-only, so it costs the browser nothing. */
import type { Messages } from '../types';

export default {
	description:
		'Take the test: 24 statements about international cooperation. How much do you agree with BIJ1?',
	/** Open Graph's locale. */
	locale: 'en_GB'
} satisfies Messages['meta'];
