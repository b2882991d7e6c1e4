// @ts-check
/**
 * `npm run readability`: how easy each statement and its explanation are to read, against the
 * aims in README.md ("Readability"): every statement at most 20 words, and every statement scoring
 * at least 60 (Flesch-Douma) or with its long words in the glossary. Prints a table and a summary,
 * writes every figure to reports/readability.json. A report, not a test: it exits 0 whatever the
 * scores, and 1 only when the content cannot be read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import {
	AIMS,
	LONG_WORD,
	longWordCoverage,
	measure,
	median,
	parseGlossary
} from './readability-lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GLOSSARY = 'statements/glossary.yaml';
const REPORT = 'reports/readability.json';

/**
 * The statements as the build reads and checks them, through the project's own loader: Node 20
 * cannot import TypeScript, so Vite's module runner strips the types (about a second). Without a
 * tsconfig, as Vite loads its own config files: the project's tsconfig.json extends
 * .svelte-kit/tsconfig.json, which a fresh `npm ci` does not have until `svelte-kit sync` runs,
 * and the loader's TypeScript is only types, which need no settings to erase. (Vite's types leave
 * `tsconfig` out of `oxc`; Vite hands it to the transformer all the same.) Drafting, so that a
 * changelog that has not caught up with a rewording is a warning, not a reason to refuse the
 * report.
 * @returns {Promise<import('../src/lib/content/schema.ts').Content>}
 */
async function loadStatements() {
	const { module } = await runnerImport(`${ROOT}src/lib/server/content.ts`, {
		root: ROOT,
		logLevel: 'warn',
		oxc: /** @type {any} */ ({ tsconfig: false })
	});
	return module.loadContent({ root: ROOT, drafting: true });
}

/** The glossary, or none while it is not written yet. */
function loadGlossary() {
	const path = `${ROOT}${GLOSSARY}`;
	if (!existsSync(path)) return null;
	try {
		return parseGlossary(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${GLOSSARY}: ${/** @type {Error} */ (error).message}`, { cause: error });
	}
}

const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
const score = (/** @type {number} */ n) => n.toFixed(1);

/** @param {ReturnType<typeof measure>} m */
function figures(m) {
	return {
		words: m.words,
		sentences: m.sentences,
		syllables: m.syllables,
		wordsPerSentence: round(m.wordsPerSentence),
		syllablesPerWord: Math.round(m.syllablesPerWord * 100) / 100,
		fleschDouma: round(m.score),
		longWords: m.longWords.map((w) => w.word)
	};
}

let content, glossary;
try {
	content = await loadStatements();
	glossary = loadGlossary();
} catch (error) {
	console.error(`Cannot read the quiz content: ${/** @type {Error} */ (error).message}`);
	process.exit(1);
}

const rows = content.statements.map((s) => {
	const statement = measure(s.statement);
	const explanation = measure(s.explanation);
	const longWords = longWordCoverage(s.statement, s.explanation, glossary ?? []);
	const uncovered = longWords.filter((w) => w.uncovered).map((w) => w.word);
	const hard = longWords.filter((w) => w.hard).map((w) => w.word);
	const flags = [];
	if (statement.words > AIMS.maxStatementWords) flags.push(`> ${AIMS.maxStatementWords} words`);
	if (statement.score < AIMS.minScore && hard.length > 0) {
		flags.push(`< ${AIMS.minScore}, hard word not in the glossary`);
	}
	return {
		id: s.id,
		statement: {
			...figures(statement),
			longWords: longWords.map(({ word, syllables, letters, glossary, explained, everyday }) => ({
				word,
				syllables,
				letters,
				glossary,
				explained,
				everyday
			}))
		},
		explanation: figures(explanation),
		uncovered,
		hard,
		flags
	};
});

/** @typedef {typeof rows[number]} Row */
/** @type {{ head: string, cell: (r: Row) => string, numeric?: boolean }[]} */
const columns = [
	{ head: 'statement', cell: (r) => r.id },
	{ head: 'words', cell: (r) => String(r.statement.words), numeric: true },
	{ head: 'FD st.', cell: (r) => score(r.statement.fleschDouma), numeric: true },
	{ head: 'FD expl.', cell: (r) => score(r.explanation.fleschDouma), numeric: true },
	{ head: 'hard words not in the glossary', cell: (r) => r.hard.join(', ') },
	{ head: 'flags', cell: (r) => r.flags.join('; ') }
];
const cells = rows.map((r) => columns.map(({ cell }) => cell(r)));
const widths = columns.map(({ head }, i) =>
	Math.max(head.length, ...cells.map((c) => c[i]?.length ?? 0))
);
// Numbers right-aligned, so their decimals line up.
const line = (/** @type {string[]} */ values) =>
	values
		.map((v, i) => (columns[i]?.numeric ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
		.join('  ')
		.trimEnd();

const statementScores = rows.map((r) => r.statement.fleschDouma);
const summary = {
	statements: rows.length,
	atMostMaxWords: rows.filter((r) => r.statement.words <= AIMS.maxStatementWords).length,
	atLeastMinScore: rows.filter((r) => r.statement.fleschDouma >= AIMS.minScore).length,
	belowMinScoreAllLongWordsInGlossary: rows.filter(
		(r) => r.statement.fleschDouma < AIMS.minScore && r.hard.length === 0
	).length,
	belowMinScoreAllLongWordsCovered: rows.filter(
		(r) => r.statement.fleschDouma < AIMS.minScore && r.uncovered.length === 0
	).length,
	flagged: rows.filter((r) => r.flags.length > 0).length,
	medianStatementScore: round(median(statementScores) ?? NaN),
	medianExplanationScore: round(median(rows.map((r) => r.explanation.fleschDouma)) ?? NaN)
};

console.log(
	`Readability of the statements (Flesch-Douma: higher is easier, ${AIMS.minScore} and up is about B1).`
);
console.log(
	`Long words: ${LONG_WORD.minSyllables}+ syllables or over ${LONG_WORD.maxLetters} letters; a long word is hard unless the glossary has it or it is an everyday word (EVERYDAY in scripts/readability-lib.js).`
);
console.log(
	glossary
		? `Glossary: ${GLOSSARY}, ${glossary.length} terms.\n`
		: `Glossary: none yet (${GLOSSARY} is absent), so only explanations cover long words.\n`
);
console.log(line(columns.map(({ head }) => head)));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));
console.log(
	`\n${summary.atMostMaxWords}/${summary.statements} statements have at most ${AIMS.maxStatementWords} words; ` +
		`${summary.atLeastMinScore}/${summary.statements} score ${AIMS.minScore} or more; ` +
		`of those below ${AIMS.minScore}, ${summary.belowMinScoreAllLongWordsInGlossary} have every hard word in the glossary; ` +
		`median score ${score(summary.medianStatementScore)} (statements), ${score(summary.medianExplanationScore)} (explanations).`
);

mkdirSync(`${ROOT}reports`, { recursive: true });
writeFileSync(
	`${ROOT}${REPORT}`,
	`${JSON.stringify(
		{
			version: content.version,
			fingerprint: content.fingerprint,
			glossary: glossary ? { file: GLOSSARY, terms: glossary.length } : null,
			aims: AIMS,
			longWord: LONG_WORD,
			summary,
			statements: rows
		},
		null,
		'\t'
	)}\n`
);
console.log(`Every figure: ${REPORT}`);
