/**
 * The code in a shared link (`/gedeeld#<code>`): every answer and its important flag, packed
 * small enough to paste into a chat. Pure: no Svelte, DOM or store imports. The code sits in the
 * fragment, so it never reaches a server.
 *
 * Layout (base64url, no padding):
 *
 *   byte 0        format version (1)
 *   bytes 1–4     the statement-set fingerprint (8 hex chars as 4 bytes)
 *   bytes 5…      3 bits per statement in quiz order, most significant bit first:
 *                 an important bit, then a 2-bit answer code; unused bits in the last byte are 0
 *   last byte     CRC-8 of all bytes before it
 *
 * The framing (base64url with a trailing CRC-8) stays the same in every future version; only
 * what comes after the version byte may change. That way a link from a newer format is reported
 * as 'version' rather than as damage, while random text almost never passes the checksum.
 *
 * 24 statements: 1 + 4 + 9 + 1 = 15 bytes = 20 characters.
 */
import { isConsistent, isImportant, type Answer, type Responses } from '$lib/quiz/responses';

export const SHARE_VERSION = 1;

export const DECODE_ERRORS = [
	/** Nothing after the `#`. */
	'empty',
	/** Not base64url as we write it: other characters, bad percent-encoding, or non-canonical. */
	'malformed',
	/** Too short or too long for this set of statements: most likely cut off or run on. */
	'length',
	/** The right length but the checksum or the packed answers are wrong: the link is damaged. */
	'corrupt',
	/** Intact, with a checksum that matches, but written in a newer format this site cannot read. */
	'version',
	/** Intact, but made for another set of statements (the quiz changed since it was shared). */
	'other-set'
] as const;
export type DecodeError = (typeof DECODE_ERRORS)[number];

export type DecodeResult = { ok: true; responses: Responses } | { ok: false; reason: DecodeError };

/**
 * Answer codes by name, never by position in ANSWERS: reordering the answer buttons must not
 * change what an existing link means. 'skip' is 0 so an all-skipped quiz is all zero bits.
 */
const ANSWER_CODE = { skip: 0, agree: 1, neutral: 2, disagree: 3 } as const satisfies Record<
	Answer,
	number
>;
const ANSWER_BY_CODE: readonly Answer[] = (Object.keys(ANSWER_CODE) as Answer[]).sort(
	(a, b) => ANSWER_CODE[a] - ANSWER_CODE[b]
);
const IMPORTANT_BIT = 0b100;
const BITS_PER_STATEMENT = 3;
const FINGERPRINT_BYTES = 4;
const HEADER_BYTES = 1 + FINGERPRINT_BYTES;
const CHECKSUM_BYTES = 1;
/** Far beyond any real code: stops a pasted novel from being decoded at all. */
const MAX_INPUT_CHARS = 2000;
/**
 * Format versions a future site might write. A code with another version byte is damage, not a
 * newer site: random or repeated text ("AAAA…" decodes to zero bytes, whose CRC-8 is 0) must not
 * be taken for a link from another version.
 */
const FUTURE_VERSIONS = { min: SHARE_VERSION + 1, max: 15 } as const;
/** No statement set will ever be this large; a longer code is damage. */
const MAX_STATEMENTS = 200;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Number of characters of a code for `count` statements. */
export function shareCodeLength({ count }: { count: number }): number {
	return Math.ceil((byteLength(count) * 8) / 6);
}

export function encodeShare({
	fingerprint,
	statementIds,
	responses
}: {
	fingerprint: string;
	statementIds: readonly string[];
	responses: Responses;
}): string {
	if (!/^[0-9a-f]{8}$/.test(fingerprint)) {
		throw new Error(
			`encodeShare: fingerprint must be 8 lowercase hex characters, got "${fingerprint}"`
		);
	}
	const bytes = new Uint8Array(byteLength(statementIds.length));
	bytes[0] = SHARE_VERSION;
	for (let i = 0; i < FINGERPRINT_BYTES; i++) {
		bytes[1 + i] = parseInt(fingerprint.slice(2 * i, 2 * i + 2), 16);
	}
	statementIds.forEach((id, i) => {
		const answer = responses.answers[id] ?? 'skip';
		const flag = isImportant(responses, id) ? IMPORTANT_BIT : 0;
		writeBits(bytes, HEADER_BYTES * 8 + i * BITS_PER_STATEMENT, flag | ANSWER_CODE[answer]);
	});
	bytes[bytes.length - 1] = crc8(bytes.subarray(0, bytes.length - CHECKSUM_BYTES));
	return toBase64url(bytes);
}

/**
 * Reads a code back. Never throws: whatever a chat app, a user or an attacker puts after the `#`
 * ends as a typed reason. Accepts a leading `#`, percent-encoding, and the punctuation a chat app
 * glues to the end of a link (`.`, `)`, …).
 */
export function decodeShare({
	code,
	fingerprint,
	statementIds
}: {
	code: string;
	fingerprint: string;
	statementIds: readonly string[];
}): DecodeResult {
	try {
		return decodeUnguarded({ code, fingerprint, statementIds });
	} catch {
		// Unreachable by design (the property tests run decodeUnguarded itself); a last guard so a
		// bug shows as a broken link rather than a crashed page.
		return { ok: false, reason: 'malformed' };
	}
}

