/**
 * The result card: a 1080×1350 PNG (the 4:5 portrait that chat apps and Instagram show whole),
 * drawn in the browser with the Canvas 2D API. No library and no web font, so sharing costs no
 * download; system fonts are always ready, so nothing has to wait for a font to load.
 *
 * The card carries no personal data: only percentages and the titles of three statements.
 */
import type { Content, Programme } from '$lib/content/schema';
import { formatDate, m } from '$lib/messages';
import type { Outcome, Result } from '$lib/scoring/score';

export type CardData = {
	quizName: string;
	/** Whole percentage; `null` where nothing counted (everything skipped). */
	overall: number | null;
	themes: { title: string; percent: number | null }[];
	/** Up to three statement titles. */
	topAgreed: string[];
	/** Shown as is, e.g. "benjijbij1.nl". */
	siteUrl: string;
	programme: string;
};

export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 1350;

const TOP_COUNT = 3;
/** Lower ranks are shown first; an outcome without a rank is never "agreed with". */
const AGREEMENT_RANK: Partial<Record<Outcome, number>> = { same: 0, partly: 1 };

/**
 * What the card shows. The three statements the voter agreed with most: full agreement before
 * half agreement, important before not important, then quiz order. Opposite and skipped answers
 * are never listed, so the list can be shorter than three or empty.
 */
export function cardData({
	content,
	result,
	siteUrl
}: {
	content: Pick<Content, 'programme' | 'themes' | 'statements'>;
	result: Result;
	siteUrl: string;
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
		quizName: m.siteName,
		overall: result.overall.percent,
		themes: content.themes.map((t) => ({
			title: t.title,
			percent: result.themes[t.id]?.percent ?? null
		})),
		topAgreed,
		siteUrl: siteUrl.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, ''),
		programme: programmeLabel({ programme: content.programme })
	};
}

/** "BIJ1 verkiezingsprogramma, hoofdstuk Internationale samenwerking, 12 januari 2021". */
export function programmeLabel({ programme }: { programme: Programme }): string {
	return m.card.programme(programme.party, programme.chapter, formatDate(programme.published));
}

/**
 * Draws the card and returns it as a PNG. Pass a canvas to reuse one (or to draw into a visible
 * one); otherwise a detached canvas is made.
 */
export async function renderCard({
	data,
	canvas
}: {
	data: CardData;
	canvas?: HTMLCanvasElement | OffscreenCanvas;
}): Promise<Blob> {
	const target = canvas ?? createCanvas();
	target.width = CARD_WIDTH;
	target.height = CARD_HEIGHT;
	if (isOffscreen(target)) {
		const ctx = target.getContext('2d');
		if (!ctx) throw new Error('renderCard: this browser cannot draw on a canvas');
		drawCard(ctx, data);
		return target.convertToBlob({ type: 'image/png' });
	}
	const ctx = target.getContext('2d');
	if (!ctx) throw new Error('renderCard: this browser cannot draw on a canvas');
	drawCard(ctx, data);
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
	return new OffscreenCanvas(CARD_WIDTH, CARD_HEIGHT);
}

function isOffscreen(canvas: HTMLCanvasElement | OffscreenCanvas): canvas is OffscreenCanvas {
	return typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas;
}

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
// Contrast: INK on PAPER 18.5:1, MUTED on TRACK 7.6:1, ACCENT on INK 13.2:1. The accent is never
// used for text on the light background, where yellow would be unreadable.
const PAPER = '#fffdf5';
const INK = '#111111';
const MUTED = '#4a4a4a';
const ACCENT = '#ffd400';
const TRACK = '#f1ede0';

const MARGIN = 80;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const FOOTER_PADDING = 38;
/** The smallest scale the body may shrink to before titles are cut off with an ellipsis. */
const MIN_SCALE = 0.6;

function font(size: number, weight: 400 | 700 = 400): string {
	return `${weight} ${Math.round(size)}px ${FONT}`;
}

function drawCard(ctx: Ctx, data: CardData): void {
	ctx.fillStyle = PAPER;
	ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
	ctx.textBaseline = 'alphabetic';

	const footerTop = drawFooter(ctx, data);
	const top = drawHeader(ctx, data);
	// The body shrinks as a whole until it fits, so a content set with more themes or longer
	// titles still never runs into the footer.
	const available = footerTop - top - 36;
	let scale = 1;
	let step = 0;
	while (scale > MIN_SCALE && layoutBody(ctx, data, scale, top, false) > available) {
		scale = 1 - 0.05 * ++step;
	}
	ctx.save();
	ctx.beginPath();
	ctx.rect(0, top, CARD_WIDTH, footerTop - top);
	ctx.clip();
	layoutBody(ctx, data, scale, top, true);
	ctx.restore();
}

