import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { DUTCH, renderDutch } from '$lib/testing/render';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Responses } from '$lib/quiz/responses';
import { score } from '$lib/scoring/score';
import { renderCard } from '$lib/share/card/draw';
import { decodeShare } from '$lib/share/codec';
import { fakeContent, fakeStatement } from '$lib/testing/fixtures';
import ShareResult from './ShareResult.svelte';

// jsdom has no canvas: the card is a fixed blob, its data and layout stay real.
vi.mock('$lib/share/card/draw', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/share/card/draw')>()),
	renderCard: vi.fn(
		async () => new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })
	)
}));

const CONTENT = fakeContent({
	themes: ['x', 'y'],
	statements: [
		fakeStatement({ id: 'a', theme: 'x', stance: 'agree' }),
		fakeStatement({ id: 'b', theme: 'x', stance: 'disagree' }),
		fakeStatement({ id: 'c', theme: 'y', stance: 'agree' }),
		fakeStatement({ id: 'd', theme: 'y', stance: 'agree' }),
		...['e', 'f', 'g', 'h'].map((id) => fakeStatement({ id, theme: 'y', stance: 'agree' }))
	],
	fingerprint: '0badf00d'
});
const IDS = CONTENT.statements.map((s) => s.id);
// a: same, important (4 of 4); b: neutral (1 of 2); c: opposite (0 of 2); d: skipped; e, f, g:
// same (2 of 2 each); h: opposite (0 of 2). 11 of 16 = 68.75% → 69%, from 7 of 8 statements.
const ANSWERS: Record<string, Answer> = {
	a: 'agree',
	b: 'neutral',
	c: 'disagree',
	d: 'skip',
	e: 'agree',
	f: 'agree',
	g: 'agree',
	h: 'disagree'
};
const RESPONSES: Responses = { answers: ANSWERS, important: ['a'] };
const RESULT = score({ statements: CONTENT.statements, responses: RESPONSES });
const PROPS = {
	content: CONTENT,
	result: RESULT,
	responses: RESPONSES,
	sharedPath: '/gedeeld',
	words: () => Promise.resolve(DUTCH.sharing)
};
const TEXT =
	'Ik ben het voor 69% eens met BIJ1 (op basis van 7 van de 8 stellingen). Doe de test zelf:';
const TITLE = 'Mijn uitslag bij Ben jij BIJ1?';

type Stubs = {
	share?: (data: ShareData) => Promise<void>;
	canShare?: (data: ShareData) => boolean;
	clipboard?: { writeText: (text: string) => Promise<void> };
};

/** Own properties on the navigator instance, removed again after each test. */
function stubNavigator(stubs: Stubs) {
	for (const [key, value] of Object.entries(stubs)) {
		Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
	}
}

/** The code in a shared link must give back exactly the answers that were shared. */
function expectLinkOfAnswers(url: string) {
	const link = new URL(url);
	expect(link.pathname).toBe('/gedeeld');
	expect(link.search).toBe('');
	const decoded = decodeShare({
		code: link.hash,
		fingerprint: CONTENT.fingerprint,
		statementIds: IDS
	});
	expect(decoded).toEqual({ ok: true, responses: RESPONSES });
}

const shareButton = () => screen.getByRole('button', { name: 'Deel je uitslag' });
let errors: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
	vi.mocked(renderCard).mockClear();
	errors = vi.spyOn(console, 'error');
});

