import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALIAS_DOT_SEGMENT_MESSAGE,
  ALIAS_SHAPE_MESSAGE,
  aliasParam,
  aliasPath,
  aliasProblem,
  aliasSiteProblem,
  decodedPath,
  publicFilePaths,
} from './aliases.ts';

describe('aliasProblem', () => {
  it('accepts paths of this site, with or without the slashes around them, escaped or not', () => {
    for (const alias of ['/integration/openid-connect/paperless/', '/old', '/a/b.c/d~e/', "/it's(1)/", '/caf%C3%A9/', '/a%20b/', '/'])
      expect(aliasProblem(alias), alias).toBeUndefined();
  });

  it('refuses what is no path of this site, as before', () => {
    for (const alias of ['no-leading-slash/', '//elsewhere.example', '/https://elsewhere.example', '/a//b/', '/a?b', '/a#b', '/a\\b', '/ä/'])
      expect(aliasProblem(alias), alias).toBe(ALIAS_SHAPE_MESSAGE);
    expect(aliasProblem('/guides/../old')).toBe(ALIAS_DOT_SEGMENT_MESSAGE);
  });

  it('decodes each segment before looking at it: no escaped dot segments, slashes, controls or broken escapes', () => {
    expect(aliasProblem('/%2e%2e/%2e%2e/etc/')).toBe(`"%2e%2e" is .. once decoded: ${ALIAS_DOT_SEGMENT_MESSAGE}`);
    expect(aliasProblem('/a/%2E/')).toBe(`"%2E" is . once decoded: ${ALIAS_DOT_SEGMENT_MESSAGE}`);
    expect(aliasProblem('/a%2Fb/')).toBe('"a%2Fb" encodes a slash or backslash (%2F, %5C), which would make it two folders: write the segments out');
    expect(aliasProblem('/a%5cb/')).toBe('"a%5cb" encodes a slash or backslash (%2F, %5C), which would make it two folders: write the segments out');
    expect(aliasProblem('/a%0Ab/')).toBe(
      '"a%0Ab" holds a control character or one of < > : " | ? * # (percent-encoded or not), which folder names cannot hold on every system',
    );
    expect(aliasProblem('/a%3Fb/')).toMatch(/^"a%3Fb" holds a control character/);
    expect(aliasProblem('/a*b/')).toMatch(/^"a\*b" holds a control character/);
    expect(aliasProblem('/100%/')).toBe('"100%" has a % that does not start an escape such as %20 (write %25 for a percent sign)');
    expect(aliasProblem('/%C3/')).toBe('"%C3" has a % that does not start an escape such as %20 (write %25 for a percent sign)');
  });

  it('bounds the length and the segments of an alias, in time linear in it', () => {
    expect(aliasProblem(`/${'a'.repeat(199)}`)).toBeUndefined();
    expect(aliasProblem(`/${'a'.repeat(200)}`)).toBe('an alias is at most 200 characters long (this one has 201): use a shorter address');
    expect(aliasProblem('/a'.repeat(12))).toBeUndefined();
    expect(aliasProblem('/a'.repeat(13))).toBe('an alias has at most 12 segments (this one has 13): use a shorter address');
    // What the exponential pattern this replaces took a minute over.
    expect(aliasProblem(`/${'a'.repeat(44)}?`)).toBe(ALIAS_SHAPE_MESSAGE);
  });

  it('refuses the names the build, the host and file systems have uses for, whatever their case', () => {
    expect(aliasProblem('/_headers/')).toBe('/_headers/ is reserved: names that start with _ are the build’s (_astro) and the host’s (_headers, _redirects)');
    expect(aliasProblem('/_astro/x.js/')).toMatch(/^\/_astro\/ is reserved/);
    expect(aliasProblem('/pagefind/pagefind.js/')).toBe('/pagefind/ is the search index’s folder: an alias there would take its place, or fail the build');
    expect(aliasProblem('/PageFind/')).toBe('/PageFind/ is the search index’s folder: an alias there would take its place, or fail the build');
    expect(aliasProblem('/robots.txt/')).toBe('/robots.txt/ is the site’s rules for crawlers: an alias there would take its place, or fail the build');
    expect(aliasProblem('/llms.txt')).toMatch(/^\/llms.txt\/ is the site’s summary for language models/);
    expect(aliasProblem('/sitemap-index.xml/')).toMatch(/is the sitemap/);
    expect(aliasProblem('/sitemap-0.xml/')).toMatch(/is the sitemap/);
    expect(aliasProblem('/404.html/')).toMatch(/is the page for missing pages/);
    expect(aliasProblem('/code-colors.css/')).toBe(
      '/code-colors.css/ is the stylesheet of code’s colours: an alias there would take its place, or fail the build',
    );
    expect(aliasProblem('/a/index.html/')).toBe('"index.html" is the name of a page’s own file: an alias cannot be a folder by that name');
    expect(aliasProblem('/a/%69ndex.html/')).toMatch(/^"index.html" is the name of a page’s own file/);
    expect(aliasProblem('/.well-known/x/')).toBe(
      '".well-known" starts with a dot: hosts hide such files and folders, and some names (.well-known) are reserved',
    );
    expect(aliasProblem('/a/con/')).toBe('"con" is a device name on Windows, where no folder may have it');
    expect(aliasProblem('/a/NUL.txt/')).toMatch(/is a device name on Windows/);
    expect(aliasProblem('/a./')).toBe('"a." ends with a dot or space, which Windows drops from folder names');
    // Only the site's own top-level names: the same names deeper are the alias's.
    expect(aliasProblem('/docs/robots.txt/')).toBeUndefined();
    expect(aliasProblem('/docs/_old/')).toBeUndefined();
  });
});

