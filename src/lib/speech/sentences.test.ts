import { describe, expect, it } from 'vitest';
import { MAX_CHARS, sentences } from './sentences';

describe('sentences', () => {
	const cases: [string, string, string[]][] = [
		// edge case, text, pieces expected
		['one sentence', 'Nederland stopt met wapenexport.', ['Nederland stopt met wapenexport.']],
		['two sentences', 'Dit is een. Dit is twee.', ['Dit is een.', 'Dit is twee.']],
		['question and exclamation marks', 'Echt? Ja! Goed.', ['Echt?', 'Ja!', 'Goed.']],
		['an ellipsis', 'Nou… Misschien.', ['Nou…', 'Misschien.']],
		[
			'a closing quote stays with its sentence',
			'Ze zei: "Nee." Toen ging ze.',
			['Ze zei: "Nee."', 'Toen ging ze.']
		],
		[
			'a next sentence that opens with a quote',
			'Dat is zo. „Nee”, zegt hij.',
			['Dat is zo.', '„Nee”, zegt hij.']
		],
		[
			'a next sentence that opens with a digit',
			'Het was 2024. 40 landen deden mee.',
			['Het was 2024.', '40 landen deden mee.']
		],
		['no cut before a lower-case word', 'Het kost 3 mld. per jaar.', ['Het kost 3 mld. per jaar.']],
		[
			'no cut after bijv.',
			'Landen, bijv. Nederland, betalen.',
			['Landen, bijv. Nederland, betalen.']
		],
		[
			'no cut after o.a.',
			'Dat zijn o.a. Duitsland en België.',
			['Dat zijn o.a. Duitsland en België.']
		],
		['no cut after d.w.z.', 'Dus d.w.z. Europa betaalt.', ['Dus d.w.z. Europa betaalt.']],
		['no cut after nr.', 'Zie maatregel nr. 4 hierboven.', ['Zie maatregel nr. 4 hierboven.']],
		['no cut after ca.', 'Het gaat om ca. 1.000 mensen.', ['Het gaat om ca. 1.000 mensen.']],
		[
			'no cut after Dr. (any case)',
			'Ze sprak met Dr. Jansen. Hij knikte.',
			['Ze sprak met Dr. Jansen.', 'Hij knikte.']
		],
		['no cut after mr.', 'Volgens mr. De Vries mag dat.', ['Volgens mr. De Vries mag dat.']],
		[
			'no cut after e.g.',
			'Some countries, e.g. France, pay.',
			['Some countries, e.g. France, pay.']
		],
		['no cut after i.e.', 'The EU, i.e. Brussels, decides.', ['The EU, i.e. Brussels, decides.']],
		[
			'no cut after etc.',
			'Aid, loans etc. Countries repay them.',
			['Aid, loans etc. Countries repay them.']
		],
		['no cut after an initial', 'Volgens J. Jansen klopt dat.', ['Volgens J. Jansen klopt dat.']],
		[
			'an abbreviation in brackets',
			'Steun (bijv. Oxfam) helpt. Echt.',
			['Steun (bijv. Oxfam) helpt.', 'Echt.']
		],
		[
			'a decimal comma is no end',
			'Dat is 0,7% van het bni. Nederland geeft minder.',
			['Dat is 0,7% van het bni.', 'Nederland geeft minder.']
		],
		[
			'a thousands dot is no end',
			'Het gaat om 1.000 euro. Per jaar.',
			['Het gaat om 1.000 euro.', 'Per jaar.']
		],
		[
			'a number with dots and a comma',
			'Het kost € 1.250.000,50 per jaar.',
			['Het kost € 1.250.000,50 per jaar.']
		],
		[
			'a percentage ends a sentence',
			'Het groeide 3%. Dat is veel.',
			['Het groeide 3%.', 'Dat is veel.']
		],
		['a dot inside a web address', 'Zie bij1.org voor meer.', ['Zie bij1.org voor meer.']],
		['line breaks cut', 'Kop zonder punt\nDan tekst', ['Kop zonder punt', 'Dan tekst']],
		['Windows line breaks cut', 'Een\r\nTwee', ['Een', 'Twee']],
		['blank lines and spaces are dropped', '  \n\n  Een.   \n \n', ['Een.']],
		['an empty text', '', []],
		['whitespace only', ' \t\n ', []]
	];
	it.each(cases)('%s', (_name, text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});

	describe('a sentence too long to speak in one go', () => {
		const clause = (word: string, n: number) => Array(n).fill(word).join(' ');

		it('is cut at the semicolon nearest its middle', () => {
			const a = clause('aaaa', 30);
			const b = clause('bbbb', 30);
			const text = `${a}; ${b}.`;
			expect(text.length).toBeGreaterThan(MAX_CHARS);
			expect(sentences(text)).toEqual([`${a};`, `${b}.`]);
		});

		it('at the comma nearest the middle rather than one near an end', () => {
			const text = `Kort, ${clause('aaaa', 24)}, ${clause('bbbb', 24)}, einde.`;
			const pieces = sentences(text);
			expect(pieces).toEqual([`Kort, ${clause('aaaa', 24)},`, `${clause('bbbb', 24)}, einde.`]);
		});

		it('not inside a number ("0,7") or a time ("10:30"), though they are nearer the middle', () => {
			const before = `${clause('aaaa', 19)} 0,7 10:30 bbbb bbbb:`;
			const after = `${clause('cccc', 18)}.`;
			const text = `${before} ${after}`;
			expect(text.length).toBeGreaterThan(MAX_CHARS);
			const middle = text.length / 2;
			const fromMiddle = (at: number) => Math.abs(at - middle);
			expect(fromMiddle(text.indexOf('10:30') + 3), 'the time is nearer the middle').toBeLessThan(
				fromMiddle(before.length)
			);
			expect(fromMiddle(text.indexOf('0,7') + 2), 'the number is nearer the middle').toBeLessThan(
				fromMiddle(before.length)
			);
			expect(sentences(text)).toEqual([before, after]);
		});

		it('at a space when it has no punctuation, until every piece is short enough', () => {
			const text = clause('woord', 200);
			const pieces = sentences(text);
			expect(pieces.join(' ')).toBe(text);
			for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_CHARS);
		});

		it('keeps every word, in order', () => {
			const text = `${clause('een', 40)}, ${clause('twee', 40)}; ${clause('drie', 40)}: ${clause('vier', 40)}.`;
			const pieces = sentences(text);
			expect(pieces.length).toBeGreaterThan(1);
			expect(pieces.join(' ')).toBe(text);
			for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_CHARS);
		});
	});

	it('a sentence of MAX_CHARS is not cut', () => {
		const text = 'a, ' + 'b'.repeat(MAX_CHARS - 3);
		expect(text.length).toBe(MAX_CHARS);
		expect(sentences(text)).toEqual([text]);
	});
});
