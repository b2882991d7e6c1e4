/**
 * Reading parts of the page aloud, loaded with the speaker on the first tap on "Lees voor": the
 * text of the elements named, each in its own language, the one being read marked on screen,
 * and reading stopped when the voter leaves for another tab or app.
 */
import { read } from './speaker';
import { reading, stopReading, type SpeechLang } from './voices';

let marked: Element | null = null;
// Mark the block being read, so a voter who listens can follow along.
reading.subscribe((id) => {
	marked?.classList.remove('reading');
	marked = id === null ? null : document.getElementById(id);
	marked?.classList.add('reading');
});
document.addEventListener('visibilitychange', () => {
	if (document.hidden) stopReading();
});

/**
 * Reads the elements with these ids, in order. An element's `data-speak` replaces its text where
 * what is on screen reads badly aloud (a big figure beside its sentence); an element in `lang`
 * (a Dutch quote on an English page) is read in that language.
 */
export function readElements({ ids, lang }: { ids: readonly string[]; lang: SpeechLang }): void {
	// This code loads on the tap; on a slow network the voter may have left for another tab or
	// app by the time it arrives. Reading then would speak behind their back.
	if (document.hidden) return;
	const blocks = ids.flatMap((id) => {
		const element = document.getElementById(id);
		const text = (element?.dataset.speak ?? element?.innerText ?? element?.textContent)?.trim();
		const own = element?.closest('[lang]')?.getAttribute('lang') ?? lang;
		return text ? [{ id, text, lang: (own.startsWith('en') ? 'en' : 'nl') as SpeechLang }] : [];
	});
	read({ blocks });
}
