// @ts-check
/**
 * Fails fast, in one line, when the port the app or the tests want is taken: otherwise
 * `npm start` fails only after a whole build, and `npm test` only after minutes of checks, with
 * Playwright's advice to reuse a server (which would test an older build).
 *
 * Usage: node scripts/check-port.js   (checks PORT, default 4173)
 */
import { createServer } from 'node:net';

export const DEFAULT_PORT = 4173;

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether something already listens on 127.0.0.1:port
 */
export function portTaken(port) {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
			error.code === 'EADDRINUSE' ? resolve(true) : reject(error)
		);
		server.once('listening', () => server.close(() => resolve(false)));
		server.listen(port, '127.0.0.1');
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? DEFAULT_PORT);
	if (!Number.isInteger(port) || port <= 0 || port > 65535) {
		console.error(`PORT=${process.env.PORT} is not a port number: use e.g. PORT=4180.`);
		process.exit(1);
	}
	if (await portTaken(port)) {
		console.error(
			`Port ${port} is in use: stop what runs there, or choose another, e.g. \`PORT=${port + 7} npm start\` or \`PORT=${port + 7} npm test\`.`
		);
		process.exit(1);
	}
}
