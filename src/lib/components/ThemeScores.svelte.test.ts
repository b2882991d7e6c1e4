import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { score } from '$lib/scoring/score';
import ThemeScores from './ThemeScores.svelte';

const themes = [
	{ id: 'a', title: 'Thema A', intro: 'Over A.' },
	{ id: 'b', title: 'Thema B', intro: 'Over B.' }
];
const statements = [
	{ id: 's1', theme: 'a', stance: 'agree' as const },
	{ id: 's2', theme: 'a', stance: 'disagree' as const },
	{ id: 's3', theme: 'b', stance: 'agree' as const }
];

describe('ThemeScores', () => {
	it('shows each theme with its percentage, and "geen score" where all was skipped', () => {
		const result = score({ statements, answers: { s1: 'agree', s2: 'neutral', s3: 'skip' } });
		render(ThemeScores, { themes, result });
		const items = screen.getAllByRole('listitem');
		expect(within(items[0]!).getByRole('heading')).toHaveTextContent('Thema A');
		expect(items[0]).toHaveTextContent('75%');
		expect(items[1]).toHaveTextContent('geen score');
		expect(items[1]).not.toHaveTextContent('%');
	});
});
