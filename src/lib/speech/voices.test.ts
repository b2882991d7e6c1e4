import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSynth, fakeVoice } from '$lib/testing/fake-speech';
import { pickVoice } from './speaker';
import { current, reading, stopReading, voiceAvailable, type SpeechLang } from './voices';

const local = (lang: string, name = lang) => fakeVoice({ name, lang });
const network = (lang: string, name = `${lang} (network)`) =>
	fakeVoice({ name, lang, localService: false });

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	current.synth = undefined;
});

describe('pickVoice', () => {
	const cases: [string, SpeechLang, SpeechSynthesisVoice[], string | undefined][] = [
		// edge case, language, voices the browser lists, name of the voice expected
		['local nl-NL is preferred over local nl-BE', 'nl', [local('nl-BE'), local('nl-NL')], 'nl-NL'],
		['local nl-BE is preferred over other nl', 'nl', [local('nl-SR'), local('nl-BE')], 'nl-BE'],
		['any other local nl-* is taken', 'nl', [local('en-GB'), local('nl-SR')], 'nl-SR'],
		['a bare "nl" tag counts as Dutch', 'nl', [local('nl')], 'nl'],
		[
			'a network nl-NL is ignored for a local nl-BE',
			'nl',
			[network('nl-NL'), local('nl-BE')],
			'nl-BE'
		],
		['only network Dutch voices: none', 'nl', [network('nl-NL'), network('nl-BE')], undefined],
		['no voices at all: none', 'nl', [], undefined],
		['Android underscores: nl_NL', 'nl', [local('nl_BE'), local('nl_NL')], 'nl_NL'],
		['tags compare case-insensitively', 'nl', [local('NL-be'), local('NL-nl')], 'NL-nl'],
		['"nld" is not Dutch', 'nl', [local('nld-NL')], undefined],
		['"english" is not a language prefix match', 'en', [local('enx-US')], undefined],
		['local en-GB is preferred over local en-US', 'en', [local('en-US'), local('en-GB')], 'en-GB'],
		['local en-US is preferred over en-AU', 'en', [local('en-AU'), local('en-US')], 'en-US'],
		['any other local en-* is taken', 'en', [local('nl-NL'), local('en-IN')], 'en-IN'],
		[
			'a network en-GB is ignored for a local en-US',
			'en',
			[network('en-GB'), local('en-US')],
			'en-US'
		],
		['English voices do not speak Dutch', 'nl', [local('en-GB')], undefined],
		['Dutch voices do not speak English', 'en', [local('nl-NL')], undefined],
		[
			'among equal voices the first listed wins',
			'nl',
			[local('nl-NL', 'Xander'), local('nl-NL', 'Claire')],
			'Xander'
		],
		[
			"among equal voices the device's default wins",
			'nl',
			[local('nl-NL', 'Xander'), fakeVoice({ name: 'Claire', lang: 'nl-NL', isDefault: true })],
			'Claire'
		],
		[
			'a default in a worse region does not beat a better region',
			'nl',
			[fakeVoice({ name: 'Ellen', lang: 'nl-BE', isDefault: true }), local('nl-NL', 'Xander')],
			'Xander'
		]
	];
	it.each(cases)('%s', (_name, lang, voices, expected) => {
		expect(pickVoice({ voices, lang })?.name).toBe(expected);
	});
});

/** The store's value now, as a component sees it on its first render. */
const now = (store: ReturnType<typeof voiceAvailable>) => {
	let value: boolean | undefined;
	store.subscribe((v) => (value = v))();
	return value;
};

describe('voiceAvailable', () => {
	it('is false where there is no speechSynthesis (server, jsdom, old browsers)', () => {
		expect(globalThis.speechSynthesis).toBeUndefined();
		expect(now(voiceAvailable({ lang: 'nl' }))).toBe(false);
	});

	it('is false, and does not throw, when getVoices throws', () => {
		const synth = new FakeSynth();
		synth.getVoices = () => {
			throw new Error('not allowed');
		};
		expect(now(voiceAvailable({ lang: 'nl', synth }))).toBe(false);
	});

	const cases: [string, SpeechLang, SpeechSynthesisVoice[], boolean][] = [
		['a local Dutch voice', 'nl', [local('nl-NL')], true],
		['only a network Dutch voice', 'nl', [network('nl-NL')], false],
		['only an English voice, asked for Dutch', 'nl', [local('en-GB')], false],
		['a local English voice', 'en', [local('en-US')], true]
	];
	it.each(cases)('with %s: %s', (_name, lang, voices, expected) => {
		expect(now(voiceAvailable({ lang, synth: new FakeSynth(voices) }))).toBe(expected);
	});

	it('becomes true when a local voice arrives late (voiceschanged)', () => {
		const synth = new FakeSynth([]);
		const seen: boolean[] = [];
		const stop = voiceAvailable({ lang: 'nl', synth }).subscribe((value) => seen.push(value));
		synth.voicesArrive([network('nl-NL')]);
		synth.voicesArrive([network('nl-NL'), local('nl-BE')]);
		stop();
		expect(seen).toEqual([false, true]);
	});

	it('listens for voiceschanged only while subscribed', () => {
		const synth = new FakeSynth([]);
		const store = voiceAvailable({ lang: 'en', synth });
		expect(synth.listeners, 'before anything subscribes').toBe(0);
		const stop = store.subscribe(() => {});
		expect(synth.listeners, 'while subscribed').toBe(1);
		stop();
		expect(synth.listeners, 'after the subscriber left').toBe(0);
	});

	it('tells a subscriber only of changes', () => {
		const synth = new FakeSynth([local('nl-NL')]);
		const seen: boolean[] = [];
		const stop = voiceAvailable({ lang: 'nl', synth }).subscribe((v) => seen.push(v));
		synth.voicesArrive([local('nl-NL'), local('nl-BE')]);
		synth.voicesArrive([]);
		stop();
		expect(seen).toEqual([true, false]);
	});
});

describe('stopReading', () => {
	it('cancels speech, clears the block being read and starts a new generation', () => {
		const synth = new FakeSynth();
		vi.stubGlobal('speechSynthesis', synth);
		reading.set('intro');
		const generation = current.generation;
		stopReading();
		expect(synth.cancels).toBe(1);
		expect(reading.get()).toBeNull();
		expect(current.generation).toBe(generation + 1);
	});

	it('does not throw without speechSynthesis, or when cancel throws', () => {
		expect(() => stopReading()).not.toThrow();
		const synth = new FakeSynth();
		synth.cancel = () => {
			throw new Error('broken');
		};
		vi.stubGlobal('speechSynthesis', synth);
		expect(() => stopReading()).not.toThrow();
	});

	it('has already started a new generation when cancel fires the old utterance’s events', () => {
		const synth = new FakeSynth();
		let generationSeen: number | undefined;
		synth.cancel = () => {
			generationSeen = current.generation;
		};
		vi.stubGlobal('speechSynthesis', synth);
		const before = current.generation;
		stopReading();
		expect(generationSeen).toBe(before + 1);
	});
});
