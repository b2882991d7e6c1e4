import { screen, within } from '@testing-library/svelte';
import { renderDutch } from '$lib/testing/render';
import { describe, expect, it } from 'vitest';
import { score } from '$lib/scoring/score';
import ThemeScores from './ThemeScores.svelte';

const themes = [
	{ id: 'a', title: 'Thema A', intro: 'Over A.' },
	{ id: 'b', title: 'Thema B', intro: 'Over B.' }
];
const statements = [
	...['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => ({
		id,
		theme: 'a',
		stance: 'agree' as const
	})),
	{ id: 's7', theme: 'b', stance: 'agree' as const },
	{ id: 's8', theme: 'b', stance: 'agree' as const }
];
// a: four same, two neutral: 10 of 12 = 83%, from 6 of 6; b: one answer only.
const answers = {
	s1: 'agree',
	s2: 'agree',
	s3: 'agree',
	s4: 'agree',
	s5: 'neutral',
	s6: 'neutral',
	s7: 'agree'
} as const;

describe('ThemeScores', () => {
	it('shows each figure with what it rests on, and what is missing where there is none', () => {
		const result = score({ statements, responses: { answers, important: [] } });
		renderDutch(ThemeScores, { themes, result, answerHref: (theme) => `/thema/${theme}` });
		const items = screen.getAllByRole('listitem');
		expect(within(items[0]!).getByRole('heading')).toHaveTextContent('Thema A');
		expect(items[0]).toHaveTextContent('83%');
		expect(items[0]).toHaveTextContent('op basis van 6 van de 6 stellingen');
		expect(items[1]).toHaveTextContent('geen score');
		expect(items[1]).toHaveTextContent('nog 1 antwoord nodig');
		expect(items[1]).not.toHaveTextContent('%');
		expect(
			within(items[1]!).getByRole('link', { name: 'Beantwoord nog 1 stelling' })
		).toHaveAttribute('href', '/thema/b');
	});
});
