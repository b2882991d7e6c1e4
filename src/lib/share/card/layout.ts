/**
 * Where everything on the result card goes, as a list of drawing operations. Pure: text widths
 * come from a `measure` function (the canvas's in the browser, a fake one in tests), so the
 * wrapping, the ellipsis and the shrink-to-fit are tested without a canvas.
 *
 * Rules: no text is wider than its space; a title longer than two lines ends in "…"; the body
 * (score, themes, top three) shrinks as a whole until it fits above the footer, down to
 * MIN_SCALE, and below that drops top-three entries from the end; nothing is ever drawn over the
 * footer.
 */
import type { CardData } from './data';
import { PALETTE } from './palette';

export type CardFormat = 'portrait' | 'story';

/**
 * 4:5 portrait, which chat apps and Instagram posts show whole; 9:16 for stories and status
 * updates, whose top and bottom are covered by the app's own controls (the insets).
 */
export const CARD_FORMATS = {
	portrait: { width: 1080, height: 1350, insetTop: 64, insetBottom: 0 },
	story: { width: 1080, height: 1920, insetTop: 250, insetBottom: 190 }
} as const satisfies Record<CardFormat, Record<string, number>>;

export type Font = { size: number; weight: 400 | 700 };
export type Measure = (text: string, font: Font) => number;
type Colour = (typeof PALETTE)[keyof typeof PALETTE];

export type Op =
	| { kind: 'rect'; x: number; y: number; w: number; h: number; colour: Colour; radius: number }
	| {
			kind: 'text';
			text: string;
			/** The left edge, or the right edge for `align: 'right'`. */
			x: number;
			/** The baseline. */
			y: number;
			font: Font;
			colour: Colour;
			align: 'left' | 'right';
			/** The space the text was fitted into. */
			maxWidth: number;
	  }
	| { kind: 'bar'; x: number; y: number; w: number; h: number; percent: number | null }
	| { kind: 'check'; x: number; y: number; size: number };

export type CardLayout = {
	width: number;
	height: number;
	/** Where the footer begins: body operations stay above it. */
	footerTop: number;
	/** The scale the body was drawn at (1 = full size). */
	scale: number;
	ops: Op[];
};

const MARGIN = 80;
const FOOTER_PADDING = 38;
/** The smallest scale the body may shrink to before top-three entries are left out. */
export const MIN_SCALE = 0.6;
const BODY_GAP = 36;

export function layoutCard({
	data,
	format,
	measure
}: {
	data: CardData;
	format: CardFormat;
	measure: Measure;
}): CardLayout {
	const { width, height, insetTop, insetBottom } = CARD_FORMATS[format];
	const frame = { width, height, contentWidth: width - 2 * MARGIN, measure };
	const footer = layoutFooter(frame, data, insetBottom);
	const header = layoutHeader(frame, data, insetTop);
	const available = footer.top - header.bottom - BODY_GAP;

	let body = { ops: [] as Op[], height: 0 };
	let scale = 1;
	for (let dropped = 0; dropped <= data.topAgreed.length; dropped++) {
		const shown = { ...data, topAgreed: data.topAgreed.slice(0, data.topAgreed.length - dropped) };
		for (scale = 1; ; scale = Math.round((scale - 0.05) * 100) / 100) {
			body = layoutBody(frame, shown, scale, header.bottom);
			if (body.height <= available || scale <= MIN_SCALE) break;
		}
		if (body.height <= available) break;
	}
	// Only with far more themes than any content set has: keep what fits, never overlap.
	const bodyOps = body.ops.filter((op) => bottomOf(op) <= footer.top - BODY_GAP / 2);
	return {
		width,
		height,
		footerTop: footer.top,
		scale,
		ops: [
			{ kind: 'rect', x: 0, y: 0, w: width, h: height, colour: PALETTE.paper, radius: 0 },
			...header.ops,
			...bodyOps,
			...footer.ops
		]
	};
}

type Frame = { width: number; height: number; contentWidth: number; measure: Measure };

/** The lowest point an operation covers (a text's descenders are allowed a fifth of its size). */
export function bottomOf(op: Op): number {
	if (op.kind === 'text') return op.y + op.font.size * 0.2;
	if (op.kind === 'check') return op.y + op.size;
	return op.y + op.h;
}

