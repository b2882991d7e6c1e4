import { describe, expect, it } from 'vitest';
import { socialMeta } from './social-meta';

const has = (html: string, key: string, value: string) =>
	expect(html).toMatch(
		new RegExp(`(property|name)="${key}" content="${value.replace(/[?.]/g, '\\$&')}"`)
	);

describe('socialMeta', () => {
	const dutch = socialMeta({ origin: 'https://example.org', lang: 'nl', pathname: '/uitslag' });
	const english = socialMeta({
		origin: 'https://example.org',
		lang: 'en',
		pathname: '/en/result'
	});

	it.each([
		['og:title', 'Ben jij BIJ1?'],
		['og:type', 'website'],
		['og:url', 'https://example.org/'],
		['og:image', 'https://example.org/og.png'],
		['og:image:width', '1200'],
		['og:image:height', '630'],
		['og:locale', 'nl_NL'],
		['og:locale:alternate', 'en_GB'],
		['twitter:card', 'summary_large_image'],
		['twitter:image', 'https://example.org/og.png']
	])('a Dutch page has %s = %s', (key, value) => has(dutch, key, value));

	it.each([
		['og:url', 'https://example.org/en'],
		['og:image', 'https://example.org/en/og.png'],
		['og:locale', 'en_GB'],
		['og:locale:alternate', 'nl_NL'],
		['twitter:image', 'https://example.org/en/og.png']
	])('an English page has %s = %s', (key, value) => has(english, key, value));

	it('the description is in the page’s language', () => {
		expect(dutch).toMatch(/name="description" content="Doe de test/);
		expect(english).not.toMatch(/name="description" content="Doe de test/);
	});

	it('names the page’s address in each language, Dutch the default', () => {
		for (const html of [dutch, english]) {
			expect(html).toContain(
				'<link rel="alternate" hreflang="nl" href="https://example.org/uitslag" />'
			);
			expect(html).toContain(
				'<link rel="alternate" hreflang="en" href="https://example.org/en/result" />'
			);
			expect(html).toContain(
				'<link rel="alternate" hreflang="x-default" href="https://example.org/uitslag" />'
			);
		}
	});

	it('escapes attribute values', () => {
		expect(
			socialMeta({ origin: 'https://x.org/"><script>', lang: 'nl', pathname: '/' })
		).not.toContain('"><script>');
	});
});
