// `sitevar-docs serve`: serves the built site (dist/) on 127.0.0.1, with the site's 404 page for
// unknown paths and its Content Security Policy as a header. For `npm start` and browser tests;
// a static host does the same in production. It reads files and nothing else: GET and HEAD only,
// no ranges, every request bounded in time, nothing served from outside the folder (SECURITY.md,
// "The preview server").
import { createReadStream, existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { parseArgs, promisify } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

const USAGE = 'sitevar-docs serve [--port 4321] [--host 127.0.0.1] [--root dist] [--base /] [--headers-timeout 10000] [--request-timeout 30000]';

/** Ends the command with a message for the person who typed it (no stack trace). */
function refuse(message) {
  console.error(`${message}\nUsage: ${USAGE}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      root: { type: 'string', default: 'dist' },
      // The path the site was built for (astro build --base): served there, as a host would.
      base: { type: 'string', default: '/' },
      // How long a client may take to send its request's headers, and its whole request (ms).
      'headers-timeout': { type: 'string', default: '10000' },
      'request-timeout': { type: 'string', default: '30000' },
    },
  }));
} catch (error) {
  refuse(error.message);
}

/** A command-line option that is a number of milliseconds above zero. */
function milliseconds(option) {
  const text = values[option];
  if (!/^\d+$/.test(text) || Number(text) === 0) refuse(`--${option} takes a number of milliseconds above 0, not "${text}".`);
  return Number(text);
}
const headersTimeout = milliseconds('headers-timeout');
const requestTimeout = milliseconds('request-timeout');
// Node refuses the pair otherwise; say so in the options' own words.
if (headersTimeout > requestTimeout)
  refuse(`--headers-timeout (${headersTimeout}) cannot be longer than --request-timeout (${requestTimeout}): the headers are part of the request.`);

const root = path.resolve(values.root);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}
// Where the folder really is (it may be reached through a link itself): every file served must
// be inside it once its own links are followed.
const realRoot = realpathSync(root);

// The headers the build wrote for every path (`/*` in `_headers`), served as a host would.
const headersFile = path.join(root, '_headers');
const siteHeaders = Object.fromEntries(
  (existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '')
    .split('\n')
    .map((line) => /^\s+([\w-]+):\s*(.+)$/.exec(line))
    .filter(Boolean)
    .map((match) => [match[1].toLowerCase(), match[2].trim()]),
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

// Text is sent gzip-compressed to a browser that takes it, as every host does: pages, styles and
// scripts arrive in the bytes the budgets count, and Lighthouse times what a reader would get.
// (Pagefind's index files are compressed already.)
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml']);
const takesGzip = (request) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
const gzipped = promisify(gzip);

// Each file is read and compressed once, and its bytes are kept for the next request. A request
// then holds no read buffer and no zlib state of its own (a gzip stream each, ~256 KB+ of native
// memory, made 4,000 concurrent requests grow the process by 300 MB that it never gave back),
// and the same bytes are written to every socket. The key holds the size and modification time,
// so a rebuilt file is read again; the least recently used files go first beyond the total.
const CACHE_BYTES = 32 * 1024 * 1024;
// Larger files (none in a docs site) are streamed from disk as they are, uncompressed: a few of
// them would otherwise push every page out of the cache.
const CACHED_FILE_BYTES = 2 * 1024 * 1024;
const bodies = new LRUCache({
  maxSize: CACHE_BYTES,
  sizeCalculation: (entry) => entry.plain.length + (entry.gzip?.length ?? 0),
  // Requests for the same file that arrive together share this one read (and compression).
  fetchMethod: async (_key, _stale, { context }) => {
    const plain = await readFile(context.file);
    return { plain, gzip: context.compressible ? await gzipped(plain) : undefined };
  },
});

// What the file system says when a path is no file this server may read: a missing path, a path
// through a file, a loop of links, a name too long, a file it may not open.
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EACCES', 'EPERM']);

/**
 * `candidate` as a regular file inside the root once links are followed, or undefined: its real
 * path (`file`), its stats, and the name it was asked by (`name`, whose extension gives its type).
 */
async function regularFile(candidate) {
  try {
    const file = await realpath(candidate);
    const inside = path.relative(realRoot, file);
    // A link a build copied into the folder may lead anywhere on the machine.
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
    const stats = await stat(file);
    // A directory named `index.html` (a guide alias `/a/index.html/` makes one) is not a page.
    return stats.isFile() ? { file, stats, name: candidate } : undefined;
  } catch (error) {
    if (NOT_THERE.has(error.code)) return undefined;
    throw error;
  }
}

/** The file a URL path names (or its folder's `index.html`), or undefined. */
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // No file name holds a NUL, and the file system functions throw on one.
  if (decoded.includes('\0')) return undefined;
  // The path starts with `/`: normalised, it cannot climb above the root.
  const candidate = path.join(root, path.normalize(decoded));
  return (await regularFile(candidate)) ?? (await regularFile(path.join(candidate, 'index.html')));
}

const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The headers of every response: its own, then the site's (`_headers`), as a host sends them. */
function responseHeaders(headers, length) {
  return {
    ...headers,
    ...siteHeaders,
    // Ranges are not implemented: a client must not ask for part of a file (`Range` is ignored).
    'accept-ranges': 'none',
    'content-length': length,
  };
}

/** Ends the response with `body` (none for HEAD: the same status and headers). */
function send(request, response, status, headers, body) {
  response.writeHead(status, responseHeaders(headers, Buffer.byteLength(body)));
  response.end(request.method === 'HEAD' ? undefined : body);
}

const TEXT = 'text/plain; charset=utf-8';
const NOT_ALLOWED = { allow: 'GET, HEAD', 'content-type': TEXT };
const NOT_ALLOWED_TEXT = 'Method not allowed: this server only reads files (GET and HEAD).\n';

async function answer(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // The connection is closed after: whatever body the request carries is not read.
    send(request, response, 405, { ...NOT_ALLOWED, connection: 'close' }, NOT_ALLOWED_TEXT);
    return;
  }
  const requested = request.url ?? '/';
  const urlPath = requested.startsWith(base) ? `/${requested.slice(base.length)}` : requested === base.slice(0, -1) ? '/' : undefined;
  if (urlPath === undefined) {
    send(request, response, 404, { 'content-type': TEXT }, `Not found: the site is served under ${base}\n`);
    return;
  }
  const pathname = urlPath.split('?')[0];
  const found = await resolveFile(pathname);
  if (!found && !pathname.endsWith('/') && (await resolveFile(`${pathname}/`))) {
    // Never `//host` or `/\host` in Location: a browser would go to that host.
    send(request, response, 301, { location: `${base}${pathname.replace(/^[/\\]+/, '')}/`, 'content-type': TEXT }, '');
    return;
  }
  const served = found ?? (await regularFile(path.join(root, '404.html')));
  if (!served) {
    send(request, response, 404, { 'content-type': TEXT }, 'Not found\n');
    return;
  }
  const status = found ? 200 : 404;
  const extension = path.extname(served.name);
  const headers = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  if (served.stats.size > CACHED_FILE_BYTES) {
    response.writeHead(status, responseHeaders(headers, served.stats.size));
    if (request.method === 'HEAD') response.end();
    // The file may go, or the reader leave, mid-way: the response is dropped, the server stays.
    else pipeline(createReadStream(served.file), response, (error) => error && response.destroy());
    return;
  }
  const compressible = COMPRESSIBLE.has(extension);
  const key = `${served.file}\0${served.stats.size}\0${served.stats.mtimeMs}`;
  const entry = await bodies.fetch(key, { context: { file: served.file, compressible } });
  const sendsGzip = compressible && takesGzip(request);
  if (compressible) headers.vary = 'Accept-Encoding';
  if (sendsGzip) headers['content-encoding'] = 'gzip';
  send(request, response, status, headers, sendsGzip ? entry.gzip : entry.plain);
}

/** Sockets with a response under way. */
const answering = new WeakSet();

// Defaults for a preview on the reader's own machine: a request's headers within 10 s and the
// whole of it within 30 s (a browser on localhost takes milliseconds); an idle kept-alive
// connection closed after 5 s, a connection idle mid-response (a client that stopped reading)
// after the request timeout. Node checks the first two only every `connectionsCheckingInterval`
// (30 s by default, which held a slow client that long whatever the timeouts): it is checked
// several times per timeout here.
//
// No cap on simultaneous connections (`maxConnections`): Node drops a connection over the cap at
// once instead of queueing it, so a cap turns load into refused requests, and a connection costs
// little now that the bytes it sends are shared. The timeouts above bound how long a connection
// that sends nothing can be held.
const server = createServer(
  {
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 4))),
  },
  (request, response) => {
    const { socket } = request;
    answering.add(socket);
    response.on('close', () => answering.delete(socket));
    response.on('error', () => response.destroy());
    answer(request, response).catch((error) => {
      console.error(`sitevar-docs serve: ${request.method} ${request.url}: ${error.message}`);
      if (response.headersSent) response.destroy();
      else send(request, response, 500, { 'content-type': TEXT }, 'The server could not read this file.\n');
    });
  },
);
server.timeout = requestTimeout;

