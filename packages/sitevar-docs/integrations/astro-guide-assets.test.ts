import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { copyGuideAssets, guideAssetsMiddleware } from './astro-guide-assets.ts';

const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
const PASSWD = 'root:x:0:0:root:/root:/bin/bash\n';

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

function folderWith(name: string, files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), `sitevar-${name}-`));
  temporary.push(folder);
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), contents);
  }
  return folder;
}

/**
 * A guides folder with images, links that stay in it (a file, a folder), and links that leave it
 * for a folder standing in for the machine's own files, or for the content folder around it.
 */
function hostileGuides() {
  const machine = folderWith('machine', { passwd: PASSWD, 'secrets/key.png': 'a key' });
  const content = folderWith('content', {
    'guides/a/guide.mdx': '---\ntitle: "A"\n---\n',
    'guides/a/diagram.svg': DIAGRAM,
    'guides/a/photo.PNG': 'a photo',
    'guides/a/notes.txt': 'notes',
    'shared/logo.png': 'a logo',
  });
  const guides = path.join(content, 'guides');
  symlinkSync(path.join(machine, 'passwd'), path.join(guides, 'a/leak.png'));
  symlinkSync(path.join(machine, 'secrets'), path.join(guides, 'out'));
  symlinkSync('../../shared/logo.png', path.join(guides, 'a/logo.png'));
  symlinkSync('missing.png', path.join(guides, 'a/gone.png'));
  symlinkSync('diagram.svg', path.join(guides, 'a/same.svg'));
  symlinkSync('a', path.join(guides, 'b'));
  return { guides };
}

/** Every entry under a folder, as `path (kind)`. */
function entriesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((entry) => {
      const stats = lstatSync(path.join(folder, entry));
      return `${entry.split(path.sep).join('/')} (${stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'file'})`;
    })
    .sort();
}

describe('copyGuideAssets', () => {
  it('copies the images as files, never links, and follows no link out of the guides folder', async () => {
    const { guides } = hostileGuides();
    const target = folderWith('dist', {});
    const written = await copyGuideAssets(guides, target);
    expect(written.sort()).toEqual(['a/diagram.svg', 'a/photo.PNG', 'a/same.svg', 'b/diagram.svg', 'b/photo.PNG', 'b/same.svg']);
    expect(entriesOf(target)).toEqual([
      'a (folder)',
      'a/diagram.svg (file)',
      'a/photo.PNG (file)',
      'a/same.svg (file)',
      'b (folder)',
      'b/diagram.svg (file)',
      'b/photo.PNG (file)',
      'b/same.svg (file)',
    ]);
    // A link inside is copied as what it points to.
    expect(readFileSync(path.join(target, 'a/same.svg'), 'utf8')).toBe(DIAGRAM);
  });

  it('copies nothing from a guides folder that is not there', async () => {
    const target = folderWith('dist', {});
    expect(await copyGuideAssets(path.join(target, 'no-guides'), target)).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('guideAssetsMiddleware', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /** A server on 127.0.0.1 with the handler, answering 404 "next" for what it passes on. */
  async function serve(guides: string, openFile?: (file: string) => Readable): Promise<string> {
    const handler = guideAssetsMiddleware({ guidesDirectory: () => guides, prefix: '/docs/guides/', ...(openFile ? { openFile } : {}) });
    const server = createServer((request, response) => {
      void handler(request, response, () => {
        response.statusCode = 404;
        response.end('next');
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('serves images under the guides, by their published name, and nothing a link brings from elsewhere', async () => {
    const { guides } = hostileGuides();
    const origin = await serve(guides);
    const diagram = await fetch(`${origin}/docs/guides/a/diagram.svg`);
    expect(diagram.status).toBe(200);
    expect(diagram.headers.get('content-type')).toBe('image/svg+xml');
    expect(diagram.headers.get('x-content-type-options')).toBe('nosniff');
    expect(diagram.headers.get('content-security-policy')).toContain('sandbox');
    expect(await diagram.text()).toBe(DIAGRAM);
    const throughLinks = await fetch(`${origin}/docs/guides/b/same.svg`);
    expect([throughLinks.status, await throughLinks.text()]).toEqual([200, DIAGRAM]);

    const passedOn = async (pathname: string) => {
      const response = await fetch(`${origin}${pathname}`);
      return `${pathname} ${response.status} ${await response.text()}`;
    };
    const refused = [
      '/docs/guides/a/leak.png',
      '/docs/guides/out/key.png',
      '/docs/guides/a/logo.png',
      '/docs/guides/a/gone.png',
      '/docs/guides/a/notes.txt',
      '/docs/guides/a/guide.mdx',
      '/docs/guides/%2e%2e/shared/logo.png',
      '/docs/guides/a/%E0%A4.png',
      '/docs/guides/a',
      '/elsewhere/a/diagram.svg',
    ];
    expect(await Promise.all(refused.map(passedOn))).toEqual(refused.map((pathname) => `${pathname} 404 next`));
  });

  it('fails a request whose file cannot be read, and keeps serving', async () => {
    const { guides } = hostileGuides();
    let reads = 0;
    const origin = await serve(guides, () => {
      reads++;
      // The first read fails before a byte is sent; the second after some.
      if (reads === 1)
        return new Readable({
          read() {
            this.destroy(new Error('EACCES: permission denied'));
          },
        });
      let sent = false;
      return new Readable({
        read() {
          if (sent) this.destroy(new Error('EIO: i/o error'));
          else {
            sent = true;
            this.push('<svg');
          }
        },
      });
    });
    const unreadable = await fetch(`${origin}/docs/guides/a/diagram.svg`);
    expect([unreadable.status, unreadable.headers.get('content-type'), await unreadable.text()]).toEqual([500, null, '']);
    // Cut short: the reader's request fails rather than end as if the file were whole.
    await expect(fetch(`${origin}/docs/guides/a/diagram.svg`).then((response) => response.text())).rejects.toThrow();
    // The server is still up.
    const after = await fetch(`${origin}/docs/guides/a/notes.txt`);
    expect([after.status, await after.text()]).toEqual([404, 'next']);
  });
});
