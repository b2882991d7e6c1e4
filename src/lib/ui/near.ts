/**
 * Calls `reached` once `element` comes onto the screen (at once where IntersectionObserver is
 * missing): parts of a page below the first screen load their code only when a voter scrolls to
 * them, so what a voter sees first arrives sooner on a slow phone. A voter who moves by keyboard
 * does not scroll first: Tab would jump past a part that is not there yet. So the first Tab
 * anywhere on the page loads it too, long before focus gets that far. Returns a stop function.
 */
export function whenNear(element: Element, reached: () => void): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		reached();
		return () => {};
	}
	const stop = () => {
		observer.disconnect();
		document.removeEventListener('keydown', onKey);
	};
	const reach = () => {
		stop();
		reached();
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Tab') reach();
	};
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((e) => e.isIntersecting)) reach();
		},
		// Only once it reaches the screen: above it, the summary is all most visitors read.
		{ rootMargin: '0px' }
	);
	observer.observe(element);
	document.addEventListener('keydown', onKey);
	return stop;
}
