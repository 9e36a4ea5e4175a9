import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownPagePath, ownPagePaths } from './own-pages.ts';

describe("the site's own pages", () => {
  it('are addressed as Astro publishes them', () => {
    expect(ownPagePath('reference/options.astro')).toBe('/reference/options/');
    expect(ownPagePath('about/index.mdx')).toBe('/about/');
    expect(ownPagePath('index.astro')).toBe('/');
    expect(ownPagePath('changelog.md')).toBe('/changelog/');
    expect(ownPagePath('legal.html')).toBe('/legal/');
  });

  it('leave out what makes no page of a known address', () => {
    for (const file of ['rss.xml.ts', 'api/data.json.js', 'blog/[slug].astro', '[...rest]/index.astro', '_draft.astro', '_parts/card.astro', 'notes.txt'])
      expect(ownPagePath(file)).toBeUndefined();
  });

  it('are read from the pages folder, and none when there is none', async () => {
    const pages = mkdtempSync(path.join(tmpdir(), 'sitevar-pages-'));
    try {
      mkdirSync(path.join(pages, 'reference'));
      writeFileSync(path.join(pages, 'reference', 'options.astro'), '');
      writeFileSync(path.join(pages, 'feed.xml.ts'), '');
      expect(await ownPagePaths(pages)).toEqual(['/reference/options/']);
      expect(await ownPagePaths(path.join(pages, 'missing'))).toEqual([]);
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });
});
