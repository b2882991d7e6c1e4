import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { DUTCH, renderDutch } from '$lib/testing/render';
import { describe, expect, it } from 'vitest';
import { score } from '$lib/scoring/score';
import { fakeContent, fakeDetails, fakeStatement, fakeTexts } from '$lib/testing/fixtures';
import StatementResults from './StatementResults.svelte';

const content = fakeContent({
	themes: ['a', 'b'],
	statements: [
		fakeStatement({ id: 's1', theme: 'a', stance: 'agree', number: 1 }),
		fakeStatement({ id: 's2', theme: 'a', stance: 'disagree', number: 2 }),
		fakeStatement({ id: 's3', theme: 'b', stance: 'agree', number: 1 }),
		fakeStatement({ id: 's4', theme: 'b', stance: 'agree', number: 2 })
	]
});
const result = score({
	statements: content.statements,
	responses: { answers: { s1: 'agree', s2: 'agree', s3: 'neutral', s4: 'skip' }, important: [] }
});

const renderList = () =>
	renderDutch(StatementResults, {
		content,
		texts: fakeTexts(content),
		terms: [],
		t: DUTCH.list,
		details: fakeDetails(content),
		result
	});

describe('StatementResults', () => {
	it('groups every statement under its theme', () => {
		renderList();
		expect(screen.getAllByRole('article')).toHaveLength(4);
		expect(screen.getByRole('region', { name: 'Thema A' })).toHaveTextContent('Titel s2');
		expect(screen.getByRole('region', { name: 'Thema B' })).toHaveTextContent('Titel s4');
	});

	it.each([
		['Eens (1)', ['Titel s1']],
		['Deels eens (1)', ['Titel s3']],
		['Oneens (1)', ['Titel s2']],
		['Overgeslagen (1)', ['Titel s4']],
		['Alles (4)', ['Titel s1', 'Titel s2', 'Titel s3', 'Titel s4']]
	])('the filter "%s" shows exactly those statements', async (filter, titles) => {
		renderList();
		await userEvent.setup().click(screen.getByRole('radio', { name: filter }));
		const shown = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
		expect(shown).toEqual(titles);
	});

	it('hides a theme with nothing in the chosen filter', async () => {
		renderList();
		await userEvent.setup().click(screen.getByRole('radio', { name: 'Oneens (1)' }));
		expect(screen.queryByRole('region', { name: 'Thema B' })).not.toBeInTheDocument();
	});
});