describe('aliasSiteProblem', () => {
  const site = { guidesBase: '/guides/', publicFiles: ['/favicon.svg', '/images/logo.png'] };

  it('refuses the files of the public folder, and folders under them, whatever the case', () => {
    expect(aliasSiteProblem('/favicon.svg/', site)).toBe(
      '/favicon.svg is a file of the site (in its public folder): an alias there would take its place, or fail the build',
    );
    expect(aliasSiteProblem('/Images/Logo.png/x/', site)).toBe(
      '/images/logo.png is a file of the site (in its public folder): an alias there would take its place, or fail the build',
    );
    expect(aliasSiteProblem('/images/', site)).toBeUndefined();
  });

  it('refuses names with a dot under the guides, where the images beside guides are published', () => {
    expect(aliasSiteProblem('/guides/a/diagram.png/', site)).toBe(
      '"diagram.png" has a dot, and under /guides/ such names are the images published beside the guides: use a name without one',
    );
    expect(aliasSiteProblem('/guides/a/diagram%2Epng/', site)).toMatch(/^"diagram.png" has a dot/);
    expect(aliasSiteProblem('/guides/a/old-name/', site)).toBeUndefined();
    expect(aliasSiteProblem('/old/v1.2/', site)).toBeUndefined();
  });
});

describe('aliasPath, aliasParam and decodedPath', () => {
  it('give one slash on each side, the URL spelling (for links and the sitemap) and the decoded one (for the route)', () => {
    expect(aliasPath('old/app')).toBe('/old/app/');
    expect(aliasPath('/')).toBe('/');
    expect(aliasPath(`${'/'.repeat(50_000)}a${'/'.repeat(50_000)}`)).toBe('/a/');
    expect(aliasPath('/caf%c3%a9/')).toBe('/caf%C3%A9/');
    expect(aliasPath('/a%2Db/')).toBe('/a-b/');
    expect(decodedPath('/caf%C3%A9/a%20b')).toBe('/café/a b/');
    expect(aliasParam('/caf%C3%A9/a%20b/')).toBe('café/a b');
  });
});

describe('publicFilePaths', () => {
  it('lists the files of a public folder as URL paths, and none for a folder that is not there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sitevar-public-'));
    try {
      mkdirSync(path.join(folder, 'images'));
      writeFileSync(path.join(folder, 'favicon.svg'), '<svg/>');
      writeFileSync(path.join(folder, 'images', 'logo.png'), '');
      expect((await publicFilePaths(folder)).sort()).toEqual(['/favicon.svg', '/images/logo.png']);
      expect(await publicFilePaths(path.join(folder, 'missing'))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
