/**
 * The validator for what the browser kept. A module of its own because zod/mini is most of its
 * weight: it is loaded only when storage holds something, so a first visit (the one on a slow
 * network, with nothing stored) does not download it.
 */
import * as z from 'zod/mini';
import { ANSWERS } from '$lib/scoring/score';
import { FORMAT } from './format';
import type { QuizState } from './state';

const StoredSchema = z.object({
	format: z.literal(FORMAT),
	set: z.string(),
	answers: z.record(z.string(), z.enum(ANSWERS)),
	important: z.array(z.string())
});

/**
 * The kept state, or null for anything that is not exactly what this version of the site wrote
 * for this statement set: never a partial or guessed state.
 */
export function decodeStored({
	raw,
	fingerprint,
	statementIds
}: {
	raw: string;
	fingerprint: string;
	statementIds: readonly string[];
}): QuizState | null {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return null;
	}
	const parsed = StoredSchema.safeParse(json);
	if (!parsed.success || parsed.data.set !== fingerprint) return null;
	const known = new Set(statementIds);
	// Keys are checked on the raw JSON: a key such as "__proto__" vanishes from the parsed copy.
	const rawIds = Object.keys((json as { answers: object }).answers);
	if (rawIds.some((id) => !known.has(id))) return null;
	const answers = Object.entries(parsed.data.answers);
	const answered = new Set(answers.filter(([, a]) => a !== 'skip').map(([id]) => id));
	if (parsed.data.important.some((id) => !answered.has(id))) return null;
	return { answers: Object.fromEntries(answers), important: [...new Set(parsed.data.important)] };
}
