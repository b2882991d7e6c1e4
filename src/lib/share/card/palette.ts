/**
 * The colours of everything the quiz draws as an image: the result card (drawn in the browser)
 * and the link preview (drawn at build time). One palette, so the two always look like one site.
 * Contrast: INK on PAPER 18.5:1, MUTED on TRACK 7.6:1, ACCENT on INK 13.2:1. The accent is never
 * used for text on the light background, where yellow would be unreadable.
 */
export const PALETTE = {
	paper: '#fffdf5',
	ink: '#111111',
	muted: '#4a4a4a',
	accent: '#ffd400',
	track: '#f1ede0',
	onInk: '#ffffff'
} as const;
