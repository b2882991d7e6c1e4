/**
 * Read aloud, the part every page with a control loads: which on-device voice speaks a language,
 * whether there is one at all, which block is being read, and how to stop.
 *
 * Only on-device voices (`localService`): a network voice sends the text to a third party, and
 * what a voter reads on a voting-advice site is not theirs to learn. Without such a voice the UI
 * shows no control at all, rather than one that fails.
 *
 * Speaking itself lives in speaker.ts, loaded on the first tap, so the control's presence costs
 * this file and no more.
 */
import { atom } from 'nanostores';

export type SpeechLang = 'nl' | 'en';

/** What voiceAvailable needs of `speechSynthesis`; tests pass a stand-in. */
export type VoiceSource = EventTarget & { getVoices(): SpeechSynthesisVoice[] };

/** `nl_NL` (as Android reports it) and `NL-nl` both become `nl-nl`. */
export const normalTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/** Whether `voice` is on this device and speaks `lang`: the only voices read-aloud uses. */
export function speaks(voice: SpeechSynthesisVoice, lang: SpeechLang): boolean {
	const tag = normalTag(voice.lang);
	return voice.localService && (tag === lang || tag.startsWith(lang + '-'));
}

const voicesOf = (synth: VoiceSource) => {
	try {
		return synth.getVoices();
	} catch {
		return [];
	}
};

/** A store in Svelte's contract: what `$available` in a component needs, and no more. */
export type Availability = { subscribe(run: (available: boolean) => void): () => void };

/**
 * Whether an on-device voice speaks `lang`. Voices can arrive after the page (Chrome's first
 * getVoices() is empty, then `voiceschanged` fires), so this is a store that changes, listening
 * only while something subscribes. False where there is no speechSynthesis: on the server, in old
 * browsers, in jsdom. Hand-written rather than a nanostores atom with a mount hook: every page
 * with a control carries it, and this is a third of the size.
 */
export function voiceAvailable({
	lang,
	synth = globalThis.speechSynthesis
}: {
	lang: SpeechLang;
	synth?: VoiceSource;
}): Availability {
	return {
		subscribe(run) {
			let last: boolean | undefined;
			const update = () => {
				const now = !!synth && voicesOf(synth).some((voice) => speaks(voice, lang));
				if (now !== last) run((last = now));
			};
			update();
			synth?.addEventListener('voiceschanged', update);
			return () => synth?.removeEventListener('voiceschanged', update);
		}
	};
}

/** The id of the block being read, or null. */
export const reading = atom<string | null>(null);

/**
 * Shared with speaker.ts. `generation` counts reads and stops: an utterance's late `end` or
 * `error` acts only while the generation it was spoken in is current. `synth` is the one a read
 * speaks on (tests inject theirs).
 */
export const current: { generation: number; synth?: Pick<SpeechSynthesis, 'cancel'> } = {
	generation: 0
};

/**
 * Stops reading: on an answer, on navigation, when the page is hidden. Works whether or not
 * speaker.ts ever loaded. cancel() on an idle synthesizer does nothing, so it is called without
 * asking whether anything is being read.
 */
export function stopReading(): void {
	// First: browsers may fire the cancelled utterance's `end` or `error` inside cancel().
	current.generation++;
	reading.set(null);
	try {
		(current.synth ?? globalThis.speechSynthesis)?.cancel();
	} catch {
		// Nothing to stop.
	}
}
