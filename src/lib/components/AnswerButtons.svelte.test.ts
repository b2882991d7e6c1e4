import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderDutch } from '$lib/testing/render';
import { describe, expect, it, vi } from 'vitest';
import AnswerButtons from './AnswerButtons.svelte';

describe('AnswerButtons', () => {
	it('offers exactly Eens, Geen van beide, Oneens and skipping, each labelled', () => {
		renderDutch(AnswerButtons, { chosen: undefined, onanswer: () => {} });
		for (const name of ['Eens', 'Geen van beide', 'Oneens', 'Sla deze stelling over']) {
			expect(screen.getByRole('button', { name })).toBeInTheDocument();
		}
		expect(screen.getAllByRole('button')).toHaveLength(4);
	});

	it('reports the answer by name, never by position', async () => {
		const onanswer = vi.fn();
		renderDutch(AnswerButtons, { chosen: undefined, onanswer });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Oneens' }));
		await user.click(screen.getByRole('button', { name: 'Geen van beide' }));
		await user.click(screen.getByRole('button', { name: 'Sla deze stelling over' }));
		expect(onanswer.mock.calls).toEqual([['disagree'], ['neutral'], ['skip']]);
	});

	it('marks the chosen answer as pressed, and only that one', () => {
		renderDutch(AnswerButtons, { chosen: 'neutral', onanswer: () => {} });
		expect(screen.getByRole('button', { name: 'Geen van beide' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(screen.getByRole('button', { name: 'Eens' })).toHaveAttribute('aria-pressed', 'false');
		expect(screen.getByRole('button', { pressed: true })).toHaveAccessibleName('Geen van beide');
	});

	it('is disabled until the app has started', async () => {
		const onanswer = vi.fn();
		renderDutch(AnswerButtons, { chosen: undefined, disabled: true, onanswer });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Eens' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.getByRole('button', { name: 'Eens' })).toBeDisabled();
	});

	it('explains the difference between neutral and skipping', () => {
		renderDutch(AnswerButtons, { chosen: undefined, onanswer: () => {} });
		expect(screen.getByText(/telt mee als half eens\. Overslaan telt niet mee\./)).toBeVisible();
	});
});