/** decodeShare without its last guard, exported so the tests can show it needs none. */
export function decodeUnguarded({
	code,
	fingerprint,
	statementIds
}: {
	code: string;
	fingerprint: string;
	statementIds: readonly string[];
}): DecodeResult {
	if (typeof code !== 'string') return fail('malformed');
	if (code.length > MAX_INPUT_CHARS) return fail('length');
	const text = normalise(code);
	if (text === null) return fail('malformed');
	if (text === '') return fail('empty');
	if (!BASE64URL.test(text)) return fail('malformed');

	const expectedChars = shareCodeLength({ count: statementIds.length });
	const bytes = fromBase64url(text);
	if (bytes === null) return fail(text.length === expectedChars ? 'malformed' : 'length');
	// Damage first: only an intact code of a plausible shape is "another version".
	const damaged = text.length === expectedChars ? 'corrupt' : 'length';
	if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) return fail('length');
	if (bytes.length > byteLength(MAX_STATEMENTS)) return fail('length');
	const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
	if (crc8(body) !== bytes[bytes.length - 1]) return fail(damaged);
	const version = bytes[0]!;
	if (version >= FUTURE_VERSIONS.min && version <= FUTURE_VERSIONS.max) return fail('version');
	if (version !== SHARE_VERSION) return fail(damaged);
	// Before the length check: a set with more or fewer statements must read as 'other-set'.
	if (toHex(bytes.subarray(1, HEADER_BYTES)) !== fingerprint) {
		return paddingIsZero(bytes) ? fail('other-set') : fail(damaged);
	}
	if (bytes.length !== byteLength(statementIds.length)) return fail('length');

	const answers: Record<string, Answer> = {};
	const important: string[] = [];
	for (const [i, id] of statementIds.entries()) {
		const value = readBits(bytes, HEADER_BYTES * 8 + i * BITS_PER_STATEMENT);
		const answer = ANSWER_BY_CODE[value & ~IMPORTANT_BIT];
		if (answer === undefined) return fail('corrupt');
		const marked = (value & IMPORTANT_BIT) !== 0;
		answers[id] = answer;
		if (marked) important.push(id);
	}
	const responses = { answers, important };
	if (!isConsistent({ responses, statementIds }) || !paddingIsZero(bytes, statementIds.length)) {
		return fail('corrupt');
	}
	return { ok: true, responses };
}

/**
 * Whether the bits after the last statement are 0, as the encoder leaves them. For a code of
 * another set the statement count is not known: the bytes allow a few counts, and the largest
 * leaves fewer than 3 spare bits, which must then be 0.
 */
function paddingIsZero(
	bytes: Uint8Array,
	count = Math.floor(((bytes.length - HEADER_BYTES - CHECKSUM_BYTES) * 8) / BITS_PER_STATEMENT)
): boolean {
	const end = (bytes.length - CHECKSUM_BYTES) * 8;
	for (let bit = HEADER_BYTES * 8 + count * BITS_PER_STATEMENT; bit < end; bit++) {
		if (readBit(bytes, bit)) return false;
	}
	return true;
}

function fail(reason: DecodeError): DecodeResult {
	return { ok: false, reason };
}

/**
 * Strips whitespace and a leading `#`, undoes percent-encoding, and drops punctuation that a
 * chat app or a sentence glued to the end ("…#AbC.", "(…#AbC)"): none of it is in the alphabet.
 * `null` if the percent-encoding is broken.
 */
function normalise(code: string): string | null {
	let text = code.trim();
	if (text.includes('%')) {
		try {
			text = decodeURIComponent(text).trim();
		} catch {
			return null;
		}
	}
	text = text.replace(TRAILING_PUNCTUATION, '');
	return text.startsWith('#') ? text.slice(1) : text;
}
const TRAILING_PUNCTUATION = /[\s.,;:!?'"’”)\]}>*]+$/u;

function byteLength(count: number): number {
	return HEADER_BYTES + Math.ceil((count * BITS_PER_STATEMENT) / 8) + CHECKSUM_BYTES;
}

function readBit(bytes: Uint8Array, bit: number): number {
	return ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1;
}

function readBits(bytes: Uint8Array, start: number): number {
	let value = 0;
	for (let b = 0; b < BITS_PER_STATEMENT; b++) value = (value << 1) | readBit(bytes, start + b);
	return value;
}

function writeBits(bytes: Uint8Array, start: number, value: number): void {
	for (let b = 0; b < BITS_PER_STATEMENT; b++) {
		if ((value >> (BITS_PER_STATEMENT - 1 - b)) & 1) {
			const bit = start + b;
			bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (1 << (7 - (bit & 7)));
		}
	}
}

/**
 * CRC-8 (polynomial 0x07). It catches every error burst of up to 8 bits, so any single changed
 * character (6 bits) is always detected, unlike a plain sum.
 */
export function crc8(bytes: Uint8Array): number {
	let crc = 0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
	}
	return crc;
}

function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Hand-written rather than btoa/Buffer: it must run the same in the browser and in Node, and
// the decoder must reject non-canonical input, which atob silently accepts.
function toBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

/** `null` for a length no byte string encodes to, or when the unused trailing bits are not 0. */
function fromBase64url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let j = 0;
	for (const char of text) {
		buffer = ((buffer << 6) | ALPHABET.indexOf(char)) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[j++] = (buffer >> bits) & 0xff;
		}
	}
	if ((buffer & ((1 << bits) - 1)) !== 0) return null;
	return bytes;
}
