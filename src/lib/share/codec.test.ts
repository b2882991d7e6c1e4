import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer, type Responses } from '$lib/quiz/responses';
import {
	DECODE_ERRORS,
	decodeShare,
	decodeUnguarded,
	encodeShare,
	shareCodeLength,
	type DecodeError
} from './codec';

const RUNS = { numRuns: 10_000 };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const FINGERPRINT = '1a2b3c4d';
const IDS = Array.from({ length: 24 }, (_, i) => `stelling-${i + 1}`);

/** A fixed, varied answer set: every answer, some important. */
const KNOWN_ANSWERS: Record<string, Answer> = Object.fromEntries(
	IDS.map((id, i) => [id, ANSWERS[i % ANSWERS.length] as Answer])
);
const KNOWN_IMPORTANT = IDS.filter((id, i) => i % 3 === 0 && KNOWN_ANSWERS[id] !== 'skip');
const KNOWN: Responses = { answers: KNOWN_ANSWERS, important: KNOWN_IMPORTANT };
const KNOWN_CODE = encodeShare({ fingerprint: FINGERPRINT, statementIds: IDS, responses: KNOWN });
const NONE: Responses = { answers: {}, important: [] };

function decode(code: string, fingerprint = FINGERPRINT, statementIds = IDS) {
	return decodeShare({ code, fingerprint, statementIds });
}

/** The decoder without its last-resort try/catch: the never-throws properties must hold here. */
function decodeBare(code: string, fingerprint = FINGERPRINT, statementIds = IDS) {
	return decodeUnguarded({ code, fingerprint, statementIds });
}

/** A character that differs from `char`, still in the base64url alphabet. */
function otherChar(char: string): string {
	return char === 'A' ? 'B' : 'A';
}

