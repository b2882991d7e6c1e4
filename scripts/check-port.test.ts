import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { portTaken } from './check-port.js';

let server: Server | undefined;
afterEach(
	() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
);

/** Occupies a free loopback port, as a forgotten preview server would. */
async function occupy(): Promise<number> {
	server = createServer();
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	return (server.address() as { port: number }).port;
}

const run = (port: number) =>
	spawnSync(process.execPath, ['scripts/check-port.js'], {
		env: { ...process.env, PORT: String(port) },
		encoding: 'utf8'
	});

describe('the port check before npm start and npm test', () => {
	it('fails in one line naming the port and how to choose another', async () => {
		const port = await occupy();
		const { status, stderr } = run(port);
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(`Port ${port} is in use`);
		expect(stderr).toMatch(/PORT=\d+ npm start/);
	});

	it('passes quietly when the port is free', async () => {
		const port = await occupy();
		await new Promise<void>((resolve) => server!.close(() => resolve()));
		server = undefined;
		expect(await portTaken(port)).toBe(false);
		const { status, stderr } = run(port);
		expect(stderr).toBe('');
		expect(status).toBe(0);
	});
});
