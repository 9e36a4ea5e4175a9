import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFinishedPagesInThreads } from './page-checks-threads.ts';

const ROOT = new URL('../../../', import.meta.url);
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`;

let site: string;
let cache: string;
beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'sitevar-pages-'));
  cache = mkdtempSync(path.join(tmpdir(), 'sitevar-pages-cache-'));
  for (const name of ['a', 'b', 'c', 'd', 'e']) {
    mkdirSync(path.join(site, name));
    writeFileSync(path.join(site, name, 'index.html'), page(name === 'c' ? '<iframe src="/x"></iframe>' : `<p id="${name}">Page ${name}.</p>`));
  }
  writeFileSync(path.join(site, 'index.html'), page('<p>Home</p>'));
});
afterEach(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('readFinishedPagesInThreads', () => {
  it('finds on several threads exactly what one finds, pages in file order', async () => {
    const here = await readFinishedPagesInThreads(site, ROOT, { threads: 1 });
    expect(here.map(({ file }) => path.relative(site, file))).toEqual([
      'a/index.html',
      'b/index.html',
      'c/index.html',
      'd/index.html',
      'e/index.html',
      'index.html',
    ]);
    expect(here.map(({ reading }) => reading.problems.map((problem) => problem.message))).toEqual([
      [],
      [],
      ['<iframe> is on the page: it loads another page into this one.'],
      [],
      [],
      [],
    ]);
    expect(await readFinishedPagesInThreads(site, ROOT, { threads: 3, minPages: 0 })).toEqual(here);
  }, 30_000);

  it('a rebuild takes the reading of an unchanged page from the last build, and reads a changed one again', async () => {
    const cacheFile = path.join(cache, 'page-readings.json');
    const first = await readFinishedPagesInThreads(site, ROOT, { threads: 1, cacheFile });
    // The kept readings are what the next build reads: marked, they show a page was not read again.
    const kept = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, { problems: { message: string }[] }>;
    for (const reading of Object.values(kept)) reading.problems.push({ message: 'kept' } as never);
    writeFileSync(cacheFile, JSON.stringify(kept));
    writeFileSync(path.join(site, 'c', 'index.html'), page('<p>Fixed.</p>'));
    const second = await readFinishedPagesInThreads(site, ROOT, { threads: 1, cacheFile });
    expect(second.map(({ reading }) => reading.problems.map((problem) => problem.message))).toEqual([['kept'], ['kept'], [], ['kept'], ['kept'], ['kept']]);
    // Only this build's pages are kept: the old reading of the changed page is let go.
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')))).toHaveLength(first.length);
  });
});
