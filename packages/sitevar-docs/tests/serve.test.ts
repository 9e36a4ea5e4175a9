import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `sitevar-docs serve` (what `npm start` and the tests serve the built site with), on a folder of its own. */
const BIN = fileURLToPath(new URL('../bin/sitevar-docs.mjs', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><title>Home</title></head><body>${'<p>Personalised guides.</p>'.repeat(200)}</body></html>`;
const INDEX_CHUNK = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]);
const SECRET = 'a file outside the served folder';
/** Short, so that the slow-client case ends quickly; long enough for any request of these tests. */
const HEADERS_TIMEOUT_MS = 300;
/** A file beyond what the server keeps in memory (2 MB): streamed from disk instead. */
const LARGE_TEXT = 'x'.repeat(3 * 1024 * 1024);

let root: string;
let outside: string;
let server: ChildProcess;
let origin: string;

function fetchRaw(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${origin}${pathname}`, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** Writes `text` on a connection of its own; resolves with all the server sent once it closes the connection. */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(origin);
    let received = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sitevar-serve-'));
  writeFileSync(path.join(root, 'index.html'), PAGE);
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(path.join(root, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
  mkdirSync(path.join(root, 'pagefind'));
  writeFileSync(path.join(root, 'pagefind', 'chunk.pf_index'), INDEX_CHUNK);
  // A guide alias `/crash/index.html/` makes a folder named `index.html` in the built site.
  mkdirSync(path.join(root, 'crash', 'index.html'), { recursive: true });
  writeFileSync(path.join(root, 'crash', 'index.html', 'index.html'), '<!doctype html><title>Alias</title>');
  writeFileSync(path.join(root, 'large.txt'), LARGE_TEXT);
  // Links a build may have copied: out of the folder (to a file, to a folder), and within it.
  outside = mkdtempSync(path.join(tmpdir(), 'sitevar-serve-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), SECRET);
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
  symlinkSync(outside, path.join(root, 'elsewhere'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'home.html'));
  // Port 0: the server takes a free one and says which.
  const timeouts = ['--headers-timeout', String(HEADERS_TIMEOUT_MS), '--request-timeout', String(HEADERS_TIMEOUT_MS * 2)];
  server = spawn(process.execPath, [BIN, 'serve', '--root', root, '--port', '0', ...timeouts], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const port = /:(\d+)\//.exec(String(chunk))?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('sitevar-docs serve', () => {
  it('sends pages gzip-compressed to a browser that takes it, as a host does, with the site headers', async () => {
    const { response, body } = await fetchRaw('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['content-security-policy']).toBe("default-src 'self'");
    expect(gunzipSync(body).toString('utf8')).toBe(PAGE);
    expect(body.length).toBeLessThan(PAGE.length / 10);
  });

  it('sends them as they are to a client that takes no compression', async () => {
    const { response, body } = await fetchRaw('/');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(body.toString('utf8')).toBe(PAGE);
  });

  it('leaves files that are not text as they are (the search index is compressed already)', async () => {
    const { response, body } = await fetchRaw('/pagefind/chunk.pf_index', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(body.equals(INDEX_CHUNK)).toBe(true);
  });

  it('answers a missing page with the site’s 404 page, compressed too', async () => {
    const { response, body } = await fetchRaw('/nowhere/', { 'accept-encoding': 'gzip' });
    expect(response.statusCode).toBe(404);
    expect(gunzipSync(body).toString('utf8')).toContain('Not found');
  });

  it('answers a folder named index.html as a missing page, and keeps serving', async () => {
    for (const headers of [{}, { 'accept-encoding': 'gzip' }]) {
      const { response, body } = await fetchRaw('/crash/', headers);
      expect(response.statusCode).toBe(404);
      const page = response.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
      expect(page.toString('utf8')).toContain('Not found');
    }
    expect((await fetchRaw('/crash/index.html/')).body.toString('utf8')).toContain('Alias');
    expect((await fetchRaw('/')).response.statusCode).toBe(200);
  });

  it('refuses every method but GET and HEAD with 405 and the methods it allows', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
      const { response, body } = await fetchRaw('/', {}, method);
      expect(response.statusCode, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
      expect(response.headers['content-type'], method).toBe('text/plain; charset=utf-8');
      expect(body.toString('utf8'), method).not.toContain('Personalised guides');
    }
    // CONNECT reaches Node by another way than other methods.
    const answer = await rawExchange('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(answer.toLowerCase()).toContain('\r\nallow: get, head\r\n');
  });

  it('answers HEAD with the status and headers of GET and no body', async () => {
    for (const [pathname, headers] of [
      ['/', {}],
      ['/', { 'accept-encoding': 'gzip' }],
      ['/nowhere/', {}],
    ] as const) {
      const get = await fetchRaw(pathname, headers);
      const head = await fetchRaw(pathname, headers, 'HEAD');
      expect(head.response.statusCode).toBe(get.response.statusCode);
      expect(head.response.headers['content-type']).toBe(get.response.headers['content-type']);
      expect(head.response.headers['content-encoding']).toBe(get.response.headers['content-encoding']);
      expect(head.response.headers['content-length']).toBe(String(get.body.length));
      expect(head.body.length).toBe(0);
    }
  });

  it('says it serves no ranges, and answers a Range request with the whole file', async () => {
    const { response, body } = await fetchRaw('/', { range: 'bytes=0-9' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['accept-ranges']).toBe('none');
    expect(response.headers['content-range']).toBeUndefined();
    expect(body.toString('utf8')).toBe(PAGE);
    expect((await fetchRaw('/nowhere/')).response.headers['accept-ranges']).toBe('none');
    expect((await fetchRaw('/', {}, 'POST')).response.headers['accept-ranges']).toBe('none');
  });

  it('closes the connection of a client that never finishes its headers, after the headers timeout', async () => {
    const answer = await rawExchange('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect((await fetchRaw('/')).response.statusCode).toBe(200);
  }, 10_000); // a hang guard: the server closes the connection after HEADERS_TIMEOUT_MS

  it('never serves a link that leads out of the folder; serves one that stays in it', async () => {
    for (const pathname of ['/leak.txt', '/elsewhere/secret.txt']) {
      const { response, body } = await fetchRaw(pathname);
      expect(response.statusCode, pathname).toBe(404);
      expect(body.toString('utf8'), pathname).not.toContain(SECRET);
    }
    const inside = await fetchRaw('/home.html');
    expect(inside.response.statusCode).toBe(200);
    expect(inside.response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(inside.body.toString('utf8')).toBe(PAGE);
  });

  it('answers a malformed or hostile path as a missing page, and keeps serving', async () => {
    for (const pathname of ['/%E0%A4%A', '/%00', '/..%2f..%2fetc%2fpasswd', '/../../etc/passwd']) {
      expect((await fetchRaw(pathname)).response.statusCode, pathname).toBe(404);
    }
    const garbage = await rawExchange('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetchRaw('/')).response.statusCode).toBe(200);
  });

  it('serves a file anew once it changes (a rebuild), not what it kept of the earlier one', async () => {
    const file = path.join(root, 'changing.txt');
    const read = async () => gunzipSync((await fetchRaw('/changing.txt', { 'accept-encoding': 'gzip' })).body).toString('utf8');
    writeFileSync(file, 'first');
    expect(await read()).toBe('first');
    writeFileSync(file, 'second, longer');
    expect(await read()).toBe('second, longer');
    // The same size, written within the same clock tick as far as the test knows: a later time.
    writeFileSync(file, 'third, longer!');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(await read()).toBe('third, longer!');
  });

  it('streams a file too large to keep in memory whole, as it is', async () => {
    const { response, body } = await fetchRaw('/large.txt', { 'accept-encoding': 'gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-length']).toBe(String(LARGE_TEXT.length));
    expect(body.toString('utf8')).toBe(LARGE_TEXT);
  });

  it('refuses timeouts that are not a number of milliseconds, saying which option', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve', '--root', root, '--port', '0', '--headers-timeout', 'soon'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--headers-timeout takes a number of milliseconds above 0, not "soon".');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