describe('decodeShare: edge cases', () => {
	const cases: [string, string, DecodeError][] = [
		['empty string', '', 'empty'],
		['only a hash', '#', 'empty'],
		['only spaces', '   ', 'empty'],
		['truncated by one character', KNOWN_CODE.slice(0, -1), 'length'],
		['truncated to half', KNOWN_CODE.slice(0, 10), 'length'],
		['one extra character', `${KNOWN_CODE}A`, 'length'],
		['four extra characters', `${KNOWN_CODE}AAAA`, 'length'],
		['not base64url: standard base64 characters', `${KNOWN_CODE.slice(0, -2)}+/`, 'malformed'],
		['not base64url: padding', `${KNOWN_CODE}==`, 'malformed'],
		[
			'not base64url: a space inside',
			`${KNOWN_CODE.slice(0, 5)} ${KNOWN_CODE.slice(5)}`,
			'malformed'
		],
		['percent garbage %00%ff', '%00%ff', 'malformed'],
		['a lone percent sign', '%', 'malformed'],
		['percent-encoded NUL', '%00', 'malformed'],
		['unicode', 'Ben jij BIJ1? 🗳️ ëïü', 'malformed'],
		['500 characters of base64url noise', 'x7_Q-'.repeat(100), 'length'],
		['500 As: zero bytes pass CRC-8, but this is no code at all', 'A'.repeat(500), 'length'],
		['20 As: the right length, all zero bytes, version 0', 'A'.repeat(20), 'corrupt'],
		['8 As: a header of zeros', 'A'.repeat(8), 'length'],
		['a whole URL instead of the code', `https://example.org/gedeeld#${KNOWN_CODE}`, 'malformed'],
		['one character changed', `${otherChar(KNOWN_CODE[0]!)}${KNOWN_CODE.slice(1)}`, 'corrupt']
	];
	it.each(cases)('%s', (_name, code, reason) => {
		expect(decode(code)).toEqual({ ok: false, reason });
	});

	it('nothing that is damaged is ever called another version', () => {
		for (const [, code, reason] of cases) {
			if (reason !== 'version' && reason !== 'other-set') {
				expect(decode(code)).not.toMatchObject({ reason: expect.stringMatching(/version|set/) });
			}
		}
	});

	it('2001 characters are refused without being decoded', () => {
		expect(decode('A'.repeat(2001))).toEqual({ ok: false, reason: 'length' });
	});

	it('another fingerprint is another set', () => {
		expect(decode(KNOWN_CODE, 'ffffffff')).toEqual({ ok: false, reason: 'other-set' });
	});

	it('another set with more statements is another set, not a length error', () => {
		const more = [...IDS, 'nieuwe-stelling'];
		expect(decode(KNOWN_CODE, 'ffffffff', more)).toEqual({ ok: false, reason: 'other-set' });
	});

	it('another set with fewer statements is another set, not a length error', () => {
		expect(decode(KNOWN_CODE, 'ffffffff', IDS.slice(0, 20))).toEqual({
			ok: false,
			reason: 'other-set'
		});
	});

	it('an intact code of a future format version is a version error', () => {
		const future = withBytes(KNOWN_CODE, (bytes) => {
			bytes[0] = 2;
		});
		expect(decode(future)).toEqual({ ok: false, reason: 'version' });
	});

	it('an intact code with important set on a skipped answer is corrupt', () => {
		const allSkipped = encodeShare({
			fingerprint: FINGERPRINT,
			statementIds: IDS,
			responses: NONE
		});
		const bad = withBytes(allSkipped, (bytes) => {
			bytes[5] = 0b1000_0000;
		});
		expect(decode(bad)).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('an intact code with a 1 in the unused bits is corrupt', () => {
		const ids = IDS.slice(0, 23); // 69 bits: the last 3 bits of the last answer byte are unused
		const code = encodeShare({ fingerprint: FINGERPRINT, statementIds: ids, responses: NONE });
		const bad = withBytes(code, (bytes) => {
			bytes[bytes.length - 2] = 0b0000_0001;
		});
		expect(decode(bad, FINGERPRINT, ids)).toEqual({ ok: false, reason: 'corrupt' });
	});

	it('a non-canonical last character (unused base64 bits set) is malformed', () => {
		const ids = IDS.slice(0, 20); // 60 bits → 14 bytes → 19 characters with 2 unused bits
		const code = encodeShare({ fingerprint: FINGERPRINT, statementIds: ids, responses: NONE });
		const bad = code.slice(0, -1) + ALPHABET[ALPHABET.indexOf(code.at(-1)!) | 1];
		expect(decode(code, FINGERPRINT, ids).ok).toBe(true);
		expect(decode(bad, FINGERPRINT, ids)).toEqual({ ok: false, reason: 'malformed' });
	});

	it('every reason is one of DECODE_ERRORS', () => {
		for (const [, code] of cases) {
			const result = decode(code);
			if (!result.ok) expect(DECODE_ERRORS).toContain(result.reason);
		}
	});
});

describe('decodeShare: valid codes', () => {
	const expected = { ok: true, responses: KNOWN };

	it('a known answer set round-trips in 20 characters', () => {
		expect(KNOWN_CODE).toMatch(/^[A-Za-z0-9_-]{20}$/);
		expect(decode(KNOWN_CODE)).toEqual(expected);
	});

	it('the code for 24 statements is at most 40 characters', () => {
		expect(shareCodeLength({ count: 24 })).toBe(20);
		expect(shareCodeLength({ count: 24 })).toBeLessThanOrEqual(40);
	});

	it('the encoding is stable: a link shared today still reads the same tomorrow', () => {
		expect(
			encodeShare({
				fingerprint: '00000000',
				statementIds: ['a', 'b', 'c', 'd'],
				responses: {
					answers: { a: 'agree', b: 'neutral', c: 'disagree', d: 'skip' },
					important: ['c']
				}
			})
			// 01 | 00000000 | 001 010 111 000 (0000) | CRC-8: hand-checked bytes 01 00 00 00 00 2b 80 6f
		).toBe('AQAAAAArgG8');
	});

	const accepted: [string, string][] = [
		['with a leading hash', `#${KNOWN_CODE}`],
		['with surrounding whitespace', `  ${KNOWN_CODE}\n`],
		['percent-encoded hash', `%23${KNOWN_CODE}`],
		[
			'fully percent-encoded',
			[...KNOWN_CODE].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')
		],
		// Chat apps and sentences glue punctuation to the end of a link.
		['with a full stop after it', `${KNOWN_CODE}.`],
		['with a closing bracket after it', `${KNOWN_CODE})`],
		['with a bracket and a full stop', `${KNOWN_CODE}).`],
		['with a percent-encoded bracket', `${KNOWN_CODE}%29`],
		['with a comma, an exclamation mark and a quote', `${KNOWN_CODE},!’`],
		['with three dots', `${KNOWN_CODE}...`]
	];
	it.each(accepted)('accepted %s', (_name, code) => {
		expect(decode(code)).toEqual(expected);
	});

	it('a missing answer is encoded as skip', () => {
		const code = encodeShare({
			fingerprint: FINGERPRINT,
			statementIds: IDS,
			responses: { answers: { [IDS[0]!]: 'agree' }, important: [] }
		});
		const result = decode(code);
		expect(result.ok && result.responses.answers[IDS[1]!]).toBe('skip');
		expect(result.ok && result.responses.answers[IDS[0]!]).toBe('agree');
	});

	it('important on a skipped or unknown statement is dropped, as score() does', () => {
		const code = encodeShare({
			fingerprint: FINGERPRINT,
			statementIds: IDS,
			responses: { answers: { [IDS[0]!]: 'agree' }, important: [IDS[0]!, IDS[1]!, 'onbekend'] }
		});
		const result = decode(code);
		expect(result.ok && result.responses.important).toEqual([IDS[0]]);
	});

	it('no statements at all still round-trips', () => {
		const code = encodeShare({ fingerprint: FINGERPRINT, statementIds: [], responses: NONE });
		expect(decode(code, FINGERPRINT, [])).toEqual({ ok: true, responses: NONE });
	});

	it('refuses to encode with a fingerprint that is not 8 lowercase hex characters', () => {
		expect(() =>
			encodeShare({ fingerprint: 'ABCDEF12', statementIds: IDS, responses: NONE })
		).toThrow(/fingerprint/);
	});
});

/**
 * Any statement set (unique ids) with any answers and any important subset of the answered.
 * Built from plain integers: fc.stringMatching is too slow for 10,000 runs of every property.
 */
const hex8 = fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0'));
const answerSet = fc
	.array(fc.tuple(fc.constantFrom(...ANSWERS), fc.boolean()), { maxLength: 40 })
	.chain((rows) =>
		fc.tuple(fc.constant(rows), hex8, fc.nat(1000)).map(([rows, fingerprint, seed]) => {
			const statementIds = rows.map((_, i) => `s${seed}-${i}`);
			const answers = Object.fromEntries(statementIds.map((id, i) => [id, rows[i]![0]]));
			const important = statementIds.filter((id, i) => rows[i]![1] && answers[id] !== 'skip');
			return { fingerprint, statementIds, responses: { answers, important } };
		})
	);

const validCode = answerSet.map((set) => ({ set, code: encodeShare(set) }));

describe('properties', { timeout: 60_000 }, () => {
	it('decode(encode(x)) is x for every valid answer set', () => {
		fc.assert(
			fc.property(answerSet, (set) => {
				const result = decodeShare({ code: encodeShare(set), ...set });
				expect(result).toEqual({ ok: true, responses: set.responses });
			}),
			RUNS
		);
	});

	it('the code is exactly shareCodeLength characters of base64url', () => {
		fc.assert(
			fc.property(answerSet, (set) => {
				const code = encodeShare(set);
				expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
				expect(code.length).toBe(shareCodeLength({ count: set.statementIds.length }));
			}),
			RUNS
		);
	});

	it('decode never throws on any unicode string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (code) => {
				const result = decodeBare(code);
				expect(typeof result.ok).toBe('boolean');
			}),
			RUNS
		);
	});

	it('decode never throws on percent-encoding garbage', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^#?(%[0-9a-fA-F]{0,2}|[A-Za-z0-9_-]){0,60}$/), (code) => {
				const result = decodeBare(code);
				expect(typeof result.ok).toBe('boolean');
			}),
			RUNS
		);
	});

	it('decode never throws on base64url-ish strings, and accepts them only if intact', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^#?[A-Za-z0-9_=+/-]{0,60}$/), (code) => {
				const result = decodeBare(code);
				if (result.ok)
					expect(
						decode(encodeShare({ fingerprint: FINGERPRINT, statementIds: IDS, ...result }))
					).toEqual(result);
			}),
			RUNS
		);
	});

	it('a valid code with one character changed, inserted or deleted never decodes', () => {
		const mutation = validCode.chain(({ set, code }) =>
			fc.record({
				set: fc.constant(set),
				code: fc.constant(code),
				kind: fc.constantFrom('change', 'insert', 'delete'),
				at: fc.nat({ max: code.length }),
				char: fc.constantFrom(...ALPHABET)
			})
		);
		fc.assert(
			fc.property(mutation, ({ set, code, kind, at, char }) => {
				const i = Math.min(at, code.length - 1);
				const mutated =
					kind === 'insert'
						? code.slice(0, at) + char + code.slice(at)
						: kind === 'delete'
							? code.slice(0, i) + code.slice(i + 1)
							: code.slice(0, i) + (char === code[i] ? otherChar(char) : char) + code.slice(i + 1);
				const result = decodeShare({ code: mutated, ...set });
				expect(result.ok).toBe(false);
			}),
			RUNS
		);
	});

	it('decode never throws on arbitrary mutations of valid codes', () => {
		const mutated = validCode.chain(({ set, code }) =>
			fc.record({
				set: fc.constant(set),
				code: fc
					.tuple(
						fc.nat({ max: code.length }),
						fc.nat({ max: code.length }),
						fc.string({ unit: 'binary', maxLength: 8 })
					)
					.map(
						([a, b, insert]) => code.slice(0, Math.min(a, b)) + insert + code.slice(Math.max(a, b))
					)
			})
		);
		fc.assert(
			fc.property(mutated, ({ set, code }) => {
				const result = decodeUnguarded({ code, ...set });
				expect(typeof result.ok).toBe('boolean');
			}),
			RUNS
		);
	});

	it('a code made for another statement set is always detected as other-set', () => {
		const pair = fc.tuple(
			answerSet,
			hex8,
			fc.nat(40).map((n) => Array.from({ length: n }, (_, i) => `other-${i}`))
		);
		fc.assert(
			fc.property(pair, ([set, otherFingerprint, otherIds]) => {
				fc.pre(otherFingerprint !== set.fingerprint);
				const code = encodeShare(set);
				for (const statementIds of [set.statementIds, otherIds]) {
					const result = decodeShare({ code, fingerprint: otherFingerprint, statementIds });
					expect(result).toEqual({ ok: false, reason: 'other-set' });
				}
			}),
			RUNS
		);
	});
});

/** Rewrites the bytes of a code and recomputes the checksum, to build intact-but-invalid codes. */
function withBytes(code: string, edit: (bytes: Uint8Array) => void): string {
	const bits = [...code].map((c) => ALPHABET.indexOf(c).toString(2).padStart(6, '0')).join('');
	const bytes = new Uint8Array(Math.floor(bits.length / 8));
	bytes.forEach((_, i) => (bytes[i] = parseInt(bits.slice(8 * i, 8 * i + 8), 2)));
	edit(bytes);
	let crc = 0;
	for (const byte of bytes.subarray(0, -1)) {
		crc ^= byte;
		for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
	}
	bytes[bytes.length - 1] = crc;
	const out = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
	const padded = out.padEnd(Math.ceil(out.length / 6) * 6, '0');
	return (padded.match(/.{6}/g) ?? []).map((b) => ALPHABET[parseInt(b, 2)]).join('');
}
