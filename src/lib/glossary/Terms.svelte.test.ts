import { screen, waitFor } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderDutch } from '$lib/testing/render';
import TermsHarness from '$lib/testing/TermsHarness.svelte';

// As the browser gets them: hard words marked with their place in the list of explanations.
const explanations = [
	'Een groot bedrijf dat in veel landen werkt.',
	'Een organisatie van rijke landen.'
];
const marked = '{Multinationals|0} moeten de regels van de {OESO|1} volgen.';
const text = 'Multinationals moeten de regels van de OESO volgen.';
const show = (explain = vi.fn(() => Promise.resolve(explanations))) => {
	renderDutch(TermsHarness, { text: marked }, { glossary: { explain } });
	return explain;
};
const term = (name: string) => screen.getByRole('button', { name });

describe('a hard word explained where it stands', () => {
	it('is a button named by the word, in the sentence as written', () => {
		show();
		expect(screen.getByTestId('block')).toHaveTextContent(text);
		expect(term('Multinationals')).toHaveAttribute('aria-expanded', 'false');
		expect(term('OESO')).toHaveAttribute('aria-expanded', 'false');
	});

	it('opens its explanation below the sentence on a tap, and closes it on the next', async () => {
		const user = userEvent.setup();
		show();
		const panel = document.getElementById(term('OESO').getAttribute('aria-controls')!)!;
		expect(panel).not.toBeVisible();
		await user.click(term('OESO'));
		expect(term('OESO')).toHaveAttribute('aria-expanded', 'true');
		await waitFor(() => expect(panel).toHaveTextContent('OESO: Een organisatie van rijke landen.'));
		expect(panel).toBeVisible();
		// Below the sentence, not inside it: the sentence still reads as written.
		expect(screen.getByTestId('block').compareDocumentPosition(panel)).toBe(
			Node.DOCUMENT_POSITION_FOLLOWING
		);
		await user.click(term('OESO'));
		expect(term('OESO')).toHaveAttribute('aria-expanded', 'false');
		expect(panel).not.toBeVisible();
	});

	it('shows one explanation per sentence: another word replaces the first', async () => {
		const user = userEvent.setup();
		show();
		await user.click(term('OESO'));
		await user.click(term('Multinationals'));
		expect(term('OESO')).toHaveAttribute('aria-expanded', 'false');
		await waitFor(() =>
			expect(screen.getByText(/Een groot bedrijf/).closest('div')).toHaveTextContent(
				'Multinationals: Een groot bedrijf dat in veel landen werkt.'
			)
		);
	});

	it('works from the keyboard', async () => {
		const user = userEvent.setup();
		show();
		await user.tab();
		expect(term('Multinationals')).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(term('Multinationals')).toHaveAttribute('aria-expanded', 'true');
		await user.tab();
		expect(term('OESO')).toHaveFocus();
		await user.keyboard(' ');
		expect(term('OESO')).toHaveAttribute('aria-expanded', 'true');
	});

	it('loads the explanations only when a word is first reached', async () => {
		const user = userEvent.setup();
		const explain = show();
		expect(explain).not.toHaveBeenCalled();
		await user.click(term('OESO'));
		expect(explain).toHaveBeenCalled();
	});

	it('offers a retry when the explanations cannot load, offline', async () => {
		const user = userEvent.setup();
		let online = false;
		const explain = vi.fn(() =>
			online ? Promise.resolve(explanations) : Promise.reject(new Error('offline'))
		);
		show(explain);
		await user.click(term('OESO'));
		const retry = await screen.findByRole('button', { name: 'Probeer opnieuw' });
		online = true;
		await user.click(retry);
		expect(await screen.findByText(/Een organisatie van rijke landen/)).toBeVisible();
	});

	it('without a glossary the text is plain', () => {
		renderDutch(TermsHarness, { text: marked });
		expect(screen.getByTestId('block')).toHaveTextContent(text);
		expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Verder']);
	});
});
