// @ts-check
/**
 * Runs build/ behind nginx configured by deploy/nginx.conf, as a self-hoster would: that file's
 * `server { }` block inside an `http { }` block like Debian's default /etc/nginx/nginx.conf.
 * Only `listen` and `root` are changed. Everything nginx writes goes to a temporary directory, so
 * no root rights are needed. Shared by tests/nginx.spec.ts and `npm run loadtest`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BUILD = join(ROOT, 'build');

/** The nginx binary: NGINX_PATH, else Debian's. Undefined where there is none. */
export const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(
	(p) => !!p && existsSync(p)
);

/** Debian's optional Brotli module (`apt-get install libnginx-mod-http-brotli-static`). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The nginx variables in each line of the access log, in order, tab-separated. */
export const ACCESS_LOG_FIELDS = [
	'status',
	'body_bytes_sent',
	'request_method',
	'request_uri',
	'request_filename',
	'sent_http_content_type',
	'sent_http_content_encoding',
	'http_accept_encoding'
];

/** @returns {Promise<number>} a TCP port on loopback that nothing listens on right now */
export function freePort() {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))
			);
		});
	});
}

/**
 * deploy/nginx.conf with its placeholders filled in, and its optional `brotli_static` line
 * switched on when asked.
 * @param {number} port
 * @param {string} root
 * @param {boolean} brotli
 */
export function siteConfig(port, root, brotli) {
	let site = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
		.replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
		.replace(/root \/srv\/ben-jij-bij1;/, `root ${root};`);
	if (!site.includes(`root ${root};`) || !site.includes(`listen 127.0.0.1:${port};`))
		throw new Error(
			'deploy/nginx.conf lost its placeholders (listen 8080; root /srv/ben-jij-bij1;)'
		);
	if (brotli) {
		site = site.replace(/# brotli_static on;/, 'brotli_static on;');
		if (!/^\s*brotli_static on;/m.test(site))
			throw new Error('deploy/nginx.conf lost its optional `# brotli_static on;` line');
	}
	return site;
}

/**
 * @typedef {object} NginxOptions
 * @property {number | 'auto'} [workers] worker processes (Debian's default is `auto`: one per core)
 * @property {number} [connections] worker_connections
 * @property {string} [root] the site to serve, build/ unless set
 * @property {boolean} [brotli] load Debian's Brotli module and switch on deploy/nginx.conf's
 *   optional `brotli_static` line
 */

/**
 * Starts nginx on a free loopback port and waits until it answers.
 * @param {NginxOptions} [options]
 * @returns {Promise<{ base: string, dir: string, pid: number, accessLog: string, close: () => Promise<void> }>}
 *   `pid` is the master process (its workers are its children); `accessLog` has one line per
 *   request, tab-separated: status, body bytes sent, method, URI, file, content type, content
 *   encoding, the client's Accept-Encoding (see ACCESS_LOG_FIELDS).
 */
export async function startNginx({
	workers = 1,
	connections = 128,
	root = BUILD,
	brotli = false
} = {}) {
	if (!NGINX) throw new Error('nginx is not installed (`apt-get install nginx`)');
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`No build in ${root}: run \`npm run build\``);
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'ben-jij-bij1-nginx-'));
	writeFileSync(join(dir, 'site.conf'), siteConfig(port, root, brotli));
	writeFileSync(
		join(dir, 'nginx.conf'),
		`${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${connections}; }
http {
	sendfile on;
	tcp_nopush on;
	types_hash_max_size 2048;
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	log_format bij1 '${ACCESS_LOG_FIELDS.map((f) => `$${f}`).join('\t')}';
	# Unbuffered, as in Debian's default: the load test measures a server that logs.
	access_log ${dir}/access.log bij1;
	client_body_temp_path ${dir}/client_body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	include ${dir}/site.conf;
}
`
	);
	const child = spawn(
		NGINX,
		['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const close = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(dir, { recursive: true, force: true });
	};
	const base = `http://127.0.0.1:${port}`;
	for (let tries = 0; ; tries++) {
		if (child.exitCode !== null) {
			const log = existsSync(join(dir, 'error.log'))
				? readFileSync(join(dir, 'error.log'), 'utf8')
				: '';
			await close();
			throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${log}`);
		}
		const up = await fetch(`${base}/`).then(
			() => true,
			() => false
		);
		if (up) break;
		if (tries > 100) {
			await close();
			throw new Error(`nginx did not answer on ${base}: ${stderr}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	if (child.pid === undefined) throw new Error('nginx has no process id');
	return { base, dir, pid: child.pid, accessLog: join(dir, 'access.log'), close };
}
