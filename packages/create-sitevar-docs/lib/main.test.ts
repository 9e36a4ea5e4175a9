import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.mjs';

let scratch: string;
let out: string[];
let error: string[];

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'create-sitevar-docs-main-'));
  out = [];
  error = [];
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) => main(args, { cwd: scratch, out: (text) => out.push(text), error: (text) => error.push(text) });
const sitePackage = (directory: string) => JSON.parse(readFileSync(path.join(scratch, directory, 'package.json'), 'utf8'));

describe('create-sitevar-docs', () => {
  it('writes a site depending on the engine range of its own package.json', () => {
    expect(run('my-docs')).toBe(0);
    const starter = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(sitePackage('my-docs').dependencies['sitevar-docs']).toBe(starter.sitevarDocs.engineVersion);
    expect(sitePackage('my-docs').name).toBe('my-docs');
    expect(out.join('\n')).toContain('cd my-docs');
    expect(error).toEqual([]);
  });

  it('prints the usage: to stdout for --help (exit 0), to stderr without a directory (exit 2)', () => {
    expect(run('--help')).toBe(0);
    expect(out.join('')).toContain('Usage: create-sitevar-docs <directory>');
    out = [];
    expect(run()).toBe(2);
    expect(out).toEqual([]);
    expect(error.join('')).toContain('Usage: create-sitevar-docs <directory>');
  });

  it('refuses unknown options with exit code 2, writing nothing', () => {
    expect(run('my-docs', '--yes')).toBe(2);
    expect(error.join('')).toContain("Unknown option '--yes'");
    expect(() => readFileSync(path.join(scratch, 'my-docs', 'package.json'))).toThrow();
  });

  it('refuses a directory with something in it, with exit code 1, and leaves it alone', () => {
    mkdirSync(path.join(scratch, 'docs'));
    writeFileSync(path.join(scratch, 'docs', 'notes.txt'), 'mine');
    expect(run('docs')).toBe(1);
    expect(error.join('')).toMatch(/is not empty \(notes\.txt\)/);
    expect(readFileSync(path.join(scratch, 'docs', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a bad --engine before writing anything', () => {
    expect(run('site', '--engine', 'nowhere.tgz')).toBe(1);
    expect(error.join('')).toContain('there is no file');
    expect(() => readFileSync(path.join(scratch, 'site', 'package.json'))).toThrow();
  });

  it('vendors the engine given with --engine', () => {
    writeFileSync(path.join(scratch, 'sitevar-docs-0.3.0.tgz'), 'packed');
    expect(run('site', '--engine', './sitevar-docs-0.3.0.tgz')).toBe(0);
    expect(sitePackage('site').dependencies['sitevar-docs']).toBe('file:vendor/sitevar-docs-0.3.0.tgz');
    expect(readFileSync(path.join(scratch, 'site', 'vendor', 'sitevar-docs-0.3.0.tgz'), 'utf8')).toBe('packed');
  });

  it('names the package after the directory, whatever it is called', () => {
    expect(run(`../${path.basename(scratch)}/My Docs!`)).toBe(0);
    expect(sitePackage('My Docs!').name).toBe('my-docs');
    mkdirSync(path.join(scratch, '.hidden'));
    expect(run('.hidden')).toBe(0);
    expect(sitePackage('.hidden').name).toBe('hidden');
  });

  it('reports a broken starter (no engine version) with exit code 1', () => {
    const starter = path.join(scratch, 'starter');
    mkdirSync(starter);
    writeFileSync(path.join(starter, 'package.json'), '{}');
    expect(main(['site'], { cwd: scratch, out: () => {}, error: (text) => error.push(text), starter })).toBe(1);
    expect(error.join('')).toContain('sitevarDocs.engineVersion');
  });
});
