import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** APIs that turn text into markup or code: browser code writes text with textContent only. */
const FORBIDDEN = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write(?:ln)?|eval)\b|\bnew\s+Function\s*\(|\bset:html\b/;

function sourceFiles(directory: string, extensions: string[]): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Everything that runs in the reader's browser: the runtime and what it bundles, and <script> blocks. */
const ENGINE = fileURLToPath(new URL('../', import.meta.url));

function browserCode(): { file: string; code: string }[] {
  const modules = ['runtime', 'registry', 'credentials', 'schemas'].flatMap((directory) => sourceFiles(path.join(ENGINE, directory), ['.ts']));
  const scripts = ['components', 'layouts', 'routes']
    .flatMap((directory) => sourceFiles(path.join(ENGINE, directory), ['.astro']))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<script(?![^>]*is:inline[^>]*set:html)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => ({ file, code: match[1]! })),
    );
  return [...modules.map((file) => ({ file, code: readFileSync(file, 'utf8') })), ...scripts];
}

describe('browser code', () => {
  it('never uses innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const files = browserCode();
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter(({ code }) => FORBIDDEN.test(withoutComments(code))).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('would catch an offender', () => {
    expect(FORBIDDEN.test(withoutComments('element.innerHTML = value;'))).toBe(true);
    expect(FORBIDDEN.test(withoutComments('// element.innerHTML is never used\nelement.textContent = value;'))).toBe(false);
  });
});
