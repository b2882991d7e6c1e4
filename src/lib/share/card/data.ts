/**
 * What the result card shows, decided apart from how it is drawn. Pure: no DOM.
 *
 * The card carries no personal data: only percentages, what they rest on, and the titles of up to
 * three statements.
 */
import type { ContentCore, Programme } from '$lib/content/schema';
import type { Messages } from '$lib/i18n/types';
import type { Outcome, Result } from '$lib/scoring/score';

export type CardData = {
	quizName: string;
	/** Whole percentage; `null` below the minimum number of answers. */
	overall: number | null;
	/** What the figure rests on, e.g. "op basis van 18 van de 24 stellingen". */
	basis: string;
	/** `basis` where a theme's figure rests on fewer than all its statements. */
	themes: { title: string; percent: number | null; basis?: string }[];
	/** Up to three statement titles. */
	topAgreed: string[];
	/** Shown as is, e.g. "benjijbij1.nl". */
	siteUrl: string;
	programme: string;
	/** Small print: what the figure is not. */
	disclaimer: string;
	/** The fixed words, in the voter's language. */
	words: { overall: string; noScore: string; topAgreed: string };
};

/** The words a card needs, from the page's messages. */
export type CardWords = {
	common: Pick<Messages['common'], 'siteName' | 'formatDate'>;
	card: Messages['sharing']['card'];
};

export const TOP_COUNT = 3;
/** Lower ranks are shown first; an outcome without a rank is never "agreed with". */
const AGREEMENT_RANK: Partial<Record<Outcome, number>> = { same: 0, partly: 1 };

/**
 * The three statements the voter agreed with most: full agreement before half agreement,
 * important before not important, then quiz order. Opposite and skipped answers are never listed,
 * so the list can be shorter than three or empty.
 */
export function cardData({
	content,
	result,
	siteUrl,
	words
}: {
	content: Pick<ContentCore, 'programme' | 'themes' | 'statements'>;
	result: Result;
	siteUrl: string;
	words: CardWords;
}): CardData {
	const titles = new Map(content.statements.map((s) => [s.id, s.title]));
	const topAgreed = result.statements
		.map((s, index) => ({ s, index, rank: AGREEMENT_RANK[s.outcome] }))
		.filter((r): r is typeof r & { rank: number } => r.rank !== undefined)
		.sort(
			(a, b) =>
				a.rank - b.rank || Number(b.s.important) - Number(a.s.important) || a.index - b.index
		)
		.slice(0, TOP_COUNT)
		.map((r) => titles.get(r.s.id) ?? r.s.id);
	return {
		quizName: words.common.siteName,
		overall: result.overall.percent,
		basis: words.card.basis(result.overall.answered, result.overall.total),
		themes: content.themes.map((t) => {
			const tally = result.themes[t.id];
			const percent = tally?.percent ?? null;
			// A figure from part of a theme says so; a whole theme, or no figure, needs no line.
			const partial = tally && percent !== null && tally.answered < tally.total;
			return {
				title: t.title,
				percent,
				...(partial ? { basis: words.card.basis(tally.answered, tally.total) } : {})
			};
		}),
		topAgreed,
		siteUrl: siteUrl.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, ''),
		programme: programmeLabel({ programme: content.programme, words }),
		disclaimer: words.card.disclaimer,
		words: {
			overall: words.card.overall,
			noScore: words.card.noScore,
			topAgreed: words.card.topAgreed
		}
	};
}

/** "BIJ1 verkiezingsprogramma, hoofdstuk Internationale samenwerking, 12 januari 2021". */
export function programmeLabel({
	programme,
	words
}: {
	programme: Programme;
	words: Pick<CardWords, 'common' | 'card'>;
}): string {
	const date = words.common.formatDate(programme.published);
	return words.card.programme(programme.party, programme.chapter, date);
}
