/**
 * Reads the changelog's notes (a small part of Markdown: paragraphs, `### ` headings, `- ` list
 * items, `code` and **bold**) into plain blocks that a component renders as elements. Never HTML:
 * the notes are content, and content is text.
 */
export type Inline = { text: string; code?: true; strong?: true };
export type Block = { kind: 'p' | 'h3'; inline: Inline[] } | { kind: 'ul'; items: Inline[][] };

export function parseNotes(notes: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	let item: string[] | null = null;
	const flush = () => {
		if (item) {
			const last = blocks.at(-1);
			const inline = parseInline(item.join(' '));
			if (last?.kind === 'ul') last.items.push(inline);
			else blocks.push({ kind: 'ul', items: [inline] });
			item = null;
		}
		if (paragraph.length > 0) blocks.push({ kind: 'p', inline: parseInline(paragraph.join(' ')) });
		paragraph = [];
	};
	for (const raw of notes.split('\n')) {
		const line = raw.trimEnd();
		if (line.trim() === '') {
			flush();
		} else if (line.startsWith('### ')) {
			flush();
			blocks.push({ kind: 'h3', inline: parseInline(line.slice(4)) });
		} else if (line.startsWith('- ')) {
			flush();
			item = [line.slice(2)];
		} else if (item && /^\s+\S/.test(line)) {
			item.push(line.trim());
		} else {
			if (item) flush();
			paragraph.push(line.trim());
		}
	}
	flush();
	return blocks;
}

/** `code` and **bold** spans; everything else is text as written. */
export function parseInline(text: string): Inline[] {
	const parts: Inline[] = [];
	const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
	let at = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > at) parts.push({ text: text.slice(at, match.index) });
		if (match[1] !== undefined) parts.push({ text: match[1], code: true });
		else parts.push({ text: match[2]!, strong: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}