/** The quiz name as a black tab with yellow letters, like a sticker. */
function layoutHeader(frame: Frame, data: CardData, top: number) {
	const font: Font = { size: 56, weight: 700 };
	const [name = ''] = wrap(frame.measure, data.quizName, font, frame.contentWidth - 56, 1);
	const w = frame.measure(name, font) + 56;
	const h = font.size + 40;
	const ops: Op[] = [
		{ kind: 'rect', x: MARGIN, y: top, w, h, colour: PALETTE.ink, radius: 14 },
		text(name, MARGIN + 28, top + h / 2 + font.size * 0.36, font, PALETTE.accent, w - 56)
	];
	return { ops, bottom: top + h + 32 };
}

/** A black band to the bottom edge: the site address in yellow, the source, the small print. */
function layoutFooter(frame: Frame, data: CardData, insetBottom: number) {
	const url: Font = { size: 46, weight: 700 };
	const source: Font = { size: 27, weight: 400 };
	const small: Font = { size: 24, weight: 400 };
	const line = 38;
	const sourceLines = wrap(frame.measure, data.programme, source, frame.contentWidth, 3);
	const smallLines = wrap(frame.measure, data.disclaimer, small, frame.contentWidth, 2);
	const [urlLine = ''] = wrap(frame.measure, data.siteUrl, url, frame.contentWidth, 1);
	const h =
		FOOTER_PADDING * 2 +
		url.size +
		18 +
		(sourceLines.length + smallLines.length) * line +
		insetBottom;
	const top = frame.height - h;
	const ops: Op[] = [
		{ kind: 'rect', x: 0, y: top, w: frame.width, h, colour: PALETTE.ink, radius: 0 },
		{ kind: 'rect', x: 0, y: top, w: frame.width, h: 10, colour: PALETTE.accent, radius: 0 }
	];
	let y = top + FOOTER_PADDING + url.size * 0.8 + 6;
	ops.push(text(urlLine, MARGIN, y, url, PALETTE.accent, frame.contentWidth));
	y += 18;
	for (const l of sourceLines) {
		y += line;
		ops.push(text(l, MARGIN, y - 8, source, PALETTE.onInk, frame.contentWidth));
	}
	for (const l of smallLines) {
		y += line;
		ops.push(text(l, MARGIN, y - 8, small, PALETTE.accent, frame.contentWidth));
	}
	return { ops, top };
}

/** The score with what it rests on, the themes and the top three, at a scale. */
function layoutBody(frame: Frame, data: CardData, scale: number, top: number) {
	const s = (n: number) => n * scale;
	const { measure, contentWidth } = frame;
	const right = frame.width - MARGIN;
	const ops: Op[] = [];
	let y = top;

	if (data.overall === null) {
		const font: Font = { size: s(110), weight: 700 };
		y += font.size;
		const [line = ''] = wrap(measure, data.words.noScore, font, contentWidth, 1);
		ops.push(text(line, MARGIN, y, font, PALETTE.muted, contentWidth));
		y += s(40);
	} else {
		y = layoutOverall(frame, ops, data.overall, data.words.overall, s, y);
	}
	const basis: Font = { size: s(32), weight: 400 };
	for (const line of wrap(measure, data.basis, basis, contentWidth, 2)) {
		y += basis.size * 1.25;
		ops.push(text(line, MARGIN, y, basis, PALETTE.muted, contentWidth));
	}
	y += s(40);

	// One bar per theme, the percentage as text beside the title: the bar is decoration.
	const themeFont: Font = { size: s(36), weight: 700 };
	const barHeight = s(40);
	for (const theme of data.themes) {
		// "geen score" goes inside the empty bar, so a long title keeps the whole line.
		const value = theme.percent === null ? '' : `${theme.percent}%`;
		const valueWidth = value ? measure(value, themeFont) + s(24) : 0;
		const titleWidth = contentWidth - valueWidth;
		const lines = wrap(measure, theme.title, themeFont, titleWidth, 2);
		const firstBaseline = y + themeFont.size;
		for (const [i, line] of lines.entries()) {
			y += themeFont.size * (i === 0 ? 1 : 1.2);
			ops.push(text(line, MARGIN, y, themeFont, PALETTE.ink, titleWidth));
		}
		if (value) {
			ops.push({
				...text(value, right, firstBaseline, themeFont, PALETTE.ink, valueWidth),
				align: 'right'
			});
		}
		y += s(14);
		ops.push({ kind: 'bar', x: MARGIN, y, w: contentWidth, h: barHeight, percent: theme.percent });
		if (theme.percent === null) {
			const font: Font = { size: barHeight * 0.6, weight: 700 };
			const inner = contentWidth - barHeight * 1.2;
			const [line = ''] = wrap(measure, data.words.noScore, font, inner, 1);
			ops.push(
				text(line, MARGIN + barHeight * 0.6, y + barHeight * 0.71, font, PALETTE.muted, inner)
			);
		}
		y += barHeight + s(26);
		if (theme.basis) {
			const font: Font = { size: s(28), weight: 400 };
			const [line = ''] = wrap(measure, theme.basis, font, contentWidth, 1);
			y += font.size * 0.4;
			ops.push(text(line, MARGIN, y, font, PALETTE.muted, contentWidth));
			y += s(26);
		}
	}

	// The top three, if the voter agreed with anything at all.
	if (data.topAgreed.length > 0) {
		y += s(4);
		const heading: Font = { size: s(38), weight: 700 };
		y += heading.size;
		const [title = ''] = wrap(measure, data.words.topAgreed, heading, contentWidth, 1);
		ops.push(text(title, MARGIN, y, heading, PALETTE.ink, contentWidth));
		y += s(10);
		const item: Font = { size: s(38), weight: 400 };
		const lineHeight = item.size * 1.2;
		const badge = s(44);
		const textX = MARGIN + badge + s(22);
		const textWidth = right - textX;
		for (const agreed of data.topAgreed) {
			const lines = wrap(measure, agreed, item, textWidth, 2);
			y += s(16);
			ops.push({ kind: 'check', x: MARGIN, y: y + (lineHeight - badge) / 2, size: badge });
			lines.forEach((line, i) =>
				ops.push(
					text(line, textX, y + item.size * 0.92 + i * lineHeight, item, PALETTE.ink, textWidth)
				)
			);
			y += lines.length * lineHeight;
		}
	}
	return { ops, height: y - top };
}