// Memory after a burst of connections. Each connection leaves garbage (its socket, parser,
// request and response), and V8 collects it only when more is allocated: an idle server kept its
// peak (~200 MB after 4,000 concurrent requests, against ~60 MB at start) for good. Once no
// connection is left for a second, if the process has grown by more than GROWTH_BYTES since it
// last gave memory back, a full collection that also releases V8's free pages (the "last-resort"
// kind; an ordinary one releases nothing to the system) gives most of it back: measured ~100 MB.
// It takes ~100 ms, only when idle. (`gc` is exposed at run time, as test runners do, so that
// `sitevar-docs serve` needs no Node flags.)
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const IDLE_MS = 1_000;
const GROWTH_BYTES = 32 * 1024 * 1024;
let settledRss = process.memoryUsage.rss();
let openConnections = 0;
let idleTimer;
function giveMemoryBack() {
  if (process.memoryUsage.rss() - settledRss < GROWTH_BYTES) return;
  collectGarbage({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  settledRss = process.memoryUsage.rss();
}
server.on('connection', (socket) => {
  openConnections += 1;
  clearTimeout(idleTimer);
  socket.on('close', () => {
    openConnections -= 1;
    if (openConnections === 0) idleTimer = setTimeout(giveMemoryBack, IDLE_MS).unref();
  });
});

// A request Node could not parse, too large, or too slow: answered on the raw socket and closed,
// unless a response has begun on it (a status line now would corrupt it: the socket is cut).
const CLIENT_ERRORS = { ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout', HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large' };
server.on('clientError', (error, socket) => {
  if (!socket.writable || answering.has(socket) || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = CLIENT_ERRORS[error.code] ?? '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
});

// CONNECT (a request to tunnel elsewhere) comes to Node apart from other methods: refused alike.
server.on('connect', (_request, socket) => {
  const headers = Object.entries({ ...NOT_ALLOWED, 'accept-ranges': 'none', 'content-length': Buffer.byteLength(NOT_ALLOWED_TEXT), connection: 'close' });
  const head = ['HTTP/1.1 405 Method Not Allowed', ...headers.map(([name, value]) => `${name}: ${value}`)].join('\r\n');
  socket.on('error', () => socket.destroy());
  socket.end(`${head}\r\n\r\n${NOT_ALLOWED_TEXT}`, () => socket.destroy());
});

server.on('error', (error) => {
  if (!server.listening) {
    // Before listening (the port is taken, the host is not this machine's): nothing to serve.
    console.error(`Cannot serve on ${values.host}:${values.port}: ${error.message}`);
    process.exit(1);
  }
  // After (a connection that could not be accepted, out of file descriptors): keep serving.
  console.error(`sitevar-docs serve: ${error.message}`);
});

// Port 0 takes a free port: the line below says which, for whoever started the server.
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}${base}`);
});
const stop = () => {
  server.close(() => process.exit(0));
  // A preview ends now: responses still being sent are cut.
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
