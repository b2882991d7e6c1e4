/** The error page: a page that does not exist, or something that went wrong. */
import type { Messages } from '../types';

export default {
	title: (status: number) => (status === 404 ? 'Page not found' : 'Something went wrong'),
	notFound: 'This page does not exist. Maybe the link was not copied correctly.',
	other: 'Try loading the page again. Your answers are still kept in this tab.',
	home: 'Go to the start page'
} satisfies Messages['error'];
