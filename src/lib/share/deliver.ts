/**
 * Hands a result to the device: the share sheet where there is one, otherwise a download of the
 * card plus the link on the clipboard. Browser-only, and it never throws: every way this can go
 * wrong ends as a typed outcome the page can put into words.
 */

export type Delivery =
	/** The share sheet took it. */
	| 'shared'
	/** The voter closed the share sheet: not an error, nothing to say. */
	| 'cancelled'
	/** No share sheet: the card was downloaded and the link copied. */
	| 'downloaded-copied'
	/** No share sheet: the card was downloaded, the clipboard refused the link. */
	| 'downloaded'
	/** No share sheet and no card: the link was copied. */
	| 'copied'
	/** Nothing worked: the page shows the link to copy by hand. */
	| 'failed';

type ShareNavigator = Pick<Navigator, 'share' | 'canShare' | 'clipboard'>;

export async function deliver({
	file,
	title,
	text,
	url,
	nav = navigator
}: {
	/** The card; `null` where it could not be drawn, so the link is shared on its own. */
	file: File | null;
	title: string;
	text: string;
	url: string;
	nav?: ShareNavigator;
}): Promise<Delivery> {
	try {
		if (file && canShareFiles(nav, file)) {
			await nav.share({ files: [file], title, text, url });
			return 'shared';
		}
		// Older Safari and desktop share sheets take a link but no files.
		if (typeof nav.share === 'function') {
			await nav.share({ title, text, url });
			return 'shared';
		}
	} catch (error) {
		return isAbort(error) ? 'cancelled' : 'failed';
	}
	// Copy first: clipboard access may need the tap to be recent, a download does not.
	const copied = await copyText({ text: url, nav });
	const downloaded = file !== null && download({ blob: file, fileName: file.name });
	if (downloaded) return copied ? 'downloaded-copied' : 'downloaded';
	return copied ? 'copied' : 'failed';
}

/** `false` where the clipboard is missing or refuses (no permission, page not focused). */
export async function copyText({
	text,
	nav = navigator
}: {
	text: string;
	nav?: Pick<Navigator, 'clipboard'>;
}): Promise<boolean> {
	try {
		if (!nav.clipboard?.writeText) return false;
		await nav.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves a blob as a file through a temporary object URL. */
export function download({ blob, fileName }: { blob: Blob; fileName: string }): boolean {
	try {
		const href = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = href;
		a.download = fileName;
		a.hidden = true;
		document.body.append(a);
		a.click();
		a.remove();
		// Not at once: some browsers read the blob only after click() has returned.
		setTimeout(() => URL.revokeObjectURL(href), 10_000);
		return true;
	} catch {
		return false;
	}
}

function canShareFiles(nav: ShareNavigator, file: File): boolean {
	try {
		return nav.canShare?.({ files: [file] }) === true;
	} catch {
		// Some browsers throw instead of answering false for data they do not know.
		return false;
	}
}

/** Closing the share sheet rejects with an AbortError, in every browser that has one. */
function isAbort(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		(error as { name?: unknown }).name === 'AbortError'
	);
}
