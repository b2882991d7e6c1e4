/** The share box as the voter first sees it; what a tap needs comes with it (./sharing.ts). */
import type { Messages } from '../types';

export default {
	title: 'Share',
	lead: 'Send your result to friends as a picture with a link.',
	privacy:
		'Please note: anyone who opens the link can see all your answers. Your name is not in it.',
	button: 'Share your result',
	story: 'Share as a story (tall picture)',
	copy: 'Copy link',
	failed: 'Sharing did not work. Try again, or copy the link below.',
	/** No link to offer: the code that makes it could not be loaded, e.g. offline. */
	unavailable: 'That did not work. Check your connection and try again.',
	linkLabel: 'Link to your result'
} satisfies Messages['share'];
