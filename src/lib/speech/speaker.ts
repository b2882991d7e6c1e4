/**
 * Read aloud, the part loaded on the first tap: reads blocks of text with the browser's own
 * on-device voices (voices.ts says which), one sentence per utterance.
 *
 * One sentence at a time, the next queued only when the previous one has ended: Chrome stops an
 * utterance after about 15 seconds, and with a single utterance in the queue, stopping is one
 * cancel() and the block being read is the one whose sentence was spoken last.
 */
import { sentences } from './sentences';
import { current, normalTag, reading, speaks, stopReading, type SpeechLang } from './voices';

/** Regions in order of preference; any other region of the language comes after them. */
const REGIONS: Record<SpeechLang, string[]> = { nl: ['nl-nl', 'nl-be'], en: ['en-gb', 'en-us'] };

/**
 * The voice that reads `lang`: on-device only; nl-NL, then nl-BE, then any other Dutch (en-GB,
 * en-US, any other English); among equals the device's default, then the first listed.
 */
export function pickVoice({
	voices,
	lang
}: {
	voices: readonly SpeechSynthesisVoice[];
	lang: SpeechLang;
}): SpeechSynthesisVoice | undefined {
	const regions = REGIONS[lang];
	let best: SpeechSynthesisVoice | undefined;
	let bestRank = Infinity;
	for (const voice of voices) {
		if (!speaks(voice, lang)) continue;
		const tag = normalTag(voice.lang);
		const region = regions.findIndex((r) => tag === r || tag.startsWith(r + '-'));
		// Among equally good voices, the one the voter made their device's default.
		const rank = (region < 0 ? regions.length : region) - (voice.default ? 0.5 : 0);
		if (rank < bestRank) [best, bestRank] = [voice, rank];
	}
	return best;
}

export type Block = { id: string; text: string; lang: SpeechLang };

/** What read needs of `SpeechSynthesisUtterance`; tests pass a stand-in. */
export type Utterance = EventTarget & {
	lang: string;
	voice: SpeechSynthesisVoice | null;
};

/** What read needs of `speechSynthesis`; tests pass a stand-in. */
export type Synth = {
	getVoices(): SpeechSynthesisVoice[];
	speak(utterance: Utterance): void;
	cancel(): void;
};

/**
 * The utterance being spoken. Chrome can garbage-collect an utterance nothing refers to while it
 * is spoken, and then never fires its `end`: the rest of the text would never be read.
 */
const alive: { utterance?: Utterance } = {};

/**
 * Stops whatever is being read, then reads `blocks` in order, each with the on-device voice for its
 * own language (a Dutch quote on an English page is read in Dutch). A block whose language has no
 * such voice is left out. `reading` holds the id of the block being read, null once done, stopped
 * or failed. Always starts over: whether a second tap stops instead is the control's choice.
 */
export function read({
	blocks,
	synth = globalThis.speechSynthesis,
	Utterance = globalThis.SpeechSynthesisUtterance
}: {
	blocks: readonly Block[];
	synth?: Synth;
	Utterance?: new (text: string) => Utterance;
}): void {
	// Before stopping: what is queued on the synthesizer this read speaks on is what must go.
	current.synth = synth;
	stopReading();
	if (!synth || !Utterance) return;
	const generation = current.generation;
	let voices: SpeechSynthesisVoice[] = [];
	try {
		voices = synth.getVoices();
	} catch {
		// No voices: nothing is read.
	}
	const queue = blocks.flatMap(({ id, text, lang }) => {
		const voice = pickVoice({ voices, lang });
		return voice ? sentences(text).map((sentence) => ({ id, sentence, voice })) : [];
	});

	let index = 0;
	const next = () => {
		const item = queue[index++];
		if (!item) {
			alive.utterance = undefined;
			reading.set(null);
			return;
		}
		const utterance = new Utterance(item.sentence);
		// Both: Chrome on Android ignores the voice unless `lang` is set too. The voice's own tag,
		// but with hyphens: Android reports `nl_NL`, a language tag is `nl-NL`.
		utterance.lang = item.voice.lang.replace(/_/g, '-');
		utterance.voice = item.voice;
		// Only the latest utterance of the current read moves on: a cancelled one's late `end`
		// belongs to an older generation, a duplicate `end` to an earlier index.
		const mine = index;
		const isCurrent = () => generation === current.generation && mine === index;
		utterance.addEventListener('end', () => {
			if (isCurrent()) next();
		});
		utterance.addEventListener('error', () => {
			if (isCurrent()) stopReading();
		});
		alive.utterance = utterance;
		reading.set(item.id);
		try {
			synth.speak(utterance);
		} catch {
			stopReading();
		}
	};
	next();
}
