/**
 * A hand-made `speechSynthesis` and `SpeechSynthesisUtterance` for unit tests: Node and jsdom have
 * neither. speak() only records; a test ends or fails the utterance being spoken when it chooses,
 * so it can look at every state in between without timers.
 */

/** A voice as a browser lists it. */
export function fakeVoice({
	name = 'Voice',
	lang,
	localService = true,
	isDefault = false
}: {
	name?: string;
	lang: string;
	localService?: boolean;
	isDefault?: boolean;
}): SpeechSynthesisVoice {
	return { name, lang, localService, default: isDefault, voiceURI: name };
}

export class FakeUtterance extends EventTarget {
	text: string;
	lang = '';
	voice: SpeechSynthesisVoice | null = null;
	constructor(text: string) {
		super();
		this.text = text;
	}
}

export class FakeSynth extends EventTarget {
	voices: SpeechSynthesisVoice[];
	/** Every utterance speak() received, in order. */
	spoken: FakeUtterance[] = [];
	cancels = 0;
	/** Utterances queued and neither ended, failed nor cancelled. */
	private queue: FakeUtterance[] = [];
	/** How many `voiceschanged` listeners are attached. */
	listeners = 0;

	constructor(voices: SpeechSynthesisVoice[] = []) {
		super();
		this.voices = voices;
	}
	getVoices(): SpeechSynthesisVoice[] {
		return this.voices;
	}
	get speaking(): boolean {
		return this.queue.length > 0;
	}
	speak(utterance: FakeUtterance): void {
		this.spoken.push(utterance);
		this.queue.push(utterance);
	}
	cancel(): void {
		this.cancels++;
		this.queue = [];
	}

	/** The utterance being spoken ends (by default the one spoken last, even if cancelled). */
	end(utterance = this.spoken.at(-1)): void {
		this.finish(utterance, new Event('end'));
	}
	/** The utterance being spoken fails. */
	fail(utterance = this.spoken.at(-1)): void {
		this.finish(utterance, new Event('error'));
	}
	/** Voices arrive late, as in Chrome. */
	voicesArrive(voices: SpeechSynthesisVoice[]): void {
		this.voices = voices;
		this.dispatchEvent(new Event('voiceschanged'));
	}

	override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
		if (args[0] === 'voiceschanged') this.listeners++;
		super.addEventListener(...args);
	}
	override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
		if (args[0] === 'voiceschanged') this.listeners--;
		super.removeEventListener(...args);
	}

	private finish(utterance: FakeUtterance | undefined, event: Event): void {
		if (!utterance) throw new Error('nothing was spoken');
		this.queue = this.queue.filter((u) => u !== utterance);
		utterance.dispatchEvent(event);
	}
}
