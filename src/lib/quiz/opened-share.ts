/**
 * The last shared result this tab opened, so that after doing the test themselves a voter can
 * compare without going back through the history. Kept in this tab only (sessionStorage), and in
 * memory where the browser refuses storage. Only codes that decoded as valid are kept.
 */
import { browserStorage } from './persist';

const KEY = 'ben-jij-bij1-gedeeld';
const CODE = /^[A-Za-z0-9_-]{8,400}$/;
let inMemory: string | null = null;

export function rememberOpenedShare(code: string): void {
	if (!CODE.test(code)) return;
	inMemory = code;
	try {
		browserStorage('sessionStorage')?.setItem(KEY, code);
	} catch {
		// Full or blocked: memory is enough for this page view.
	}
}

export function openedShare(): string | null {
	let kept: string | null = null;
	try {
		kept = browserStorage('sessionStorage')?.getItem(KEY) ?? null;
	} catch {
		// Blocked: only what this page view remembered.
	}
	const code = kept ?? inMemory;
	return code && CODE.test(code) ? code : null;
}

export function forgetOpenedShare(): void {
	inMemory = null;
	try {
		browserStorage('sessionStorage')?.removeItem(KEY);
	} catch {
		// Nothing kept to forget.
	}
}