/** The figure, huge, on a marker stroke, with "eens met BIJ1" beside it or, if need be, below. */
function layoutOverall(
	frame: Frame,
	ops: Op[],
	overall: number,
	label: string,
	s: (n: number) => number,
	top: number
): number {
	const { measure, contentWidth } = frame;
	const big: Font = { size: s(250), weight: 700 };
	const figure = `${overall}%`;
	const figureWidth = measure(figure, big);
	const labelFont: Font = { size: s(58), weight: 700 };
	const lineHeight = labelFont.size * 1.15;
	const labelX = MARGIN + figureWidth + s(36);
	const beside = frame.width - MARGIN - labelX;
	const besideLines = beside > s(260) ? wrap(measure, label, labelFont, beside, 3) : [];
	const fitsBeside = besideLines.length > 0 && besideLines.length * lineHeight < big.size * 0.8;
	const baseline = top + big.size * 0.78;
	ops.push({
		kind: 'rect',
		x: MARGIN - s(12),
		y: baseline - big.size * 0.26,
		w: figureWidth + s(8),
		h: big.size * 0.26 + s(22),
		colour: PALETTE.accent,
		radius: 0
	});
	ops.push(text(figure, MARGIN - s(8), baseline, big, PALETTE.ink, contentWidth));
	let y = baseline + s(22);
	if (fitsBeside) {
		besideLines.forEach((line, i) =>
			ops.push(
				text(
					line,
					labelX,
					baseline - (besideLines.length - 1 - i) * lineHeight,
					labelFont,
					PALETTE.ink,
					beside
				)
			)
		);
		return y + s(18);
	}
	for (const line of wrap(measure, label, labelFont, contentWidth, 2)) {
		y += lineHeight;
		ops.push(text(line, MARGIN, y, labelFont, PALETTE.ink, contentWidth));
	}
	return y + s(18);
}

function text(
	value: string,
	x: number,
	y: number,
	font: Font,
	colour: Colour,
	maxWidth: number
): Op & { kind: 'text' } {
	return { kind: 'text', text: value, x, y, font, colour, align: 'left', maxWidth };
}

/**
 * Splits text into lines no wider than `width`. A word too long for a line is cut by characters;
 * text beyond `maxLines` ends in an ellipsis. Never returns a line wider than `width`.
 */
export function wrap(
	measure: Measure,
	value: string,
	font: Font,
	width: number,
	maxLines: number
): string[] {
	const fits = (s: string) => measure(s, font) <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of value.trim().split(/\s+/)) {
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