afterEach(() => {
	cleanup();
	for (const key of ['share', 'canShare', 'clipboard']) Reflect.deleteProperty(navigator, key);
	// A cancelled share sheet or a refused clipboard is never an exception in the console.
	expect(errors).not.toHaveBeenCalled();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('ShareResult', () => {
	it('shares the card as a file where the share sheet takes files', async () => {
		const share = vi.fn(async (_data: ShareData) => {});
		const canShare = vi.fn((data: ShareData) => (data.files?.length ?? 0) > 0);
		stubNavigator({ share, canShare });
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		const data = share.mock.calls[0]![0];
		expect(data.title).toBe(TITLE);
		expect(data.text).toBe(TEXT);
		expectLinkOfAnswers(data.url!);
		const [file] = data.files!;
		expect(file).toBeInstanceOf(File);
		expect(file!.name).toBe('ben-jij-bij1-uitslag.png');
		expect(file!.type).toBe('image/png');
		// The card shows this voter's result, with the address they are on.
		const card = vi.mocked(renderCard).mock.calls[0]![0].data;
		expect(card.overall).toBe(69);
		expect(card.basis).toBe('op basis van 7 van de 8 stellingen');
		expect(vi.mocked(renderCard).mock.calls[0]![0].format).toBe('portrait');
		expect(card.siteUrl).toBe(location.host);
		expect(screen.getByRole('status')).toHaveTextContent('');
	});

	it('shares a 9:16 card for stories with its own button', async () => {
		const share = vi.fn(async (_data: ShareData) => {});
		stubNavigator({ share, canShare: () => true });
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(
			screen.getByRole('button', { name: 'Deel als verhaal (staand plaatje)' })
		);

		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		expect(vi.mocked(renderCard).mock.calls[0]![0].format).toBe('story');
		expect(share.mock.calls[0]![0].files![0]!.name).toBe('ben-jij-bij1-uitslag-verhaal.png');
		expectLinkOfAnswers(share.mock.calls[0]![0].url!);
	});

	it('shares title, text and link where the share sheet takes no files', async () => {
		const share = vi.fn(async (_data: ShareData) => {});
		stubNavigator({ share, canShare: () => false });
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		const data = share.mock.calls[0]![0];
		expect(Object.keys(data).sort()).toEqual(['text', 'title', 'url']);
		expect(data.text).toBe(TEXT);
		expectLinkOfAnswers(data.url!);
	});

	it('without a share sheet: downloads the card, copies the link and says so', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		const writeText = vi.fn(async (_text: string) => {});
		stubNavigator({ clipboard: { writeText } });
		const created = vi.fn((_blob: Blob) => 'blob:kaart');
		const revoked = vi.fn();
		URL.createObjectURL = created;
		URL.revokeObjectURL = revoked;
		const clicks: { href: string; download: string }[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			clicks.push({ href: this.href, download: this.download });
		});
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'De afbeelding is gedownload en de link is gekopieerd.'
			)
		);
		expect(clicks).toEqual([{ href: 'blob:kaart', download: 'ben-jij-bij1-uitslag.png' }]);
		expect(created.mock.calls[0]![0].type).toBe('image/png');
		expect(writeText).toHaveBeenCalledOnce();
		expectLinkOfAnswers(writeText.mock.calls[0]![0]);
		// The temporary link is gone from the page, and its object URL is freed afterwards.
		expect(document.querySelector('a[download]')).toBeNull();
		expect(revoked).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoked).toHaveBeenCalledWith('blob:kaart');
		expect(screen.queryByLabelText('Link naar je uitslag')).toBeNull();
	});

	it('shows the link to copy by hand when the clipboard refuses', async () => {
		URL.createObjectURL = () => 'blob:kaart';
		URL.revokeObjectURL = () => {};
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		stubNavigator({
			clipboard: { writeText: () => Promise.reject(new DOMException('nee', 'NotAllowedError')) }
		});
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		const field = await vi.waitFor(() => screen.getByLabelText('Link naar je uitslag'));
		expect(field).toHaveAttribute('readonly');
		expectLinkOfAnswers((field as HTMLInputElement).value);
		expect(screen.getByRole('status')).toHaveTextContent(
			'De afbeelding is gedownload. Kopieer de link hieronder zelf.'
		);
	});

	it('says nothing when the voter closes the share sheet', async () => {
		const share = vi.fn(() => Promise.reject(new DOMException('weg', 'AbortError')));
		stubNavigator({ share, canShare: () => true });
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		await vi.waitFor(() => expect(share).toHaveBeenCalledOnce());
		await Promise.resolve();
		expect(screen.getByRole('status')).toHaveTextContent('');
		expect(screen.queryByLabelText('Link naar je uitslag')).toBeNull();
	});

	it('says so in Dutch and offers the link when sharing fails', async () => {
		stubNavigator({
			share: () => Promise.reject(new DOMException('te laat', 'NotAllowedError')),
			canShare: () => true
		});
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(shareButton());

		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Delen lukte niet. Probeer het nog eens, of kopieer de link hieronder.'
			)
		);
		expectLinkOfAnswers((screen.getByLabelText('Link naar je uitslag') as HTMLInputElement).value);
	});

	it('copies the link with one tap', async () => {
		const writeText = vi.fn(async (_text: string) => {});
		stubNavigator({ clipboard: { writeText } });
		renderDutch(ShareResult, PROPS);

		await fireEvent.click(screen.getByRole('button', { name: 'Kopieer link' }));

		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('De link is gekopieerd.')
		);
		expectLinkOfAnswers(writeText.mock.calls[0]![0]);
		expect(renderCard).not.toHaveBeenCalled();
	});
});
