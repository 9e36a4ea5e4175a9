import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEngineTarball, checkTarget, createSite, nextSteps } from './create-site.mjs';
import { StarterError } from './errors.mjs';

const TEMPLATE = fileURLToPath(new URL('../template', import.meta.url));
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'create-sitevar-docs-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder, relative to it, with "/" separators. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('checkTarget', () => {
  it('accepts a directory that does not exist, or an empty one', () => {
    expect(() => checkTarget(path.join(scratch, 'new'))).not.toThrow();
    expect(() => checkTarget(path.join(scratch, 'new', 'deeper'))).not.toThrow();
    mkdirSync(path.join(scratch, 'empty'));
    expect(() => checkTarget(path.join(scratch, 'empty'))).not.toThrow();
  });

  it('refuses a directory with anything in it, even a hidden file', () => {
    mkdirSync(path.join(scratch, 'used'));
    writeFileSync(path.join(scratch, 'used', '.git'), '');
    expect(() => checkTarget(path.join(scratch, 'used'))).toThrow(/is not empty \(\.git\)/);
  });

  it('refuses a file', () => {
    writeFileSync(path.join(scratch, 'file'), 'mine');
    expect(() => checkTarget(path.join(scratch, 'file'))).toThrow(/is not a directory/);
    expect(() => checkTarget(path.join(scratch, 'file', 'below'))).toThrow(StarterError);
  });
});

describe('checkEngineTarball', () => {
  it('accepts an existing .tgz file', () => {
    writeFileSync(path.join(scratch, 'sitevar-docs-0.3.0.tgz'), 'packed');
    expect(() => checkEngineTarball(path.join(scratch, 'sitevar-docs-0.3.0.tgz'))).not.toThrow();
  });

  it('refuses a missing file, a folder and another kind of file', () => {
    expect(() => checkEngineTarball(path.join(scratch, 'missing.tgz'))).toThrow(/there is no file/);
    mkdirSync(path.join(scratch, 'folder.tgz'));
    expect(() => checkEngineTarball(path.join(scratch, 'folder.tgz'))).toThrow(/is not a file/);
    writeFileSync(path.join(scratch, 'engine.zip'), '');
    expect(() => checkEngineTarball(path.join(scratch, 'engine.zip'))).toThrow(/\.tgz/);
    expect(() => checkEngineTarball(path.join(scratch, 'missing.tar.gz'))).toThrow(StarterError);
  });
});

describe('createSite', () => {
  it('copies the template, writes .gitignore and the package.json named after the directory', () => {
    const target = path.join(scratch, 'Acme Docs');
    const site = createSite({ target, templateDirectory: TEMPLATE, engineRange: '^0.3.0' });
    expect(site.name).toBe('acme-docs');
    expect(site.engine).toBe('^0.3.0');
    const expected = filesUnder(TEMPLATE)
      .filter((file) => !file.startsWith('node_modules/') && !file.startsWith('dist/') && !file.startsWith('.astro/'))
      .map((file) => (file === '_gitignore' ? '.gitignore' : file))
      .sort();
    expect(filesUnder(target)).toEqual(expected);
    expect(site.files).toEqual(expected);
    expect(readFileSync(path.join(target, '.gitignore'), 'utf8')).toMatch(/node_modules/);
    const written = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8'));
    expect(written.name).toBe('acme-docs');
    expect(written.dependencies['sitevar-docs']).toBe('^0.3.0');
    expect(readFileSync(path.join(target, 'astro.config.mjs'), 'utf8')).toBe(readFileSync(path.join(TEMPLATE, 'astro.config.mjs'), 'utf8'));
  });

  it('vendors a packed engine and depends on it by a relative file: path', () => {
    const tarball = path.join(scratch, 'sitevar-docs-0.3.0.tgz');
    writeFileSync(tarball, 'packed engine');
    const target = path.join(scratch, 'site');
    const site = createSite({ target, templateDirectory: TEMPLATE, engineRange: '^0.3.0', engineTarball: tarball });
    expect(site.engine).toBe('file:vendor/sitevar-docs-0.3.0.tgz');
    expect(site.files).toContain('vendor/sitevar-docs-0.3.0.tgz');
    expect(readFileSync(path.join(target, 'vendor', 'sitevar-docs-0.3.0.tgz'), 'utf8')).toBe('packed engine');
    expect(JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')).dependencies['sitevar-docs']).toBe('file:vendor/sitevar-docs-0.3.0.tgz');
  });

  it('never replaces a file that appeared since the check', () => {
    const target = path.join(scratch, 'raced');
    mkdirSync(path.join(target, 'src'), { recursive: true });
    writeFileSync(path.join(target, 'src', 'env.d.ts'), 'mine');
    expect(() => createSite({ target, templateDirectory: TEMPLATE, engineRange: '^0.3.0' })).toThrow(/EEXIST/);
    expect(readFileSync(path.join(target, 'src', 'env.d.ts'), 'utf8')).toBe('mine');
  });

  it('leaves out what working in the template leaves there', () => {
    const template = path.join(scratch, 'template');
    for (const folder of ['node_modules/astro', 'dist', '.astro', 'src']) mkdirSync(path.join(template, folder), { recursive: true });
    for (const file of ['node_modules/astro/index.js', 'dist/index.html', '.astro/types.d.ts', 'src/env.d.ts', '_gitignore'])
      writeFileSync(path.join(template, file), '');
    writeFileSync(path.join(template, 'package.json'), '{"private":true,"dependencies":{}}');
    const target = path.join(scratch, 'out');
    expect(createSite({ target, templateDirectory: template, engineRange: '^1.0.0' }).files).toEqual(['.gitignore', 'package.json', 'src/env.d.ts']);
    expect(statSync(path.join(target, '.gitignore')).isFile()).toBe(true);
  });
});

describe('nextSteps', () => {
  const site = { name: 'my-docs', engine: '^0.3.0' };

  it('says to cd into the directory as it was typed, install and start', () => {
    const text = nextSteps('/work', 'my-docs', site);
    expect(text).toContain('Created a sitevar-docs site in my-docs (package "my-docs", sitevar-docs ^0.3.0).');
    expect(text).toMatch(/cd my-docs\n {2}npm install\n {2}npm start .*\n {2}npm run dev /);
  });

  it('quotes a directory the shell would split, and skips cd for the current one', () => {
    expect(nextSteps('/work', "Bob's docs", site)).toContain(`cd 'Bob'\\''s docs'`);
    expect(nextSteps('/work', '../sites/a', site)).toContain('cd ../sites/a\n');
    expect(nextSteps('/work', '.', site)).not.toContain('cd ');
    expect(nextSteps('/work', '/work/', site)).not.toContain('cd ');
  });
});
