import type { DecodeError } from '$lib/share/codec';
import type { Agreement } from '$lib/share/compare';
import type { Messages } from '../types';

/** A broken link and a link to another version of the statements need different advice. */
const INVALID = 'This link is not valid or is damaged.';
const INVALID_HINT =
	'Maybe the link was not copied completely. You can also take the test yourself.';
const OTHER_VERSION = 'This link belongs to another version of the statements.';
const OTHER_VERSION_HINT =
	'The statements have changed since this link was made. Ask for a new link, or take the test yourself.';

const count = (n: number) => (n === 1 ? '1 statement' : `${n} statements`);

export default {
	pageTitle: 'Shared result',
	errorPageTitle: 'Invalid link',
	title: 'Someone else’s result',
	loading: 'Loading the shared result…',
	readOnly: 'Someone shared this result with you. You can only look at it, not change it.',
	overallSentence: (percent: number) => `This person is ${percent}% in agreement with BIJ1.`,
	tooFew: (answered: number, minimum: number) =>
		`This person has answered ${count(answered)}. A result needs at least ${minimum}.`,
	errors: {
		empty: INVALID,
		malformed: INVALID,
		length: INVALID,
		corrupt: INVALID,
		version: OTHER_VERSION,
		'other-set': OTHER_VERSION
	} satisfies Record<DecodeError, string>,
	errorHints: {
		empty: INVALID_HINT,
		malformed: INVALID_HINT,
		length: INVALID_HINT,
		corrupt: INVALID_HINT,
		version: OTHER_VERSION_HINT,
		'other-set': OTHER_VERSION_HINT
	} satisfies Record<DecodeError, string>,
	takeTest: 'Take the test yourself',
	compare: 'Compare with your answers',
	compareTitle: 'Their answers and yours, side by side',
	theirScore: 'This result',
	yourScore: 'Your result',
	theirAnswer: 'Shared answer',
	yourAnswer: 'Your answer',
	summary: (same: number, total: number) =>
		`You both give the same answer on ${same} of the ${total} statements.`,
	agreements: {
		same: 'You agree with each other',
		differ: 'You differ',
		'one-skipped': 'One of you skipped this',
		'both-skipped': 'You both skipped this'
	} satisfies Record<Agreement, string>
} satisfies Messages['shared'];
