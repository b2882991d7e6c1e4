import type { Statement } from './schema.ts';

/**
 * A short fingerprint of what an answer means: each statement's id, wording and BIJ1's stance, in
 * quiz order. Share links carry it, so a link made for another set of statements is recognised
 * instead of misread. Explanations and quotes are left out on purpose: fixing a typo there does
 * not change what an earlier answer meant.
 *
 * FNV-1a (32 bit) over the UTF-8 bytes: tiny, dependency-free and deterministic. It is not a
 * security measure; a 1 in 4 billion chance that an edited set keeps its fingerprint is fine.
 */
export function fingerprint({
	statements
}: {
	statements: readonly Pick<Statement, 'id' | 'statement' | 'stance'>[];
}): string {
	return fnv1a(JSON.stringify(statements.map((s) => [s.id, s.statement, s.stance])));
}

/**
 * What a translation records of the Dutch text it translates: when the Dutch changes, the
 * translation is known to be stale. Runs of spaces and line breaks do not count, so rewrapping a
 * YAML text does not make its translations stale.
 */
export function textHash(text: string): string {
	return fnv1a(text.trim().replace(/\s+/g, ' '));
}

function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
