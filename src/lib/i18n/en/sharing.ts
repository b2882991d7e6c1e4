/** What sharing says and draws, loaded on the first tap on a share button. */
import type { Messages } from '../types';

export default {
	shareTitle: 'My result in ‘Ben jij BIJ1?’',
	text: (percent: number | null, answered: number, total: number) =>
		percent === null
			? 'How much do you agree with BIJ1? Take the test yourself:'
			: `I agree ${percent}% with BIJ1 (based on ${answered} of the ${total} statements). Take the test yourself:`,
	fileName: {
		portrait: 'ben-jij-bij1-result.png',
		story: 'ben-jij-bij1-result-story.png'
	},
	downloadedAndCopied: 'The picture has been downloaded and the link has been copied.',
	downloadedNotCopied: 'The picture has been downloaded. Copy the link below yourself.',
	copied: 'The link has been copied.',
	notCopied: 'Copying did not work. Copy the link below yourself.',
	card: {
		basis: (answered: number, total: number) => `based on ${answered} of the ${total} statements`,
		overall: 'in agreement with BIJ1',
		noScore: 'no score',
		topAgreed: 'Most in agreement on:',
		disclaimer: 'Not voting advice: a comparison with one chapter of one party’s programme.',
		programme: (party: string, chapter: string, date: string) =>
			`${party} election programme, chapter ${chapter}, ${date}`
	}
} satisfies Messages['sharing'];
