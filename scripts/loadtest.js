// @ts-check
/**
 * `npm run loadtest`: how much one server carries. Serves build/ with nginx configured by
 * deploy/nginx.conf (scripts/nginx.js, as tests/nginx.spec.ts does) on a free loopback port, and
 * loads it with autocannon for 10 s per target, under a minute in all:
 *
 * - the start page, a statement page and the largest JavaScript chunk, each on its own;
 * - first-visit sessions. A session is every request a first visit makes: recorded once for real
 *   (Chromium, Pixel 7, service worker allowed, until the service worker is activated, so its
 *   precache is included), read from nginx's access log, then replayed by every connection, one
 *   session after the other. Sessions per second = requests per second / requests per session.
 *
 * Every request says `Accept-Encoding: gzip, br`, as browsers do over HTTPS. A report, not a
 * test: the figures depend on the machine, and here autocannon shares the CPU with nginx.
 */
import { chromium, devices } from '@playwright/test';
import autocannon from 'autocannon';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './browser.js';
import { fmt, kindOf, KINDS } from './measure-size.js';
import { ACCESS_LOG_FIELDS, BUILD, startNginx } from './nginx.js';

const DURATION = 10; // seconds per target
/** Open connections, each sending its next request as soon as the previous one is answered. */
const CONNECTIONS = 32;
const HEADERS = { 'accept-encoding': 'gzip, br' };
/** The goal from the election-night issue. */
const GOAL_SESSIONS = 1000;

// Bounded: whatever happens, this script does not run for more than a minute.
const started = Date.now();
setTimeout(() => {
	console.error('\nThe load test took over a minute: stopped.');
	process.exit(1);
}, 60_000).unref();

/** @typedef {{ status: number, bytes: number, method: string, uri: string, file: string, type: string, encoding: string, acceptEncoding: string }} LogLine */

/**
 * @param {string} text lines of the access log (ACCESS_LOG_FIELDS, tab-separated)
 * @returns {LogLine[]}
 */
function parseLog(text) {
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const f = Object.fromEntries(line.split('\t').map((v, i) => [ACCESS_LOG_FIELDS[i], v]));
			const value = (/** @type {string} */ name) => (f[name] === '-' ? '' : (f[name] ?? ''));
			return {
				status: Number(value('status')),
				bytes: Number(value('body_bytes_sent')),
				method: value('request_method'),
				uri: value('request_uri'),
				file: value('request_filename'),
				type: value('sent_http_content_type'),
				encoding: value('sent_http_content_encoding'),
				acceptEncoding: value('http_accept_encoding')
			};
		});
}

/**
 * CPU seconds that nginx's worker processes have used so far (user + system, from /proc).
 * @param {number} masterPid
 */
function nginxCpuSeconds(masterPid) {
	const ticksPerSecond = 100; // USER_HZ on Linux
	let ticks = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // gone meanwhile
		}
		// The command may contain spaces: fields are counted after its closing parenthesis.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ppid = Number(fields[1]);
		if (Number(entry) !== masterPid && ppid !== masterPid) continue;
		ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
	}
	return ticks / ticksPerSecond;
}

/**
 * A first visit as a voter makes it: the start page, until the service worker has precached the
 * quiz and is active. Returns what nginx logged for it.
 * @param {{ base: string, accessLog: string }} server
 * @returns {Promise<LogLine[]>}
 */
async function recordFirstVisit({ base, accessLog }) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({
			...devices['Pixel 7'],
			locale: 'nl-NL',
			serviceWorkers: 'allow'
		});
		const page = await context.newPage();
		const before = statSync(accessLog).size;
		const response = await page.goto(`${base}/`);
		if (!response?.ok()) throw new Error(`/: HTTP ${response?.status()}`);
		await page.evaluate(async () => {
			const worker = (await navigator.serviceWorker.ready).active;
			if (!worker || worker.state === 'activated') return;
			await new Promise((done) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && done(null))
			);
		});
		// Whatever the page does once the worker has taken over (it should do nothing).
		await page.waitForLoadState('networkidle');
		await context.close();
		return parseLog(readFileSync(accessLog).subarray(before).toString('utf8'));
	} finally {
		await browser.close();
	}
}

