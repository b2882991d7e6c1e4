/**
 * A tap only ever acts on what was on screen when the finger came down.
 *
 * A quick double or triple tap on "Eens" would otherwise answer statements the voter never saw:
 * the first tap moves on to the next statement, and the second lands on whatever button is now
 * under the finger (often another answer, since buttons move). So while the page is moving to
 * another one, and for SETTLE_MS after it appears, taps are dropped; a dropped tap extends the
 * wait, so a burst of taps counts once. A voter reading a new statement needs far longer than
 * SETTLE_MS before a deliberate answer.
 *
 * Framework-free: the layout tells it when navigation starts and ends; `settling` lets controls
 * say they are not ready (`aria-disabled`), which screen readers announce and test tools wait for.
 */
import { atom } from 'nanostores';

export const SETTLE_MS = 500;
/** Navigation that never ends (a failed load) must not block taps for ever. */
export const NAVIGATION_CAP_MS = 5_000;

/** True while taps are dropped. */
export const settling = atom(false);

export type TapGuard = {
	/** A navigation has started: what is on screen is about to change. */
	navigating(): void;
	/** The new page is on screen. */
	arrived(): void;
	stop(): void;
};

export function installTapGuard({
	target,
	now = () => performance.now(),
	schedule = (run, ms) => setTimeout(run, ms),
	cancel = (handle) => clearTimeout(handle)
}: {
	target: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	now?: () => number;
	schedule?: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
	cancel?: (handle: ReturnType<typeof setTimeout>) => void;
}): TapGuard {
	let blockedUntil = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether the finger of the latest tap came down on a settled page. */
	let tapAccepted = true;

	const block = (ms: number) => {
		blockedUntil = now() + ms;
		settling.set(true);
		if (timer !== undefined) cancel(timer);
		const release = () => {
			const left = blockedUntil - now();
			if (left > 0) timer = schedule(release, left);
			else {
				timer = undefined;
				settling.set(false);
			}
		};
		timer = schedule(release, ms);
	};

	const onPointerDown = () => {
		tapAccepted = now() >= blockedUntil;
		if (!tapAccepted) block(SETTLE_MS);
	};
	const onClick = (event: MouseEvent) => {
		// detail > 0: a click made by a pointer, judged by where its finger came down. A keyboard or
		// assistive-technology click (detail 0) is judged by the moment itself.
		const allowed = event.detail > 0 ? tapAccepted : now() >= blockedUntil;
		if (allowed) return;
		event.preventDefault();
		event.stopImmediatePropagation();
	};
	target.addEventListener('pointerdown', onPointerDown, { capture: true });
	target.addEventListener('click', onClick, { capture: true });

	return {
		navigating: () => block(NAVIGATION_CAP_MS),
		arrived: () => block(SETTLE_MS),
		stop() {
			target.removeEventListener('pointerdown', onPointerDown, { capture: true });
			target.removeEventListener('click', onClick, { capture: true });
			if (timer !== undefined) cancel(timer);
			settling.set(false);
		}
	};
}
