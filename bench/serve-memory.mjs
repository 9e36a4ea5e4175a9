// The preview server's memory under load: `sitevar-docs serve` on a built site, 4,000 concurrent
// requests for its pages (gzip accepted, as a browser asks), and its resident memory at start, at
// its peak and once it is idle again. Memory that stays up after the load is what a long-running
// `npm start` would keep. Run by `bench/run.mjs`; by hand: `node bench/serve-memory.mjs <site folder>`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../node_modules/sitevar-docs/bin/sitevar-docs.mjs', import.meta.url));
const REQUESTS = 4_000;
/** How long the server's memory must hold still to count as settled, and the most we wait for it. */
const STEADY_MS = 2_000;
const SETTLE_LIMIT_MS = 20_000;
const POLL_MS = 100;

const pause = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A figure of the process's `/proc/<pid>/status` (VmRSS, VmHWM) in MB. Linux only. */
function statusMb(pid, field) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`No ${field} in /proc/${pid}/status`);
  return Number(kilobytes) / 1024;
}

/** How many files and sockets the process has open: back to its count at start once every connection is gone. */
const openFiles = (pid) => readdirSync(`/proc/${pid}/fd`).length;

/** The URL paths of the site's pages (`guides/a/index.html` → `/guides/a/`), without its 404 page. */
function pagePaths(site) {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Starts `sitevar-docs serve` on a free port; resolves when it says which. */
function startServer(site) {
  const server = spawn(process.execPath, [SERVE, 'serve', '--root', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const port = /:(\d+)\//.exec(String(chunk))?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) => reject(new Error(`sitevar-docs serve exited with ${code}`)));
  });
  return { server, origin };
}

/** One GET, its body read to the end; resolves with the status, or the error's code for a failed request. */
function request(url, agent) {
  return new Promise((resolve) => {
    const failed = (error) => resolve(error.code ?? error.message);
    get(url, { agent, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve(response.statusCode));
      response.on('error', failed);
    }).on('error', failed);
  });
}

/** Waits until the server has no connection left and its resident memory has held still for a while. */
async function settle(pid, idleFiles) {
  const until = performance.now() + SETTLE_LIMIT_MS;
  let lastChange = performance.now();
  let last = statusMb(pid, 'VmRSS');
  while (performance.now() < until) {
    await pause(POLL_MS);
    const now = statusMb(pid, 'VmRSS');
    if (Math.abs(now - last) > 1 || openFiles(pid) > idleFiles) lastChange = performance.now();
    last = now;
    if (performance.now() - lastChange >= STEADY_MS) break;
  }
  return last;
}

/**
 * Serves `site` (a built site's folder) and loads it with 4,000 concurrent page requests.
 * Resolves with the server's resident memory in MB: at start, at its peak (VmHWM), and after.
 */
export async function measureServeMemory(site, requests = REQUESTS) {
  const pages = pagePaths(site);
  if (pages.length === 0) throw new Error(`No pages in ${site}: build the site first.`);
  const { server, origin: started } = startServer(path.resolve(site));
  // No socket limit: every request opens its own connection at once, as many readers would.
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  try {
    const origin = await started;
    await pause(500); // the process's start-up allocations done before the first reading
    const startMb = statusMb(server.pid, 'VmRSS');
    const idleFiles = openFiles(server.pid);
    const statuses = await Promise.all(Array.from({ length: requests }, (_, index) => request(`${origin}${pages[index % pages.length]}`, agent)));
    const failed = statuses.filter((status) => status !== 200);
    if (failed.length > 0) throw new Error(`${failed.length} of ${requests} requests to the preview server failed (${[...new Set(failed)].join(', ')}).`);
    const peakMb = statusMb(server.pid, 'VmHWM');
    const afterMb = await settle(server.pid, idleFiles);
    return { startMb, peakMb, afterMb };
  } finally {
    agent.destroy();
    server.kill();
  }
}

if (import.meta.main) {
  const site = process.argv[2] ?? 'dist';
  const { startMb, peakMb, afterMb } = await measureServeMemory(site);
  console.log(`start ${startMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB, after ${afterMb.toFixed(0)} MB (${(afterMb / startMb).toFixed(2)}× start)`);
}
