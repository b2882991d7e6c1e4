import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgImage } from './og-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a valid PNG has right after its signature. */
function pngSize(png: Uint8Array): { width: number; height: number; chunk: string } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return {
		chunk: String.fromCharCode(...png.subarray(12, 16)),
		width: view.getUint32(16),
		height: view.getUint32(20)
	};
}

describe('renderOgImage', { timeout: 30_000 }, () => {
	it('makes a 1200×630 PNG, the size link previews expect', async () => {
		const png = await renderOgImage({
			title: 'Ben jij BIJ1?',
			subtitle: '24 stellingen over internationale samenwerking. Hoe eens ben jij het met BIJ1?',
			footer: 'BIJ1 verkiezingsprogramma, hoofdstuk Internationale samenwerking, 12 januari 2021'
		});
		expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(pngSize(png)).toEqual({ chunk: 'IHDR', width: 1200, height: 630 });
		expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
		// Small enough for every platform's preview limit (WhatsApp's is the strictest, ~300 kB).
		expect(png.byteLength).toBeLessThan(300_000);
	});

	it('renders Dutch letters and long text without failing', async () => {
		const png = await renderOgImage({
			title: 'Ben jij BIJ1? Ëën heel lange titel die vast niet op één regel past',
			subtitle: 'Israël, atheïsten, ‘aanhalingstekens’ – en een gedachtestreepje. '.repeat(4),
			footer: 'Café – déjà vu'
		});
		expect(pngSize(png)).toEqual({ chunk: 'IHDR', width: 1200, height: 630 });
	});
});
