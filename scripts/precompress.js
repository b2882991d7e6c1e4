// @ts-check
/**
 * Precompression for the text files adapter-static's `precompress` leaves out. That option
 * compresses the extensions SvelteKit lists (.html, .js, .json, .css, .svg, .txt, .xml and a few
 * more) but not the web app manifest. Called by the adapter in svelte.config.js right after
 * adapter-static, with the same settings SvelteKit uses, so every text file of build/ has a .gz
 * and a .br beside it for nginx's gzip_static (and brotli_static, where installed).
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Every kind of text file the site publishes. tests/nginx.spec.ts checks build/ against it. */
export const TEXT_EXTENSIONS = ['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt'];

/**
 * Writes `<file>.gz` and `<file>.br` for each text file under `dir` that lacks them.
 * @param {string} dir
 * @returns {string[]} the files it compressed, relative to `dir`
 */
export function precompressRest(dir) {
	const done = [];
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!TEXT_EXTENSIONS.includes(extname(file))) continue;
		const path = join(dir, file);
		if (existsSync(`${path}.gz`) && existsSync(`${path}.br`)) continue;
		const data = readFileSync(path);
		writeFileSync(`${path}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
		writeFileSync(
			`${path}.br`,
			brotliCompressSync(data, {
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: data.length
				}
			})
		);
		done.push(file);
	}
	return done;
}
