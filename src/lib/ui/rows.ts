/**
 * Asking a result page to show one statement's row: after changing an answer, or from "Wat
 * bepaalt je uitslag". The list of rows loads only when it is needed, so the request waits in a
 * store until the list is there; the list then shows the row, puts focus on it and clears it.
 */
import { atom } from 'nanostores';

export const rowRequest = atom<string | null>(null);

/** The id attribute of a statement's row, and the `#fragment` that points at it. */
export const rowId = (statementId: string) => `rij-${statementId}`;

export function showRow(statementId: string): void {
	rowRequest.set(statementId);
}

/** The statement a `#rij-…` fragment points at, if any. */
export function rowInHash(hash: string): string | null {
	return hash.startsWith('#rij-') ? decodeURIComponent(hash.slice('#rij-'.length)) : null;
}
