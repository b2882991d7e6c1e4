/**
 * "Lees elke stelling voor": for voters who listen rather than read, each new statement is read
 * as it appears. It lasts for the tab (sessionStorage), like the voter's wish to listen; where
 * storage is blocked, for as long as the page is open.
 */
import { atom } from 'nanostores';

const KEY = 'ben-jij-bij1-voorlezen';

function stored(): boolean {
	try {
		return sessionStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

export const autoRead = atom(typeof window === 'undefined' ? false : stored());

export function setAutoRead(on: boolean): void {
	autoRead.set(on);
	try {
		if (on) sessionStorage.setItem(KEY, '1');
		else sessionStorage.removeItem(KEY);
	} catch {
		// Kept in memory only.
	}
}
