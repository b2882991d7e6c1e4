import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { DUTCH, renderDutch } from '$lib/testing/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { score } from '$lib/scoring/score';
import { fakeContent, fakeStatement } from '$lib/testing/fixtures';
import ShareResult from './ShareResult.svelte';

// The sharing code is loaded on the first tap. Offline, before the service worker has it, that
// load fails; the next attempt loads it again. Its own file: the module registry is per file, so
// the first import here is really the first.
const chunk = vi.hoisted(() => ({ failures: 0 }));
vi.mock('$lib/share/flow', async (importOriginal) => {
	if (chunk.failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
	return await importOriginal();
});

const CONTENT = fakeContent({
	themes: ['x'],
	statements: [fakeStatement({ id: 'a', theme: 'x', stance: 'agree' })],
	fingerprint: '0badf00d'
});
const RESPONSES = { answers: { a: 'agree' as const }, important: [] };
const RESULT = score({ statements: CONTENT.statements, responses: RESPONSES });
const UNAVAILABLE = 'Dat lukte niet. Controleer je verbinding en probeer het nog eens.';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
	errors = vi.spyOn(console, 'error');
});
afterEach(() => {
	cleanup();
	Reflect.deleteProperty(navigator, 'share');
	expect(errors).not.toHaveBeenCalled();
	vi.restoreAllMocks();
});

describe('ShareResult without its sharing code', () => {
	it('says so, and the next tap works', async () => {
		chunk.failures = 2;
		const share = vi.fn(async (_data: ShareData) => {});
		Object.defineProperty(navigator, 'share', { value: share, configurable: true });
		renderDutch(ShareResult, {
			content: CONTENT,
			result: RESULT,
			responses: RESPONSES,
			sharedPath: '/gedeeld',
			words: () => Promise.resolve(DUTCH.sharing)
		});
		const status = screen.getByRole('status');
		const shareButton = screen.getByRole('button', { name: 'Deel je uitslag' });

		await fireEvent.click(shareButton);
		await vi.waitFor(() => expect(status).toHaveTextContent(UNAVAILABLE));
		// No link was made, so none is offered.
		expect(screen.queryByLabelText('Link naar je uitslag')).toBeNull();

		await fireEvent.click(screen.getByRole('button', { name: 'Kopieer link' }));
		await vi.waitFor(() => expect(chunk.failures).toBe(0));
		await vi.waitFor(() => expect(status).toHaveTextContent(UNAVAILABLE));

		await fireEvent.click(shareButton);
		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		expect(share.mock.calls[0]![0].url).toMatch(/\/gedeeld#/);
		expect(status).toHaveTextContent('');
	});
});
