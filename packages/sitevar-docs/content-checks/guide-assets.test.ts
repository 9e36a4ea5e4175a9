import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { checkGuideAssets, MAX_IMAGE_BYTES, MAX_SVG_BYTES, walkGuidesFolder } from './guide-assets.ts';
import { listGuideFiles } from './guide-files.ts';
import { checkContent, type Problem } from './index.ts';
import { relativeFile } from './problem.ts';

const FIXTURES = 'packages/sitevar-docs/content-checks/fixtures/hostile-assets';

const GUIDE = '---\ntitle: "A guide"\ndescription: "Beside its images."\n---\n\n## Setup\n\nText.\n';

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `sitevar-${name}-`));
  temporary.push(folder);
  return folder;
}

/** Files (path → text) in a new folder. */
function folderWith(name: string, files: Record<string, string | Uint8Array>): string {
  const folder = temporaryFolder(name);
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), contents);
  }
  return folder;
}

/** `file:line[:column]  message`, the file relative to `folder`, as an author reads them. */
function lines(problems: readonly Problem[], folder: string): string[] {
  const prefix = `${relativeFile(folder)}/`;
  return problems.map((problem) => `${problem.file.replace(prefix, '')}:${problem.line}${problem.column ? `:${problem.column}` : ''}  ${problem.message}`);
}

/**
 * A content folder as a hostile pull request could make it, beside a folder standing in for the
 * build machine's own files: links out of the content folder (a file, a folder, a guide), one
 * that leads nowhere, one that loops, and links that stay inside (allowed).
 */
function hostileContent() {
  const machine = folderWith('machine', {
    passwd: 'root:x:0:0:root:/root:/bin/bash\n',
    'secrets/key.png': 'not an image',
    'secrets/other.mdx': GUIDE,
    'outside.mdx': GUIDE,
  });
  const content = folderWith('content', {
    'guides/a/guide.mdx': GUIDE,
    'guides/a/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    'shared/logo.png': 'a logo',
  });
  const guides = path.join(content, 'guides');
  symlinkSync(path.join(machine, 'passwd'), path.join(guides, 'a/leak.png'));
  symlinkSync(path.join(machine, 'secrets'), path.join(guides, 'out'));
  symlinkSync(path.join(machine, 'outside.mdx'), path.join(guides, 'a/outside.mdx'));
  symlinkSync('missing.png', path.join(guides, 'a/gone.png'));
  symlinkSync('..', path.join(guides, 'a/loop'));
  symlinkSync('diagram.svg', path.join(guides, 'a/same.svg'));
  symlinkSync('guide.mdx', path.join(guides, 'a/again.mdx'));
  symlinkSync('a', path.join(guides, 'b'));
  symlinkSync('../../shared/logo.png', path.join(guides, 'a/logo.png'));
  return { machine, content, guides };
}

