import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `sitevar-docs serve` (what `npm start` and the tests serve the built site with), on a folder of its own. */
const BIN = fileURLToPath(new URL('../bin/sitevar-docs.mjs', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><title>Home</title></head><body>${'<p>Personalised guides.</p>'.repeat(200)}</body></html>`;
const INDEX_CHUNK = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]);

let root: string;
let server: ChildProcess;
let origin: string;

function fetchRaw(pathname: string, headers: Record<string, string> = {}): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${origin}${pathname}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sitevar-serve-'));
  writeFileSync(path.join(root, 'index.html'), PAGE);
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(path.join(root, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
  mkdirSync(path.join(root, 'pagefind'));
  writeFileSync(path.join(root, 'pagefind', 'chunk.pf_index'), INDEX_CHUNK);
  // Port 0: the server takes a free one and says which.
  server = spawn(process.execPath, [BIN, 'serve', '--root', root, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
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
});
