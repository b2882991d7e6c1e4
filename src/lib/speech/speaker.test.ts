import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSynth, FakeUtterance, fakeVoice } from '$lib/testing/fake-speech';
import { read, type Block } from './speaker';
import { current, reading, stopReading } from './voices';

const dutch = fakeVoice({ name: 'Xander', lang: 'nl-NL' });
const flemish = fakeVoice({ name: 'Ellen', lang: 'nl-BE' });
const english = fakeVoice({ name: 'Daniel', lang: 'en-GB' });
const networkEnglish = fakeVoice({ name: 'Google UK', lang: 'en-GB', localService: false });

let synth: FakeSynth;
/** Every value `reading` took, in order. */
let marks: (string | null)[];
let unsubscribe: () => void;

beforeEach(() => {
	synth = new FakeSynth([flemish, dutch, english]);
	// stopReading() without arguments cancels the synthesizer of the page.
	vi.stubGlobal('speechSynthesis', synth);
	marks = [];
	unsubscribe = reading.listen((id) => marks.push(id));
});
afterEach(() => {
	stopReading();
	unsubscribe();
	vi.unstubAllGlobals();
	current.synth = undefined;
});

const readBlocks = (blocks: Block[]) => read({ blocks, synth, Utterance: FakeUtterance });
const texts = () => synth.spoken.map((u) => u.text);

const intro: Block = { id: 'intro', text: 'Eerste zin. Tweede zin.', lang: 'nl' };
const quote: Block = { id: 'quote', text: 'Derde zin.', lang: 'nl' };

describe('read', () => {
	it('speaks one sentence at a time, the next only after the previous one ended', () => {
		readBlocks([intro, quote]);
		expect(texts(), 'before any end').toEqual(['Eerste zin.']);
		synth.end();
		expect(texts(), 'after the first end').toEqual(['Eerste zin.', 'Tweede zin.']);
		synth.end();
		expect(texts(), 'after the second end').toEqual(['Eerste zin.', 'Tweede zin.', 'Derde zin.']);
		synth.end();
		expect(texts(), 'after the last end').toHaveLength(3);
	});

	it('sets lang and the on-device voice on every utterance', () => {
		readBlocks([intro]);
		synth.end();
		for (const utterance of synth.spoken) {
			expect(utterance.voice, utterance.text).toBe(dutch);
			expect(utterance.lang, utterance.text).toBe('nl-NL');
		}
	});

	it('reads each block in its own language: a Dutch quote on an English page in Dutch', () => {
		synth.voices = [networkEnglish, english, dutch];
		readBlocks([
			{ id: 'en', text: 'The party says:', lang: 'en' },
			{ id: 'nl', text: 'Geen wapens.', lang: 'nl' }
		]);
		synth.end();
		expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name])).toEqual([
			['The party says:', 'en-GB', 'Daniel'],
			['Geen wapens.', 'nl-NL', 'Xander']
		]);
	});

	it('gives utterances a language tag with hyphens even when the voice has underscores', () => {
		synth.voices = [fakeVoice({ name: 'Android', lang: 'nl_NL' })];
		readBlocks([intro]);
		expect(synth.spoken[0]?.lang).toBe('nl-NL');
	});

	it('marks the block being read and clears the mark at the end', () => {
		readBlocks([intro, quote]);
		expect(reading.get()).toBe('intro');
		synth.end();
		expect(reading.get(), 'second sentence of the same block').toBe('intro');
		synth.end();
		expect(reading.get()).toBe('quote');
		synth.end();
		expect(reading.get()).toBeNull();
		expect(marks).toEqual(['intro', 'quote', null]);
	});

	it('skips a block whose language has no on-device voice', () => {
		synth.voices = [dutch, networkEnglish];
		readBlocks([{ id: 'en', text: 'Not read.', lang: 'en' }, quote]);
		expect(texts()).toEqual(['Derde zin.']);
		expect(reading.get()).toBe('quote');
		synth.end();
		expect(reading.get()).toBeNull();
		expect(marks).toEqual(['quote', null]);
	});

	it('reads nothing, and marks nothing, when no block has a voice', () => {
		synth.voices = [networkEnglish];
		readBlocks([intro, { id: 'en', text: 'Not read.', lang: 'en' }]);
		expect(texts()).toEqual([]);
		expect(reading.get()).toBeNull();
	});

	it('reads nothing without speechSynthesis', () => {
		vi.stubGlobal('speechSynthesis', undefined);
		expect(() => read({ blocks: [intro] })).not.toThrow();
		expect(reading.get()).toBeNull();
	});

	it('stops and clears the mark on an error', () => {
		readBlocks([intro, quote]);
		const cancels = synth.cancels;
		synth.fail();
		expect(reading.get()).toBeNull();
		expect(synth.cancels, 'the rest of the queue is cancelled').toBe(cancels + 1);
		synth.end();
		expect(texts(), 'nothing more is spoken').toEqual(['Eerste zin.']);
	});

	it('stops when speak() throws', () => {
		synth.speak = () => {
			throw new Error('broken');
		};
		expect(() => readBlocks([intro])).not.toThrow();
		expect(reading.get()).toBeNull();
	});

	it('ignores a second end of the same utterance', () => {
		readBlocks([intro, quote]);
		const first = synth.spoken[0];
		synth.end(first);
		synth.end(first);
		expect(texts()).toEqual(['Eerste zin.', 'Tweede zin.']);
	});
});

describe('stopping', () => {
	it('stopReading cancels, clears the mark, and a late end of the cancelled utterance starts nothing', () => {
		readBlocks([intro, quote]);
		const cancels = synth.cancels;
		stopReading();
		expect(synth.cancels).toBe(cancels + 1);
		expect(reading.get()).toBeNull();
		synth.end();
		expect(texts()).toEqual(['Eerste zin.']);
		expect(reading.get(), 'the late end does not mark anything').toBeNull();
	});

	it('a late error of the cancelled utterance changes nothing', () => {
		readBlocks([intro]);
		stopReading();
		readBlocks([quote]);
		const cancels = synth.cancels;
		synth.fail(synth.spoken[0]);
		expect(reading.get()).toBe('quote');
		expect(synth.cancels).toBe(cancels);
	});

	it('stopReading cancels the synthesizer given to read', () => {
		const own = new FakeSynth([dutch]);
		read({ blocks: [intro], synth: own, Utterance: FakeUtterance });
		stopReading();
		expect(own.cancels).toBe(2);
	});

	it('a new read while reading starts over, and the old read goes no further', () => {
		readBlocks([intro]);
		const cancels = synth.cancels;
		const old = synth.spoken[0];
		readBlocks([quote]);
		expect(synth.cancels, 'the old read is cancelled').toBe(cancels + 1);
		expect(reading.get()).toBe('quote');
		synth.end(old);
		expect(texts(), "the old utterance's late end").toEqual(['Eerste zin.', 'Derde zin.']);
		expect(reading.get()).toBe('quote');
		synth.end();
		expect(reading.get()).toBeNull();
		expect(texts()).toEqual(['Eerste zin.', 'Derde zin.']);
	});

	it('the same blocks read again start from the beginning', () => {
		readBlocks([intro]);
		synth.end();
		readBlocks([intro]);
		expect(texts()).toEqual(['Eerste zin.', 'Tweede zin.', 'Eerste zin.']);
		expect(reading.get()).toBe('intro');
	});
});
