/**
 * Reads the measures out of the programme text, the source of truth that every statement's quote
 * is checked against. The text is the party's web page copied as plain text: measures are lines
 * "N. text" under a section heading (the nearest non-empty, non-numbered line above them).
 */

export type Measure = { section: string; number: number; text: string };

const MEASURE_LINE = /^\s*(\d+)\.\s+(.+)$/;

/** Quotes may differ from the source only in line breaks and runs of spaces. */
export function normaliseWhitespace(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

export function parseMeasures(sourceText: string): Measure[] {
	const measures: Measure[] = [];
	let heading: string | undefined;
	for (const line of sourceText.split(/\r?\n/)) {
		const match = MEASURE_LINE.exec(line);
		if (match) {
			if (heading === undefined) throw new Error(`measure without a section heading: "${line}"`);
			measures.push({
				section: heading,
				number: Number(match[1]),
				text: normaliseWhitespace(match[2] ?? '')
			});
		} else if (line.trim() !== '') {
			heading = line.trim();
		}
	}
	return measures;
}

/** Section headings that hold measures, in programme order. */
export function measureSections(measures: readonly Measure[]): string[] {
	return [...new Set(measures.map((m) => m.section))];
}
