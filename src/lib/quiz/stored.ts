/**
 * What the browser keeps, and the reading of it back. Whatever is read back is untrusted: another
 * version of the site, another app on the same origin, or a hand-edited value may be there. It is
 * accepted only if it is exactly what this version of the site writes for this statement set:
 * never a partial or guessed state. Hand-written rather than a schema library: it is a few lines,
 * and it runs on every page a returning voter opens, where every byte counts.
 */
import { ANSWERS, isConsistent, type Answer, type Responses } from './responses';

export const STORAGE_KEY = 'ben-jij-bij1';
/** Bump when the stored shape changes: older data is then treated as foreign. */
export const FORMAT = 1;

export function encodeStored({
	responses,
	fingerprint
}: {
	responses: Responses;
	fingerprint: string;
}): string {
	return JSON.stringify({
		format: FORMAT,
		set: fingerprint,
		answers: responses.answers,
		important: responses.important
	});
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isAnswer = (v: unknown): v is Answer => (ANSWERS as readonly unknown[]).includes(v);

/** The kept responses, or null for anything else. Never throws. */
export function decodeStored({
	raw,
	fingerprint,
	statementIds
}: {
	raw: string;
	fingerprint: string;
	statementIds: readonly string[];
}): Responses | null {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isPlainObject(json) || Object.keys(json).length !== 4) return null;
	const { format, set, answers, important } = json;
	if (format !== FORMAT || set !== fingerprint) return null;
	if (!isPlainObject(answers) || !Object.values(answers).every(isAnswer)) return null;
	if (!Array.isArray(important) || !important.every((id) => typeof id === 'string')) return null;
	// A key such as "__proto__" is an own key of the parsed JSON: it is caught here as unknown.
	const responses = {
		answers: answers as Record<string, Answer>,
		important: important as string[]
	};
	return isConsistent({ responses, statementIds }) ? responses : null;
}
