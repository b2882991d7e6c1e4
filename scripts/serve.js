// @ts-check
/**
 * Serves build/ exactly as a static host does: `/stelling/x` from `stelling/x.html`, the
 * precompressed `.br`/`.gz` beside each file when the browser accepts them, 404.html for anything
 * else. `npm start`, the end-to-end tests and the measuring scripts all use it, so they see the
 * files the adapter wrote (the app shell included), not Vite's preview of SvelteKit's output.
 *
 * Usage: node scripts/serve.js   (PORT, default 4173; HOST, default 127.0.0.1)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));

/**
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ port = 0, host = '127.0.0.1' } = {}) {
	if (!existsSync(`${BUILD}index.html`)) {
		console.error('No build/ to serve: run `npm run build` first.');
		process.exit(1);
	}
	const files = sirv(BUILD, { extensions: ['html'], gzip: true, brotli: true, etag: true });
	const notFound = readFileSync(`${BUILD}404.html`);
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound);
		})
	);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://${host}:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { url } = await serve({
		port: Number(process.env.PORT ?? 4173),
		host: process.env.HOST ?? '127.0.0.1'
	});
	console.log(`Serving build/ at ${url}/`);
}
