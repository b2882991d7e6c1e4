import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { DUTCH, renderDutch } from '$lib/testing/render';
import { describe, expect, it } from 'vitest';
import type { Answer } from '$lib/quiz/responses';
import { score } from '$lib/scoring/score';
import { fakeDetails, fakeStatement } from '$lib/testing/fixtures';
import StatementOutcome from './StatementOutcome.svelte';

const statement = fakeStatement({
	id: 's1',
	theme: 'a',
	stance: 'agree',
	title: 'Schulden kwijtschelden',
	statement: 'Nederland moet schulden kwijtschelden.',
	source: { section: 'Economische rechtvaardigheid', number: 1, quote: 'De hele maatregel.' }
});

function renderWith(answer: Answer, important = false) {
	const result = score({
		statements: [statement],
		responses: { answers: { s1: answer }, important: important ? ['s1'] : [] }
	}).statements[0]!;
	return renderDutch(StatementOutcome, {
		statement,
		text: statement.statement,
		t: DUTCH.list,
		details: fakeDetails({ statements: [statement] }),
		result,
		chapter: 'Internationale samenwerking',
		changeHref: '/stelling/s1?terug=uitslag'
	});
}

describe('StatementOutcome', () => {
	it.each([
		['agree', 'Je bent het eens met BIJ1'],
		['neutral', 'Je bent het deels eens met BIJ1'],
		['disagree', 'Je bent het oneens met BIJ1'],
		['skip', 'Overgeslagen: telt niet mee']
	] as const)('answer %s says "%s" in words', (answer, words) => {
		renderWith(answer);
		expect(screen.getByText(words)).toBeInTheDocument();
	});

	it('shows the outcome, and one tap away the answers, the verbatim quote and where it is from', async () => {
		renderWith('disagree', true);
		const row = screen.getByRole('article', { name: 'Schulden kwijtschelden' });
		expect(row).toHaveAttribute('id', 'rij-s1');
		expect(screen.getByText(/Belangrijk voor jou/)).toBeInTheDocument();
		await userEvent.setup().click(screen.getByText('Bekijk stelling en programma'));
		expect(screen.getByText('Nederland moet schulden kwijtschelden.')).toBeVisible();
		expect(screen.getByText('Jouw antwoord').nextElementSibling).toHaveTextContent('Oneens');
		expect(screen.getByText('BIJ1').nextElementSibling).toHaveTextContent('Eens');
		expect((await screen.findByText('De hele maatregel.')).tagName).toBe('BLOCKQUOTE');
		expect(
			screen.getByText('Internationale samenwerking, Economische rechtvaardigheid, maatregel 1')
		).toBeInTheDocument();
	});

	it('links to change the answer, naming the statement for screen readers', async () => {
		renderWith('agree');
		await userEvent.setup().click(screen.getByText('Bekijk stelling en programma'));
		expect(
			await screen.findByRole('link', { name: 'Verander je antwoord bij ‘Schulden kwijtschelden’' })
		).toHaveAttribute('href', '/stelling/s1?terug=uitslag');
	});
});
