import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { guideDigest, pruneFiles, readStoredGuide, writeStoredGuide } from './guide-parts-store.ts';
import { offerPrerendered, takePrerendered } from './guide-prerender.ts';

const directory = mkdtempSync(path.join(tmpdir(), 'sitevar-parts-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('guideDigest', () => {
  it('changes with the guide, the site and the engine, and only with them', () => {
    const digest = guideDigest(site, 'engine-1', '# Guide');
    expect(guideDigest(site, 'engine-1', '# Guide')).toBe(digest);
    // A byte order mark is no part of the guide (the checks read the guide without it).
    expect(guideDigest(site, 'engine-1', '\uFEFF# Guide')).toBe(digest);
    expect(guideDigest(site, 'engine-1', '# Guide.')).not.toBe(digest);
    expect(guideDigest(site, 'engine-2', '# Guide')).not.toBe(digest);
    const otherDefault = {
      ...site,
      variables: site.variables.map((variable) => (variable.name === 'domain' ? { ...variable, default: 'example.org' } : variable)),
    };
    expect(guideDigest(otherDefault, 'engine-1', '# Guide')).not.toBe(digest);
    expect(digest).toMatch(/^[\w-]{32}$/);
  });

  it('is the same for the checks, which are told the public files, the own pages and the sources rule, as for the loader, which is not', () => {
    // Were it not, the collection's loader would render again every guide the checks' threads rendered.
    const checked = { ...site, publicFiles: ['/favicon.svg'], ownPages: ['/reference/options/'], requireSources: !site.requireSources };
    expect(guideDigest(checked, 'engine-1', '# Guide')).toBe(guideDigest(site, 'engine-1', '# Guide'));
  });

  it('tells the same text in a .md guide from an .mdx one, which reads it differently', () => {
    expect(guideDigest(site, 'engine-1', '# Guide', 'mdx')).toBe(guideDigest(site, 'engine-1', '# Guide'));
    expect(guideDigest(site, 'engine-1', '# Guide', 'md')).not.toBe(guideDigest(site, 'engine-1', '# Guide'));
  });
});

describe('stored guides', () => {
  it('are written, read back, and pruned once no entry names them', async () => {
    const kept = await writeStoredGuide(directory, 'a'.repeat(32), {
      parts: ['<p>A</p>', { component: 'Callout', props: {}, children: ['B'] }],
      codeColors: '.c-1{color:red}',
    });
    const dropped = await writeStoredGuide(directory, 'b'.repeat(32), { parts: ['<p>B</p>'], codeColors: '' });
    expect(await readStoredGuide(directory, kept)).toEqual({
      parts: ['<p>A</p>', { component: 'Callout', props: {}, children: ['B'] }],
      codeColors: '.c-1{color:red}',
    });
    // A name is only ever a file in the folder.
    expect(await readStoredGuide(directory, `../${path.basename(directory)}/${kept}`)).toBeDefined();
    expect(await readStoredGuide(directory, '../../etc/passwd')).toBeUndefined();
    await pruneFiles(directory, new Set([kept]));
    expect(readdirSync(directory)).toEqual([kept]);
    expect(await readStoredGuide(directory, dropped)).toBeUndefined();
  });
});

describe('prerendered guides', () => {
  it('are handed over once, by digest', () => {
    offerPrerendered([{ digest: 'd1', file: 'd1.json', codeColors: '' }]);
    expect(takePrerendered('d1')).toEqual({ digest: 'd1', file: 'd1.json', codeColors: '' });
    expect(takePrerendered('d1')).toBeUndefined();
  });
});
