/**
 * Renders a component the way a page does: with every Dutch message area provided, as the
 * language layouts and pages provide them.
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { glossaryContext, type Glossary } from '$lib/glossary/context';
import { messagesContext } from '$lib/i18n/context';
import common from '$lib/i18n/nl/common';
import error from '$lib/i18n/nl/error';
import important from '$lib/i18n/nl/important';
import list from '$lib/i18n/nl/list';
import method from '$lib/i18n/nl/method';
import result from '$lib/i18n/nl/result';
import share from '$lib/i18n/nl/share';
import sharing from '$lib/i18n/nl/sharing';
import shared from '$lib/i18n/nl/shared';
import start from '$lib/i18n/nl/start';
import statement from '$lib/i18n/nl/statement';

export const DUTCH = {
	common,
	start,
	statement,
	important,
	result,
	list,
	share,
	sharing,
	shared,
	error,
	method
};

export function renderDutch<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	{ glossary }: { glossary?: Glossary } = {}
) {
	const context = new Map<symbol, unknown>([
		...messagesContext(DUTCH),
		...glossaryContext(glossary ?? {})
	]);
	// render()'s option types do not follow a generic component; the props are checked above.
	const options = { props, context } as Parameters<typeof render>[1];
	return render(component as Parameters<typeof render>[0], options);
}
