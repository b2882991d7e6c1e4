import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderDutch } from '$lib/testing/render';
import { describe, expect, it } from 'vitest';
import { answer, erase, notify, responses } from '$lib/quiz/state';
import NoticeBanner from './NoticeBanner.svelte';

describe('NoticeBanner', () => {
	it('announces a storage reset in a live region, and can be closed', async () => {
		renderDutch(NoticeBanner, {});
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(/^$/);
		notify('storage-reset');
		expect(await screen.findByText(/Je begint opnieuw\./)).toBeInTheDocument();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Sluit melding' }));
		expect(status).toHaveTextContent(/^$/);
		expect(status.querySelector('button')).toBeNull();
	});

	it('offers to undo an erase, and the undo brings the answers back', async () => {
		answer({ id: 'a', value: 'agree' });
		renderDutch(NoticeBanner, {});
		erase();
		expect(
			await screen.findByText('Je antwoorden zijn gewist, ook van dit apparaat.')
		).toBeVisible();
		await userEvent.setup().click(screen.getByRole('button', { name: 'Maak ongedaan' }));
		expect(responses.get().answers).toEqual({ a: 'agree' });
		expect(screen.getByRole('status')).toHaveTextContent(/^$/);
	});

	it('says when a full storage keeps answers only in this page', async () => {
		renderDutch(NoticeBanner, {});
		notify('storage-full');
		expect(await screen.findByText(/De opslag van je browser is vol\./)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Maak ongedaan' })).toBeNull();
	});
});
