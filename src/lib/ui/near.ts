/**
 * Calls `reached` once `element` comes onto the screen (at once where IntersectionObserver is
 * missing): parts of a page below the first screen load their code only when a voter scrolls to
 * them, so what a voter sees first arrives sooner on a slow phone. Returns a stop function.
 */
export function whenNear(element: Element, reached: () => void): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		reached();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			reached();
		},
		// Only once it reaches the screen: above it, the summary is all most visitors read.
		{ rootMargin: '0px' }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
