// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNear } from './near';

/** An IntersectionObserver whose one instance the test drives by hand. */
class FakeObserver {
	static last: FakeObserver | undefined;
	observed: Element[] = [];
	disconnected = false;
	constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
		FakeObserver.last = this;
	}
	observe(element: Element) {
		this.observed.push(element);
	}
	disconnect() {
		this.disconnected = true;
	}
	show(isIntersecting: boolean) {
		// As a real observer: nothing more once disconnected.
		if (!this.disconnected) this.callback([{ isIntersecting }]);
	}
}

const tab = (key = 'Tab') => document.dispatchEvent(new KeyboardEvent('keydown', { key }));

describe('whenNear', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('waits until the element is on screen, then calls once and stops watching', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const reached = vi.fn();
		whenNear(document.body, reached);
		const observer = FakeObserver.last!;
		expect(observer.observed).toEqual([document.body]);
		observer.show(false);
		expect(reached).not.toHaveBeenCalled();
		observer.show(true);
		expect(reached).toHaveBeenCalledTimes(1);
		expect(observer.disconnected).toBe(true);
		tab();
		expect(reached).toHaveBeenCalledTimes(1);
	});

	it('a Tab anywhere counts as reaching it, so keyboard users do not skip past it', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const reached = vi.fn();
		whenNear(document.body, reached);
		tab('Enter');
		expect(reached).not.toHaveBeenCalled();
		tab();
		expect(reached).toHaveBeenCalledTimes(1);
		FakeObserver.last!.show(true);
		expect(reached).toHaveBeenCalledTimes(1);
	});

	it('once stopped (the part left the page), neither the screen nor a key calls it', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const reached = vi.fn();
		whenNear(document.body, reached)();
		tab();
		expect(reached).not.toHaveBeenCalled();
	});

	it('calls at once where the browser has no IntersectionObserver', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const reached = vi.fn();
		whenNear(document.body, reached);
		expect(reached).toHaveBeenCalledTimes(1);
	});
});
