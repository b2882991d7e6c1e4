/**
 * Read aloud in end-to-end tests. Headless Chromium has no voices, and a real voice would make a
 * test wait for speech: this replaces `speechSynthesis` and `SpeechSynthesisUtterance` before the
 * page's own scripts run with a stand-in that records what it is asked to say and moves on only
 * when the test says so, so every "being read" state can be looked at without timing.
 */
import type { Page } from '@playwright/test';

export type StubVoice = { name: string; lang: string; localService: boolean };
/** What speak() received. */
export type Spoken = { text: string; lang: string; voice: string | undefined };

/** What the stub adds to `window`, for the test to read and drive. */
type StubWindow = Window & {
	__spoken: Spoken[];
	__cancels: number;
	__speechEnd: () => void;
	__voicesArrive: () => void;
};

/**
 * Runs in the page, before its scripts: self-contained, since Playwright sends it as source text.
 * Utterances queue as in a browser: the first spoken starts at once (`start`), the next starts
 * when the test ends the one before (`window.__speechEnd()`). cancel() empties the queue and fires
 * nothing for the utterances it drops, so a test sees only what the page itself does on a stop.
 */
function install({ voices, lateVoices }: { voices: StubVoice[]; lateVoices: boolean }) {
	const w = window as unknown as StubWindow;
	const all = voices.map((voice, i) => ({ ...voice, voiceURI: voice.name, default: i === 0 }));
	let arrived = !lateVoices;
	let queue: Utterance[] = [];
	const started = new WeakSet<Utterance>();
	w.__spoken = [];
	w.__cancels = 0;

	const fire = (target: EventTarget, type: string) => {
		const event = new Event(type);
		target.dispatchEvent(event);
		// Pages may listen through `onend` and friends as well as addEventListener.
		const handler = (target as unknown as Record<string, unknown>)[`on${type}`];
		if (typeof handler === 'function') handler.call(target, event);
	};

	class Utterance extends EventTarget {
		text: string;
		lang = '';
		voice: (typeof all)[number] | null = null;
		rate = 1;
		pitch = 1;
		volume = 1;
		onstart: ((event: Event) => void) | null = null;
		onend: ((event: Event) => void) | null = null;
		onerror: ((event: Event) => void) | null = null;
		constructor(text = '') {
			super();
			this.text = text;
		}
	}

	class Synth extends EventTarget {
		onvoiceschanged: ((event: Event) => void) | null = null;
		paused = false;
		get speaking() {
			return queue.length > 0;
		}
		get pending() {
			return queue.length > 1;
		}
		getVoices() {
			return arrived ? all : [];
		}
		speak(utterance: Utterance) {
			w.__spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
			queue.push(utterance);
			startNext();
		}
		cancel() {
			w.__cancels++;
			queue = [];
		}
		pause() {
			this.paused = true;
		}
		resume() {
			this.paused = false;
		}
	}

	const synth = new Synth();
	const startNext = () => {
		const next = queue[0];
		if (next && !started.has(next)) {
			started.add(next);
			fire(next, 'start');
		}
	};
	w.__speechEnd = () => {
		const ended = queue.shift();
		if (!ended) throw new Error('__speechEnd: nothing is being spoken');
		fire(ended, 'end');
		// Unless the page's `end` handler spoke the next one (which then started) or cancelled.
		startNext();
	};
	w.__voicesArrive = () => {
		arrived = true;
		fire(synth, 'voiceschanged');
	};
	Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		configurable: true,
		writable: true,
		value: Utterance
	});
}

/**
 * Gives the pages of `page` these voices from the next navigation on. With `lateVoices`,
 * getVoices() is empty, as in Chrome at first, until `voicesArrive(page)`.
 */
export async function stubSpeech(
	page: Page,
	{ voices }: { voices: StubVoice[] },
	options: { lateVoices?: boolean } = {}
): Promise<void> {
	await page.addInitScript(install, { voices, lateVoices: options.lateVoices ?? false });
}

/** Everything speak() received so far, in order. */
export async function spoken(page: Page): Promise<Spoken[]> {
	return page.evaluate(() => (window as unknown as StubWindow).__spoken);
}

/** How often cancel() was called. */
export async function cancels(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as StubWindow).__cancels);
}

/** The utterance being spoken ends (`end`), and the next one queued starts. */
export async function finishUtterance(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as StubWindow).__speechEnd());
}

/** The late voices arrive (`voiceschanged`). */
export async function voicesArrive(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as StubWindow).__voicesArrive());
}
