/**
 * Draws a card layout (./layout.ts) on a canvas and returns it as a PNG. Canvas 2D, no library
 * and no web font, so sharing costs no download; system fonts are always ready, so nothing has to
 * wait for a font to load.
 */
import type { CardData } from './data';
import { layoutCard, type CardFormat, type Font, type Op } from './layout';
import { PALETTE } from './palette';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

const cssFont = ({ size, weight }: Font) => `${weight} ${Math.round(size)}px ${FAMILY}`;

/**
 * Draws the card and returns it as a PNG. Pass a canvas to reuse one (or to draw into a visible
 * one); otherwise a detached canvas is made.
 */
export async function renderCard({
	data,
	format = 'portrait',
	canvas
}: {
	data: CardData;
	format?: CardFormat;
	canvas?: HTMLCanvasElement | OffscreenCanvas;
}): Promise<Blob> {
	const target = canvas ?? createCanvas();
	const ctx = target.getContext('2d') as Ctx | null;
	if (!ctx) throw new Error('renderCard: this browser cannot draw on a canvas');
	const layout = layoutCard({
		data,
		format,
		measure: (text, font) => {
			ctx.font = cssFont(font);
			return ctx.measureText(text).width;
		}
	});
	// Resizing clears the canvas and its state, so it comes after measuring, before drawing.
	target.width = layout.width;
	target.height = layout.height;
	ctx.textBaseline = 'alphabetic';
	for (const op of layout.ops) draw(ctx, op);
	if (isOffscreen(target)) return target.convertToBlob({ type: 'image/png' });
	return new Promise((resolve, reject) =>
		target.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('renderCard: no PNG was made'))),
			'image/png'
		)
	);
}

function createCanvas(): HTMLCanvasElement | OffscreenCanvas {
	// A document canvas first: OffscreenCanvas 2D arrived late in Safari (16.4).
	if (typeof document !== 'undefined') return document.createElement('canvas');
	return new OffscreenCanvas(1, 1);
}

function isOffscreen(canvas: HTMLCanvasElement | OffscreenCanvas): canvas is OffscreenCanvas {
	return typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas;
}

function draw(ctx: Ctx, op: Op): void {
	switch (op.kind) {
		case 'rect':
			ctx.fillStyle = op.colour;
			roundRect(ctx, op.x, op.y, op.w, op.h, op.radius);
			ctx.fill();
			return;
		case 'text':
			ctx.font = cssFont(op.font);
			ctx.fillStyle = op.colour;
			ctx.textAlign = op.align;
			ctx.fillText(op.text, op.x, op.y);
			ctx.textAlign = 'left';
			return;
		case 'bar':
			return drawBar(ctx, op);
		case 'check':
			return drawCheck(ctx, op);
	}
}

function drawBar(ctx: Ctx, { x, y, w, h, percent }: Op & { kind: 'bar' }): void {
	const radius = h / 2;
	ctx.fillStyle = PALETTE.track;
	roundRect(ctx, x, y, w, h, radius);
	ctx.fill();
	if (percent !== null && percent > 0) {
		const fill = Math.max(h, (w * Math.min(percent, 100)) / 100);
		ctx.fillStyle = PALETTE.accent;
		roundRect(ctx, x, y, fill, h, radius);
		ctx.fill();
		ctx.lineWidth = 4;
		ctx.strokeStyle = PALETTE.ink;
		roundRect(ctx, x + 2, y + 2, fill - 4, h - 4, radius - 2);
		ctx.stroke();
	}
	ctx.lineWidth = 3;
	ctx.strokeStyle = percent === null ? PALETTE.muted : PALETTE.ink;
	if (percent === null) ctx.setLineDash([10, 8]);
	roundRect(ctx, x + 1.5, y + 1.5, w - 3, h - 3, radius - 1.5);
	ctx.stroke();
	ctx.setLineDash([]);
}

/** A yellow disc with a black tick, drawn as a path so no font needs a check-mark glyph. */
function drawCheck(ctx: Ctx, { x, y, size }: Op & { kind: 'check' }): void {
	const r = size / 2;
	ctx.fillStyle = PALETTE.accent;
	ctx.strokeStyle = PALETTE.ink;
	ctx.lineWidth = size * 0.08;
	ctx.beginPath();
	ctx.arc(x + r, y + r, r - ctx.lineWidth / 2, 0, Math.PI * 2);
	ctx.fill();
	ctx.stroke();
	ctx.lineWidth = size * 0.12;
	ctx.lineCap = 'round';
	ctx.lineJoin = 'round';
	ctx.beginPath();
	ctx.moveTo(x + size * 0.28, y + size * 0.52);
	ctx.lineTo(x + size * 0.44, y + size * 0.68);
	ctx.lineTo(x + size * 0.73, y + size * 0.34);
	ctx.stroke();
	ctx.lineCap = 'butt';
	ctx.lineJoin = 'miter';
}

// arcTo rather than ctx.roundRect: the latter is missing from browsers before 2023.
function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
	const radius = Math.max(0, Math.min(r, w / 2, h / 2));
	ctx.beginPath();
	ctx.moveTo(x + radius, y);
	ctx.arcTo(x + w, y, x + w, y + h, radius);
	ctx.arcTo(x + w, y + h, x, y + h, radius);
	ctx.arcTo(x, y + h, x, y, radius);
	ctx.arcTo(x, y, x + w, y, radius);
	ctx.closePath();
}
