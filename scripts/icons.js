// @ts-check
/**
 * Renders the app icons from static/favicon.svg. Run it by hand after changing the SVG
 * (`node scripts/icons.js`) and commit the PNGs: the build does not depend on this script, and
 * the icons do not change from one build to the next.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const STATIC = new URL('../static/', import.meta.url);
const BACKGROUND = '#ffd400';

const favicon = readFileSync(new URL('favicon.svg', STATIC), 'utf8');
const inner = favicon.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(favicon);
if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error('favicon.svg needs a square viewBox');
const size = Number(viewBox[1]);

/**
 * The favicon on a full-bleed square, scaled around its centre. Launchers that crop icons to
 * their own shape (Android's maskable icons, iOS) would otherwise show the favicon's transparent
 * rounded corners as black or white wedges.
 * @param {number} scale
 */
function fullBleed(scale) {
	const offset = (size * (1 - scale)) / 2;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${BACKGROUND}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${inner}</g></svg>`;
}

/** @type {Array<{ file: string, svg: string, px: number }>} */
const icons = [
	{ file: 'icon-192.png', svg: favicon, px: 192 },
	{ file: 'icon-512.png', svg: favicon, px: 512 },
	// Maskable icons must keep their content inside the centre circle of 80% diameter.
	{ file: 'icon-maskable-512.png', svg: fullBleed(0.8), px: 512 },
	// iOS rounds the corners itself and fills transparency with black.
	{ file: 'apple-touch-icon.png', svg: fullBleed(1), px: 180 }
];

/**
 * @param {string} svg
 * @param {number} px
 */
function render(svg, px) {
	return new Resvg(svg, { fitTo: { mode: 'width', value: px } }).render().asPng();
}

for (const { file, svg, px } of icons) {
	const png = render(svg, px);
	writeFileSync(new URL(file, STATIC), png);
	console.log(`static/${file}: ${px}x${px}, ${png.length} bytes`);
}

/**
 * Browsers, feed readers and crawlers still ask for /favicon.ico whatever the page links to; a
 * 404 there is noise in every log. An .ico file may hold PNG images: a 6-byte header, one 16-byte
 * entry per image, then the images.
 * @param {number[]} sizes
 */
function ico(sizes) {
	const pngs = sizes.map((px) => render(favicon, px));
	const header = Buffer.alloc(6 + 16 * pngs.length);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(pngs.length, 4);
	let offset = header.length;
	pngs.forEach((png, i) => {
		const entry = 6 + 16 * i;
		const px = /** @type {number} */ (sizes[i]);
		header.writeUInt8(px >= 256 ? 0 : px, entry); // width (0 means 256)
		header.writeUInt8(px >= 256 ? 0 : px, entry + 1); // height
		header.writeUInt8(0, entry + 2); // no palette
		header.writeUInt8(0, entry + 3); // reserved
		header.writeUInt16LE(1, entry + 4); // colour planes
		header.writeUInt16LE(32, entry + 6); // bits per pixel
		header.writeUInt32LE(png.length, entry + 8);
		header.writeUInt32LE(offset, entry + 12);
		offset += png.length;
	});
	return Buffer.concat([header, ...pngs]);
}

const icoFile = ico([16, 32, 48]);
writeFileSync(new URL('favicon.ico', STATIC), icoFile);
console.log(`static/favicon.ico: 16, 32 and 48 px, ${icoFile.length} bytes`);
