import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	installTapGuard,
	NAVIGATION_CAP_MS,
	SETTLE_MS,
	settling,
	type TapGuard
} from './tap-guard';

/** A page stand-in: time is set by hand, timers run when time passes them. */
let time = 0;
let timers: { at: number; run: () => void; id: number }[] = [];
let nextId = 1;
let target: EventTarget;
let guard: TapGuard;
/** Clicks that got through to the page. */
let reached: number;

function advance(ms: number) {
	const end = time + ms;
	for (;;) {
		const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
		if (!due) break;
		time = due.at;
		timers = timers.filter((t) => t !== due);
		due.run();
	}
	time = end;
}

/** A click event as a browser makes it: `detail` counts pointer clicks, 0 for keyboard. */
const click = (detail: number) =>
	Object.assign(new Event('click', { cancelable: true }), { detail });

/** A finger tap: pointerdown now, the click `holdMs` later (as a browser sends them). */
function tap(holdMs = 40) {
	target.dispatchEvent(new Event('pointerdown'));
	advance(holdMs);
	target.dispatchEvent(click(1));
}

/** A keyboard or screen-reader activation: a click with detail 0. */
function press() {
	target.dispatchEvent(click(0));
}

beforeEach(() => {
	time = 0;
	timers = [];
	reached = 0;
	target = new EventTarget();
	guard = installTapGuard({
		target: target as unknown as Window,
		now: () => time,
		schedule: (run, ms) => {
			const id = nextId++;
			timers.push({ at: time + ms, run, id });
			return id as unknown as ReturnType<typeof setTimeout>;
		},
		cancel: (id) => {
			timers = timers.filter((t) => t.id !== (id as unknown as number));
		}
	});
	// The page's own handler sits below the guard's capturing one.
	target.addEventListener('click', () => reached++);
});
afterEach(() => guard.stop());

/** A tap that answers and moves on: the page navigates, which takes `loadMs`. */
function answeringTap(loadMs: number) {
	tap();
	guard.navigating();
	advance(loadMs);
	guard.arrived();
}

describe('the tap guard', () => {
	it('lets a tap on a settled page through', () => {
		tap();
		expect(reached).toBe(1);
		expect(settling.get()).toBe(false);
	});

	const bursts: [string, number, number, number][] = [
		// name, taps in the burst, ms between taps, ms the navigation takes
		['a double tap 90 ms apart, the next page already there', 2, 90, 30],
		['a double tap 90 ms apart, the next page still loading', 2, 90, 300],
		['a double tap 350 ms apart', 2, 350, 60],
		['a triple tap 90 ms apart', 3, 90, 60],
		['a triple tap 350 ms apart', 3, 350, 60],
		['a triple tap 350 ms apart on a slow phone', 3, 350, 700]
	];
	it.each(bursts)('%s counts once', (_name, taps, gapMs, loadMs) => {
		answeringTap(loadMs);
		let elapsed = 40 + loadMs;
		for (let i = 1; i < taps; i++) {
			advance(Math.max(0, i * gapMs - elapsed));
			elapsed = i * gapMs;
			tap();
			elapsed += 40;
		}
		expect(reached).toBe(1);
	});

	it('a deliberate tap after the page has settled counts', () => {
		answeringTap(60);
		advance(SETTLE_MS);
		tap();
		expect(reached).toBe(2);
	});

	it('a dropped tap extends the wait: taps must pause before one counts again', () => {
		answeringTap(60);
		advance(SETTLE_MS - 100);
		tap(); // dropped, and the wait starts again
		advance(SETTLE_MS - 100);
		tap(); // still within SETTLE_MS of the dropped one
		expect(reached).toBe(1);
		advance(SETTLE_MS);
		tap();
		expect(reached).toBe(2);
	});

	it('says it is settling, and stops saying so when taps count again', () => {
		answeringTap(60);
		expect(settling.get()).toBe(true);
		advance(SETTLE_MS);
		expect(settling.get()).toBe(false);
	});

	it('a navigation that never ends blocks taps for at most NAVIGATION_CAP_MS', () => {
		guard.navigating();
		advance(NAVIGATION_CAP_MS - 1);
		tap();
		expect(reached).toBe(0);
		advance(NAVIGATION_CAP_MS);
		tap();
		expect(reached).toBe(1);
	});

	it('a keyboard activation counts once the page has settled, not before', () => {
		guard.arrived();
		press();
		expect(reached).toBe(0);
		advance(SETTLE_MS);
		press();
		expect(reached).toBe(1);
	});

	it('stops guarding when stopped', () => {
		guard.navigating();
		guard.stop();
		tap();
		expect(reached).toBe(1);
		expect(settling.get()).toBe(false);
	});
});
