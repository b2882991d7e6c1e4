/**
 * What a tap on a share button does, loaded on the first tap: most voters never share, and
 * every byte of JavaScript weighs on the cold load of the result page on a slow network.
 */
import type { ContentCore } from '$lib/content/schema';
import type { Messages } from '$lib/i18n/types';
import type { Responses } from '$lib/quiz/responses';
import type { Result } from '$lib/scoring/score';
import { cardData, type CardWords } from './card/data';
import { renderCard } from './card/draw';
import type { CardFormat } from './card/layout';
import { encodeShare } from './codec';
import { copyText, deliver, type Delivery } from './deliver';

export type Shareable = {
	content: ContentCore;
	result: Result;
	responses: Responses;
	/** The absolute address of the shared-result page, in the voter's language. */
	sharedPage: string;
	words: CardWords;
};

/** The answers go in the fragment only: browsers never send it to a server. */
export function shareLink({ content, responses, sharedPage }: Shareable): string {
	const code = encodeShare({
		fingerprint: content.fingerprint,
		statementIds: content.statements.map((s) => s.id),
		responses
	});
	return `${sharedPage}#${code}`;
}

// Kept between taps: a share sheet may refuse to open long after the tap, and a second tap then
// shares at once instead of drawing the card again.
const cards = new Map<string, File>();

async function cardFile(
	shareable: Shareable,
	{ format, fileName, link }: { format: CardFormat; fileName: string; link: string }
): Promise<File | null> {
	const key = `${format}:${link}`;
	const kept = cards.get(key);
	if (kept) return kept;
	try {
		const { content, result, words } = shareable;
		const data = cardData({ content, result, siteUrl: location.host, words });
		const blob = await renderCard({ data, format });
		const file = new File([blob], fileName, { type: 'image/png' });
		cards.set(key, file);
		return file;
	} catch {
		// No canvas in this browser: the link alone is still worth sharing.
		return null;
	}
}

export async function shareResult(
	shareable: Shareable,
	{
		format,
		fileName,
		title,
		text
	}: { format: CardFormat; fileName: string; title: string; text: string }
): Promise<{ delivery: Delivery; link: string }> {
	const link = shareLink(shareable);
	const file = await cardFile(shareable, { format, fileName, link });
	return { delivery: await deliver({ file, title, text, url: link }), link };
}

export async function copyLink(shareable: Shareable): Promise<{ copied: boolean; link: string }> {
	const link = shareLink(shareable);
	return { copied: await copyText({ text: link }), link };
}

/** What the share box says after a tap, and whether it shows the link to copy by hand. */
export type Said = { text: string; link: string; showLink: boolean };

/** One tap on a share or copy button, as the share box hands it over. */
export type Tap = {
	content: ContentCore;
	result: Result;
	responses: Responses;
	/** The shared-result page's path in the voter's language; the origin is the one they are on. */
	sharedPath: string;
	common: Messages['common'];
	words: Messages['sharing'];
	/** Said when nothing worked (from the share box's own words, which the page has already). */
	failed: string;
};

const shareable = ({ content, result, responses, sharedPath, common, words }: Tap): Shareable => ({
	content,
	result,
	responses,
	sharedPage: `${location.origin}${sharedPath}`,
	words: { common, card: words.card }
});

/** What each outcome tells the voter, and whether the link must be shown to copy by hand. */
function sayDelivery(delivery: Delivery, { words, failed }: Tap): Omit<Said, 'link'> {
	switch (delivery) {
		case 'downloaded-copied':
			return { text: words.downloadedAndCopied, showLink: false };
		case 'downloaded':
			return { text: words.downloadedNotCopied, showLink: true };
		case 'copied':
			return { text: words.copied, showLink: false };
		case 'failed':
			return { text: failed, showLink: true };
		default:
			// Shared, or the voter closed the sheet: nothing to say.
			return { text: '', showLink: false };
	}
}

/** A tap on a share button: the card in `format` and the link, handed to the device. */
export async function shareTap(tap: Tap, { format }: { format: CardFormat }): Promise<Said> {
	const { words, result } = tap;
	const { delivery, link } = await shareResult(shareable(tap), {
		format,
		fileName: words.fileName[format],
		title: words.shareTitle,
		text: words.text(result.overall.percent, result.overall.answered, result.overall.total)
	});
	return { ...sayDelivery(delivery, tap), link };
}

/** A tap on "Kopieer link". */
export async function copyTap(tap: Tap): Promise<Said> {
	const { copied, link } = await copyLink(shareable(tap));
	return {
		text: copied ? tap.words.copied : tap.words.notCopied,
		link,
		showLink: !copied
	};
}