describe('files beside guides', () => {
  it('refuse links that leave the content folder, lead nowhere or loop, naming each link and what to do', async () => {
    const { machine, content } = hostileContent();
    const leaves = (target: string) =>
      `This is a symbolic link to "${target}", outside the content folder: a build would publish a file of the machine that builds the site. Commit the file itself instead of a link.`;
    const found = lines(await checkContent({ contentDirectory: content, includeDrafts: false, site }), content);
    expect(found).toEqual([
      'guides/a/gone.png:1  This is a symbolic link to "missing.png", which does not exist: commit the file itself instead of a link, or delete the link.',
      `guides/a/leak.png:1  ${leaves(path.join(machine, 'passwd'))}`,
      `guides/a/logo.png:1  This image is really ${relativeFile(path.join(content, 'shared/logo.png'))} (through a symbolic link), outside the guides folder: only images in the guides folder are published, so it would be missing. Move the file under the guides folder.`,
      'guides/a/loop:1  This is a symbolic link to "..", a folder that holds the link itself, so the guides folder would never end: delete the link.',
      `guides/a/outside.mdx:1  ${leaves(path.join(machine, 'outside.mdx'))}`,
      // Through the linked folder b (the same folder as a), the same links again.
      'guides/b/gone.png:1  This is a symbolic link to "missing.png", which does not exist: commit the file itself instead of a link, or delete the link.',
      `guides/b/leak.png:1  ${leaves(path.join(machine, 'passwd'))}`,
      'guides/b/loop:1  This is a symbolic link to "..", a folder that holds the link itself, so the guides folder would never end: delete the link.',
      `guides/b/outside.mdx:1  ${leaves(path.join(machine, 'outside.mdx'))}`,
      `guides/out:1  ${leaves(path.join(machine, 'secrets'))}`,
    ]);
  });

  it('list a linked guide that stays inside under its own name, and never one that leaves', async () => {
    const { guides } = hostileContent();
    expect((await listGuideFiles(guides)).map((file) => path.relative(guides, file))).toEqual(['a/again.mdx', 'a/guide.mdx', 'b/again.mdx', 'b/guide.mdx']);
  });

  it('walk files without following links out of the boundary: the build copies from the guides folder alone', async () => {
    const { guides } = hostileContent();
    const walked = await walkGuidesFolder(guides, guides);
    expect(walked.files.map((file) => path.relative(guides, file.path))).toEqual([
      'a/again.mdx',
      'a/diagram.svg',
      'a/guide.mdx',
      'a/same.svg',
      'b/again.mdx',
      'b/diagram.svg',
      'b/guide.mdx',
      'b/same.svg',
    ]);
    expect(walked.refusedLinks.map((link) => [path.relative(guides, link.path), link.reason])).toEqual([
      ['a/gone.png', 'dangling'],
      ['a/leak.png', 'leaves'],
      ['a/logo.png', 'leaves'],
      ['a/loop', 'loop'],
      ['a/outside.mdx', 'leaves'],
      ['b/gone.png', 'dangling'],
      ['b/leak.png', 'leaves'],
      ['b/logo.png', 'leaves'],
      ['b/loop', 'loop'],
      ['b/outside.mdx', 'leaves'],
      ['out', 'leaves'],
    ]);
    // A file reached through a link is read from where it really is.
    expect(path.basename(walked.files.find((file) => file.path.endsWith('a/same.svg'))!.realPath)).toBe('diagram.svg');
  });

  it('refuse a guides folder that is itself a link out of the content folder', async () => {
    const machine = folderWith('machine', { 'guide.mdx': GUIDE });
    const content = temporaryFolder('content');
    symlinkSync(machine, path.join(content, 'guides'));
    expect(lines(await checkGuideAssets(content), content)).toEqual([
      `guides:1  This is a symbolic link to "${machine}", outside the content folder: a build would publish a file of the machine that builds the site. Commit the file itself instead of a link.`,
    ]);
    expect(await listGuideFiles(path.join(content, 'guides'))).toEqual([]);
  });

  it('stop a walk that links make endless in all but name', async () => {
    // Each folder links twice to the next: 2^8 paths through eight folders.
    const content = folderWith('content', { 'guides/readme.txt': 'text', 'levels/8/end.png': 'image' });
    for (let level = 0; level < 8; level++) {
      const folder = level === 0 ? path.join(content, 'guides') : path.join(content, 'levels', String(level));
      mkdirSync(folder, { recursive: true });
      for (const name of ['left', 'right']) symlinkSync(path.join(content, 'levels', String(level + 1)), path.join(folder, name));
    }
    const walked = await walkGuidesFolder(path.join(content, 'guides'), content, { maxEntries: 100 });
    expect(walked.tooMany).toBe(true);
    expect((await walkGuidesFolder(path.join(content, 'guides'), content, { maxEntries: 10_000 })).files).toHaveLength(2 ** 8 + 1);
  });

  it('refuse an SVG or an image beyond its size, saying the limit', async () => {
    const content = folderWith('content', {
      'guides/a/guide.mdx': GUIDE,
      'guides/a/huge.svg': `<svg xmlns="http://www.w3.org/2000/svg"><!-- ${'x'.repeat(MAX_SVG_BYTES)} --></svg>`,
      'guides/a/huge.png': new Uint8Array(MAX_IMAGE_BYTES + 1),
      'guides/a/fine.png': new Uint8Array(MAX_IMAGE_BYTES),
      'guides/a/latin1.svg': Uint8Array.from([...Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><text>caf'), 0xe9, ...Buffer.from('</text></svg>')]),
    });
    expect(lines(await checkGuideAssets(content), content)).toEqual([
      'guides/a/huge.png:1  This image is 5.01 MB; an image beside a guide is at most 5 MB: make it smaller (scale it down, or save it as WebP or AVIF).',
      'guides/a/huge.svg:1  This SVG is 1.01 MB; an SVG beside a guide is at most 1 MB: simplify it (an optimiser such as SVGO helps), or use a PNG or WebP.',
      'guides/a/latin1.svg:1  This SVG is not valid UTF-8: save it as UTF-8.',
    ]);
  });

  it('read an SVG reached twice (through a linked folder) once, where it is first met', async () => {
    const content = folderWith('content', { 'guides/a/bad.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>' });
    symlinkSync('a', path.join(content, 'guides/b'));
    expect(lines(await checkGuideAssets(content), content)).toEqual([
      'guides/a/bad.svg:1:41  <script> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).',
    ]);
  });

  it('refuse SVGs that could do more than draw, at the line and column of each fault', async () => {
    const fixture = `${FIXTURES}/unsafe-svg`;
    const found = lines(await checkContent({ contentDirectory: fixture, includeDrafts: false, site }), path.resolve(fixture));
    const outside = 'points outside the file: an SVG beside a guide may only link to its own parts (href="#…"). Remove it, or embed what it points to.';
    const loads = 'loads something from outside the file: an SVG beside a guide may only use its own parts (url(#…)). Remove it, or embed what it draws.';
    const runs = 'runs code when the image is opened on its own: remove the attribute.';
    const animates = 'changes a link as it animates, and can make it run code: remove it.';
    expect(found).toEqual([
      'guides/a/broken.svg:4:6  This SVG is not well-formed XML (unexpected close tag): fix it, or export it again from the editor that made it.',
      'guides/a/doctype.svg:2:1  <?xml-stylesheet?> loads a style sheet from outside the file: remove it (put the rules in a <style> element).',
      'guides/a/doctype.svg:3:1  A DOCTYPE can declare entities that expand without bound or read other files: remove it (an SVG needs none).',
      'guides/a/embedded.svg:2:3  <foreignObject> puts HTML, which can run code and load pages, inside the image: remove it (write text with <text>).',
      'guides/a/embedded.svg:3:5  <div> is an HTML element, which can load pages and run code: remove it (an SVG beside a guide holds SVG only).',
      'guides/a/embedded.svg:5:3  <iframe> loads another page into the image: remove it.',
      'guides/a/embedded.svg:6:3  <embed> loads another document into the image: remove it.',
      'guides/a/embedded.svg:7:3  <object> loads another document into the image: remove it.',
      `guides/a/embedded.svg:8:23  <set attributeName="href"> ${animates}`,
      `guides/a/embedded.svg:9:12  <animate attributeName="xlink:href"> ${animates}`,
      'guides/a/references.svg:3:5  @import loads a style sheet from outside the file: remove it, and put the rules in this <style>.',
      `guides/a/references.svg:5:26  url('https://example.org/track.png') ${loads}`,
      `guides/a/references.svg:7:10  href="https://example.org/photo.png" ${outside}`,
      `guides/a/references.svg:8:8  xlink:href="other.svg#icon" ${outside}`,
      `guides/a/references.svg:10:15  url(https://example.org/paint.svg#p) ${loads}`,
      `guides/a/references.svg:11:6  href="javascript:alert(1)" ${outside}`,
      'guides/a/script.svg:2:3  <script> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).',
      `guides/a/script.svg:3:32  onload ${runs}`,
      `guides/a/script.svg:4:17  ev:onclick ${runs}`,
    ]);
  });

  it('pass images that only draw, and links that stay inside the guides folder', async () => {
    expect(await checkContent({ contentDirectory: `${FIXTURES}/safe`, includeDrafts: false, site })).toEqual([]);
    const content = temporaryFolder('content');
    cpSync(`${FIXTURES}/safe`, content, { recursive: true });
    mkdirSync(path.join(content, 'guides/b'));
    writeFileSync(path.join(content, 'guides/b/guide.mdx'), GUIDE);
    symlinkSync('../a/diagram.svg', path.join(content, 'guides/b/diagram.svg'));
    symlinkSync('../a', path.join(content, 'guides/b/more'));
    expect(await checkContent({ contentDirectory: content, includeDrafts: false, site })).toEqual([]);
  });
});
