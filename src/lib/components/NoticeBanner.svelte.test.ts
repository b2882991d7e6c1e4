import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notify } from '$lib/quiz/state';
import NoticeBanner from './NoticeBanner.svelte';

describe('NoticeBanner', () => {
	it('announces a storage reset in a live region, and can be closed', async () => {
		render(NoticeBanner);
		const status = screen.getByRole('status');
		expect(status).toBeEmptyDOMElement();
		notify('storage-reset');
		expect(await screen.findByText(/Je begint opnieuw\./)).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Sluit melding' }));
		expect(status).toBeEmptyDOMElement();
	});

	it('says answers kept on this device could not be loaded, and how to get them back', async () => {
		render(NoticeBanner);
		notify('storage-unavailable');
		expect(
			await screen.findByText(
				'We konden je opgeslagen antwoorden nu niet laden. Laad de pagina opnieuw om ze terug te krijgen.'
			)
		).toBeInTheDocument();
	});
});
