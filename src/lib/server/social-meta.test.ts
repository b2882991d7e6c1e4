import { describe, expect, it } from 'vitest';
import { socialMeta } from './social-meta';

describe('socialMeta', () => {
	const html = socialMeta({ origin: 'https://example.org' });

	it.each([
		['og:title', 'Ben jij BIJ1?'],
		['og:type', 'website'],
		['og:url', 'https://example.org/'],
		['og:image', 'https://example.org/og.png'],
		['og:image:width', '1200'],
		['og:image:height', '630'],
		['og:locale', 'nl_NL'],
		['twitter:card', 'summary_large_image'],
		['twitter:image', 'https://example.org/og.png']
	])('has %s = %s', (key, value) => {
		expect(html).toMatch(
			new RegExp(`(property|name)="${key}" content="${value.replace(/[?.]/g, '\\$&')}"`)
		);
	});

	it('escapes attribute values', () => {
		expect(socialMeta({ origin: 'https://x.org/"><script>' })).not.toContain('"><script>');
	});
});
