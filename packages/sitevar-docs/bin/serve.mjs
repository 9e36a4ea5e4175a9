// `sitevar-docs serve`: serves the built site (dist/) on 127.0.0.1, with the site's 404 page for
// unknown paths and its Content Security Policy as a header. For `npm start` and browser tests;
// a static host does the same in production.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: 'dist' },
    // The path the site was built for (astro build --base): served there, as a host would.
    base: { type: 'string', default: '/' },
  },
});
const root = path.resolve(values.root);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

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

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const server = createServer((request, response) => {
  const requested = request.url ?? '/';
  const urlPath = requested.startsWith(base) ? `/${requested.slice(base.length)}` : requested === base.slice(0, -1) ? '/' : undefined;
  if (urlPath === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: the site is served under ${base}`);
    return;
  }
  const file = resolveFile(urlPath);
  if (!file && !urlPath.split('?')[0].endsWith('/') && resolveFile(`${urlPath.split('?')[0]}/`)) {
    response.writeHead(301, { location: `${base.slice(0, -1)}${urlPath.split('?')[0]}/` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  const headers = {
    'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  };
  // Every response gets the headers of `_headers`: the strict Content Security Policy and the rest.
  Object.assign(headers, siteHeaders);
  const compressed = COMPRESSIBLE.has(path.extname(served));
  if (compressed) headers.vary = 'Accept-Encoding';
  if (compressed && takesGzip(request)) {
    headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    pipeline(createReadStream(served), createGzip(), response, () => undefined);
    return;
  }
  response.writeHead(status, headers);
  createReadStream(served).pipe(response);
});

// Port 0 takes a free port: the line below says which, for whoever started the server.
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}${base}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