/** The quiz name as a black tab with yellow letters, like a sticker. Returns where the body starts. */
function drawHeader(ctx: Ctx, data: CardData): number {
	const size = 56;
	ctx.font = font(size, 700);
	const [name = ''] = wrap(ctx, data.quizName, CONTENT_WIDTH - 56, 1);
	const width = ctx.measureText(name).width + 56;
	const y = 64;
	const height = size + 40;
	ctx.fillStyle = INK;
	roundRect(ctx, MARGIN, y, width, height, 14);
	ctx.fill();
	ctx.fillStyle = ACCENT;
	ctx.fillText(name, MARGIN + 28, y + height / 2 + size * 0.36);
	return y + height + 32;
}

/** A black band with the site address in yellow and the source in white. Returns its top. */
function drawFooter(ctx: Ctx, data: CardData): number {
	const urlSize = 46;
	const sourceSize = 27;
	const sourceLine = 38;
	ctx.font = font(sourceSize);
	const source = wrap(ctx, data.programme, CONTENT_WIDTH, 3);
	ctx.font = font(urlSize, 700);
	const [url = ''] = wrap(ctx, data.siteUrl, CONTENT_WIDTH, 1);
	const height = FOOTER_PADDING * 2 + urlSize + 18 + source.length * sourceLine;
	const top = CARD_HEIGHT - height;
	ctx.fillStyle = INK;
	ctx.fillRect(0, top, CARD_WIDTH, height);
	ctx.fillStyle = ACCENT;
	ctx.fillRect(0, top, CARD_WIDTH, 10);
	let y = top + FOOTER_PADDING + urlSize * 0.8 + 6;
	ctx.fillText(url, MARGIN, y);
	ctx.font = font(sourceSize);
	ctx.fillStyle = '#ffffff';
	y += 18 + sourceLine;
	for (const line of source) {
		ctx.fillText(line, MARGIN, y - 8);
		y += sourceLine;
	}
	return top;
}

/**
 * The score, the themes and the top three. Measures only when `draw` is false, so the same code
 * decides the size and draws: they can never disagree. Returns the height used.
 */
function layoutBody(ctx: Ctx, data: CardData, scale: number, top: number, draw: boolean): number {
	const s = (n: number) => n * scale;
	let y = top;

	// The overall score, huge, with what it means beside it (or below it, if it does not fit).
	if (data.overall === null) {
		const size = s(110);
		ctx.font = font(size, 700);
		y += size;
		if (draw) {
			ctx.fillStyle = MUTED;
			ctx.fillText(wrap(ctx, m.result.noScore, CONTENT_WIDTH, 1)[0] ?? '', MARGIN, y);
		}
		y += s(40);
	} else {
		y = layoutOverall(ctx, data.overall, s, y, draw);
	}
	y += s(40);

	// One bar per theme, the percentage as text beside the title: the bar is decoration.
	const themeSize = s(36);
	const barHeight = s(40);
	for (const theme of data.themes) {
		// "geen score" goes inside the empty bar, so a long title keeps the whole line.
		const value = theme.percent === null ? '' : `${theme.percent}%`;
		ctx.font = font(themeSize, 700);
		const valueWidth = value ? ctx.measureText(value).width + s(24) : 0;
		const titleLines = wrap(ctx, theme.title, CONTENT_WIDTH - valueWidth, 2);
		for (const [i, line] of titleLines.entries()) {
			y += themeSize * (i === 0 ? 1 : 1.2);
			if (draw) {
				ctx.fillStyle = INK;
				ctx.fillText(line, MARGIN, y);
			}
		}
		if (draw && value) {
			ctx.textAlign = 'right';
			ctx.fillText(value, CARD_WIDTH - MARGIN, y - (titleLines.length - 1) * themeSize * 1.2);
			ctx.textAlign = 'left';
		}
		y += s(14);
		if (draw) {
			drawBar(ctx, MARGIN, y, CONTENT_WIDTH, barHeight, theme.percent);
			if (theme.percent === null) {
				ctx.font = font(barHeight * 0.6, 700);
				ctx.fillStyle = MUTED;
				ctx.fillText(m.result.noScore, MARGIN + barHeight * 0.6, y + barHeight * 0.71);
			}
		}
		y += barHeight + s(26);
	}

	// The top three, if the voter agreed with anything at all.
	if (data.topAgreed.length > 0) {
		y += s(4);
		const headingSize = s(38);
		ctx.font = font(headingSize, 700);
		y += headingSize;
		if (draw) {
			ctx.fillStyle = INK;
			ctx.fillText(m.card.topAgreed, MARGIN, y);
		}
		y += s(10);
		const itemSize = s(38);
		const lineHeight = itemSize * 1.2;
		const badge = s(44);
		const textX = MARGIN + badge + s(22);
		for (const title of data.topAgreed.slice(0, TOP_COUNT)) {
			ctx.font = font(itemSize);
			const lines = wrap(ctx, title, CARD_WIDTH - MARGIN - textX, 2);
			y += s(16);
			if (draw) {
				drawCheck(ctx, MARGIN, y + (lineHeight - badge) / 2, badge);
				ctx.font = font(itemSize);
				ctx.fillStyle = INK;
				lines.forEach((line, i) => ctx.fillText(line, textX, y + itemSize * 0.92 + i * lineHeight));
			}
			y += lines.length * lineHeight;
		}
	}
	return y - top;
}

