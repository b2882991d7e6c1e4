/**
 * The link-preview image (Open Graph, 1200×630), made once at build time with satori (layout to
 * SVG) and resvg (SVG to PNG). Server-only: satori and resvg never reach the browser.
 *
 * Every page shares this one image. A per-result image would need the result in its URL, and a
 * URL is something a server sees; the result only ever travels in the fragment.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PALETTE } from '$lib/share/card/palette';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

// The same palette as the result card.
const { paper: PAPER, ink: INK, accent: ACCENT, track: TRACK } = PALETTE;

const FONT_FAMILY = 'Atkinson Hyperlegible';

/** Satori's element shape: React's, without React. */
type Node = { type: string; props: { style?: Record<string, string | number>; children?: Child } };
type Child = Node | string | (Node | string)[];

function el(type: string, style: Record<string, string | number>, children?: Child): Node {
	return { type, props: { style, children } };
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
	// Resolved through node_modules rather than bundled: satori reads .woff, not .woff2, and only
	// the build needs them.
	const require = createRequire(import.meta.url);
	const file = (weight: number) =>
		readFileSync(
			require.resolve(
				`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`
			)
		);
	fonts ??= [
		{ name: FONT_FAMILY, data: file(400), weight: 400, style: 'normal' },
		{ name: FONT_FAMILY, data: file(700), weight: 700, style: 'normal' }
	];
	return fonts;
}

/** Three result-style bars as decoration: a hint of what the quiz gives you. */
function bars(): Node {
	const bar = (percent: number) =>
		el(
			'div',
			{
				display: 'flex',
				width: 250,
				height: 32,
				borderRadius: 16,
				border: `3px solid ${INK}`,
				backgroundColor: TRACK,
				marginTop: 18
			},
			el('div', {
				width: `${percent}%`,
				height: '100%',
				borderRadius: 16,
				backgroundColor: ACCENT,
				borderRight: `3px solid ${INK}`
			})
		);
	return el('div', { display: 'flex', flexDirection: 'column', paddingBottom: 8 }, [
		bar(82),
		bar(55),
		bar(68)
	]);
}

export async function renderOgImage({
	title,
	subtitle,
	footer
}: {
	title: string;
	subtitle: string;
	footer: string;
}): Promise<Uint8Array<ArrayBuffer>> {
	const tree = el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width: '100%',
			height: '100%',
			backgroundColor: PAPER,
			color: INK,
			fontFamily: FONT_FAMILY
		},
		[
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					flexGrow: 1,
					padding: '60px 72px 0 72px'
				},
				[
					el(
						'div',
						{
							display: 'flex',
							alignSelf: 'flex-start',
							fontSize: 136,
							fontWeight: 700,
							lineHeight: 1,
							letterSpacing: -2,
							padding: '0 10px',
							marginLeft: -10,
							// A marker stroke behind the foot of the letters, as on the result card.
							backgroundImage: `linear-gradient(to bottom, transparent 60%, ${ACCENT} 60%)`
						},
						title
					),
					el(
						'div',
						{
							display: 'flex',
							alignItems: 'flex-end',
							justifyContent: 'space-between',
							flexGrow: 1,
							paddingBottom: 44
						},
						[
							el('div', { display: 'flex', width: 700, fontSize: 44, lineHeight: 1.3 }, subtitle),
							bars()
						]
					)
				]
			),
			el(
				'div',
				{
					display: 'flex',
					alignItems: 'center',
					height: 96,
					padding: '0 72px',
					backgroundColor: INK,
					borderTop: `10px solid ${ACCENT}`,
					color: '#ffffff',
					fontSize: 28
				},
				footer
			)
		]
	);
	const svg = await satori(tree, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: OG_WIDTH },
		font: { loadSystemFonts: false }
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