/**
 * @param {string} base
 * @param {{ path?: string, requests?: Array<{ method: 'GET', path: string }> }} target
 * @param {number} nginxPid
 */
async function load(base, target, nginxPid) {
	const cpuBefore = nginxCpuSeconds(nginxPid);
	const ownBefore = process.cpuUsage();
	const result = await autocannon({
		url: `${base}${target.path ?? '/'}`,
		connections: CONNECTIONS,
		duration: DURATION,
		headers: HEADERS,
		...(target.requests ? { requests: target.requests } : {})
	});
	const cpu = nginxCpuSeconds(nginxPid) - cpuBefore;
	const own = process.cpuUsage(ownBefore);
	const failed = result.errors + result.timeouts + result.non2xx;
	return {
		rps: result.requests.average,
		p99: result.latency.p99,
		bytesPerResponse: result.throughput.average / result.requests.average,
		cpuPerRequest: cpu / result.requests.total,
		clientCpuPerRequest: (own.user + own.system) / 1e6 / result.requests.total,
		total: result.requests.total,
		failed
	};
}

/** @param {string[][]} rows first row is the header; the first column is left-aligned */
function table(rows) {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
	return [
		line(rows[0] ?? []),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.slice(1).map(line)
	].join('\n');
}

const cores = availableParallelism();
const server = await startNginx({ workers: 'auto', connections: 4096 });
try {
	const { statements } = /** @type {{ statements: Array<{ id: string }> }} */ (
		JSON.parse(readFileSync(join(BUILD, 'statements.json'), 'utf8'))
	);
	const chunkDir = join(BUILD, '_app/immutable/chunks');
	const largest = readdirSync(chunkDir)
		.filter((f) => f.endsWith('.js'))
		.sort((a, b) => statSync(join(chunkDir, b)).size - statSync(join(chunkDir, a)).size)[0];
	if (!statements[0] || !largest) throw new Error('build/ has no statements or no chunks');

	process.stdout.write('Recording a first visit in Chromium…\r');
	const visit = await recordFirstVisit(server);
	const bad = visit.filter((l) => l.status >= 400);
	if (bad.length)
		throw new Error(
			`The first visit got errors: ${bad.map((l) => `${l.status} ${l.uri}`).join(', ')}`
		);

	/** @type {Array<[string, { path?: string, requests?: Array<{ method: 'GET', path: string }> }]>} */
	const targets = [
		['page /', { path: '/' }],
		[`statement /stelling/${statements[0].id}`, { path: `/stelling/${statements[0].id}` }],
		[
			`largest JS chunk (${fmt(statSync(join(chunkDir, largest)).size)} B raw)`,
			{ path: `/_app/immutable/chunks/${largest}` }
		],
		[
			`first-visit session (${visit.length} requests)`,
			{ requests: visit.map((l) => ({ method: /** @type {const} */ ('GET'), path: l.uri })) }
		]
	];
	/** @type {Array<[string, Awaited<ReturnType<typeof load>>]>} */
	const results = [];
	for (const [name, target] of targets) {
		process.stdout.write(`Loading ${name} for ${DURATION} s…                    \r`);
		results.push([name, await load(server.base, target, server.pid)]);
	}
	process.stdout.write(' '.repeat(70) + '\r');

	// What a first visit downloads, by kind, as nginx sent it to Chromium.
	/** @type {Record<string, { requests: number, wire: number, raw: number }>} */
	const kinds = Object.fromEntries(
		[...KINDS, 'total'].map((k) => [k, { requests: 0, wire: 0, raw: 0 }])
	);
	for (const l of visit) {
		let raw = 0;
		try {
			if (l.status === 200) raw = statSync(l.file).size;
		} catch {
			raw = l.bytes;
		}
		for (const k of [kindOf(l.type, ''), 'total']) {
			const entry = kinds[k];
			if (!entry) continue;
			entry.requests++;
			entry.wire += l.bytes;
			entry.raw += raw;
		}
	}
	const statuses = [...new Set(visit.map((l) => l.status))]
		.map((s) => `${visit.filter((l) => l.status === s).length}× ${s}`)
		.join(', ');
	const encodings = [...new Set(visit.map((l) => l.encoding || 'none'))]
		.map((e) => `${visit.filter((l) => (l.encoding || 'none') === e).length}× ${e}`)
		.join(', ');

	console.log(
		`First visit to / until the service worker is active (Chromium, Pixel 7), as nginx logged it`
	);
	console.log(
		`${visit.length} requests (${statuses}); Chromium sent Accept-Encoding "${visit[0]?.acceptEncoding}"; content encoding: ${encodings}\n`
	);
	console.log(
		table([
			['kind', 'requests', 'bytes sent', 'uncompressed'],
			...[...KINDS, 'total'].map((k) => {
				const e = kinds[k] ?? { requests: 0, wire: 0, raw: 0 };
				return [k, String(e.requests), fmt(e.wire), fmt(e.raw)];
			})
		])
	);

	const session = results[results.length - 1]?.[1];
	console.log(
		`\nnginx (deploy/nginx.conf, ${cores} workers) on loopback, autocannon: ${CONNECTIONS} keep-alive connections, ${DURATION} s per row, Accept-Encoding "${HEADERS['accept-encoding']}"\n`
	);
	console.log(
		table([
			[
				'target',
				'requests/s',
				'p99 latency',
				'bytes/response',
				'CPU/request: nginx',
				'autocannon',
				'failed'
			],
			...results.map(([name, r]) => [
				name,
				fmt(Math.round(r.rps)),
				`${r.p99} ms`,
				fmt(Math.round(r.bytesPerResponse)),
				`${Math.round(r.cpuPerRequest * 1e6)} µs`,
				`${Math.round(r.clientCpuPerRequest * 1e6)} µs`,
				String(r.failed)
			])
		])
	);
	if (session) {
		const sessions = session.rps / visit.length;
		// What nginx alone could do with every core: the CPU it spent per session, spread over them.
		const perSession = session.cpuPerRequest * visit.length;
		const revalidations = visit.filter((l) => l.status !== 200).length;
		console.log(
			`\nFirst-visit sessions/s = requests/s of the session row / requests per session = ${fmt(Math.round(session.rps))} / ${visit.length} = ${fmt(Math.round(sessions))} sessions/s (goal ${fmt(GOAL_SESSIONS)}: ${sessions >= GOAL_SESSIONS ? 'met' : 'NOT met'}).`
		);
		if (revalidations)
			console.log(
				`(The ${revalidations} conditional requests of the recording are replayed as plain GETs, so a replayed session is a little heavier than a real one.)`
			);
		console.log(
			`nginx spent ${(perSession * 1e3).toFixed(1)} ms of CPU per session: with all ${cores} cores to itself, about ${fmt(Math.round(cores / perSession))} sessions/s.`
		);
	}
	const [one, five] = loadavg();
	console.log(
		`\nautocannon runs on the same ${cores} cores as nginx and needs more CPU per request than nginx does, so the requests/s above are a floor for the server alone, not its limit. Load average at the end: ${one?.toFixed(1)} (1 min), ${five?.toFixed(1)} (5 min); anything else running lowers the figures. Took ${Math.round((Date.now() - started) / 1000)} s.`
	);
	const failed = results.filter(([, r]) => r.failed > 0);
	if (failed.length) {
		console.error(
			`\nFailed requests (errors, timeouts or non-2xx): ${failed.map(([n]) => n).join(', ')}`
		);
		process.exitCode = 1;
	}
} finally {
	await server.close();
}