function layoutOverall(
	ctx: Ctx,
	overall: number,
	s: (n: number) => number,
	top: number,
	draw: boolean
): number {
	const bigSize = s(250);
	ctx.font = font(bigSize, 700);
	const big = `${overall}%`;
	const bigWidth = ctx.measureText(big).width;
	const labelSize = s(58);
	const lineHeight = labelSize * 1.15;
	const labelX = MARGIN + bigWidth + s(36);
	const beside = CARD_WIDTH - MARGIN - labelX;
	ctx.font = font(labelSize, 700);
	const besideLines = beside > s(260) ? wrap(ctx, m.result.overall, beside, 3) : [];
	const fitsBeside = besideLines.length > 0 && besideLines.length * lineHeight < bigSize * 0.8;
	const baseline = top + bigSize * 0.78;
	if (draw) {
		// A marker stroke behind the foot of the number, as behind the title of the link preview.
		ctx.fillStyle = ACCENT;
		ctx.fillRect(
			MARGIN - s(12),
			baseline - bigSize * 0.26,
			bigWidth + s(8),
			bigSize * 0.26 + s(22)
		);
		ctx.font = font(bigSize, 700);
		ctx.fillStyle = INK;
		ctx.fillText(big, MARGIN - s(8), baseline);
	}
	let y = baseline + s(22);
	if (fitsBeside) {
		if (draw) {
			ctx.font = font(labelSize, 700);
			ctx.fillStyle = INK;
			besideLines.forEach((line, i) =>
				ctx.fillText(line, labelX, baseline - (besideLines.length - 1 - i) * lineHeight)
			);
		}
		return y + s(18);
	}
	ctx.font = font(labelSize, 700);
	for (const line of wrap(ctx, m.result.overall, CONTENT_WIDTH, 2)) {
		y += lineHeight;
		if (draw) {
			ctx.fillStyle = INK;
			ctx.fillText(line, MARGIN, y);
		}
	}
	return y + s(18);
}

function drawBar(
	ctx: Ctx,
	x: number,
	y: number,
	width: number,
	height: number,
	percent: number | null
): void {
	const radius = height / 2;
	ctx.fillStyle = TRACK;
	roundRect(ctx, x, y, width, height, radius);
	ctx.fill();
	if (percent !== null && percent > 0) {
		const fill = Math.max(height, (width * Math.min(percent, 100)) / 100);
		ctx.fillStyle = ACCENT;
		roundRect(ctx, x, y, fill, height, radius);
		ctx.fill();
		ctx.lineWidth = 4;
		ctx.strokeStyle = INK;
		roundRect(ctx, x + 2, y + 2, fill - 4, height - 4, radius - 2);
		ctx.stroke();
	}
	ctx.lineWidth = 3;
	ctx.strokeStyle = percent === null ? MUTED : INK;
	if (percent === null) ctx.setLineDash([10, 8]);
	roundRect(ctx, x + 1.5, y + 1.5, width - 3, height - 3, radius - 1.5);
	ctx.stroke();
	ctx.setLineDash([]);
}

/** A yellow disc with a black tick, drawn as a path so no font needs a check-mark glyph. */
function drawCheck(ctx: Ctx, x: number, y: number, size: number): void {
	const r = size / 2;
	ctx.fillStyle = ACCENT;
	ctx.strokeStyle = INK;
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

/**
 * Splits text into lines no wider than `width` in the current font. A word too long for a line
 * is cut by characters; text beyond `maxLines` ends in an ellipsis. Never returns a line wider
 * than `width`.
 */
function wrap(ctx: Ctx, text: string, width: number, maxLines: number): string[] {
	const fits = (s: string) => ctx.measureText(s).width <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (!fits(line) && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
	while (last.length > 0 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
	kept[maxLines - 1] = `${last}…`;
	return kept;
}
