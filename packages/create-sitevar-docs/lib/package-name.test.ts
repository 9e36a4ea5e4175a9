import { describe, expect, it } from 'vitest';
import { FALLBACK_NAME, packageNameFor } from './package-name.mjs';

/** What npm accepts for a new package (the rules of validate-npm-package-name, unscoped). */
function validForNpm(name: string) {
  return (
    name.length > 0 &&
    name.length <= 214 &&
    name === name.toLowerCase() &&
    !/^[._]/.test(name) &&
    name.trim() === name &&
    encodeURIComponent(name) === name &&
    !/[~'!()*]/.test(name) &&
    name !== 'node_modules' &&
    name !== 'favicon.ico'
  );
}

describe('packageNameFor', () => {
  it.each([
    ['my-docs', 'my-docs'],
    ['docs', 'docs'],
    ['/home/ada/work/acme-docs', 'acme-docs'],
    ['acme-docs/', 'acme-docs'],
    ['../x', 'x'],
    ['../../etc/passwd', 'passwd'],
    ['My Docs!', 'my-docs'],
    ['  spaced   out  ', 'spaced-out'],
    ['.hidden', 'hidden'],
    ['_private', 'private'],
    ['...', FALLBACK_NAME],
    ['Dokümente', 'dokumente'],
    ['Café Crème', 'cafe-creme'],
    ['文档', FALLBACK_NAME],
    ['docs-文档', 'docs'],
    ['🚀 launch', 'launch'],
    ['', FALLBACK_NAME],
    ['.', FALLBACK_NAME],
    ['/', FALLBACK_NAME],
    ['node_modules', FALLBACK_NAME],
    ['favicon.ico', FALLBACK_NAME],
    ['http', 'http-docs'],
    ['a~b', 'a-b'],
    ['v1.2_beta', 'v1.2_beta'],
    ['%2e%2e', '2e-2e'],
  ])('%j -> %j', (directory, name) => {
    expect(packageNameFor(directory)).toBe(name);
    expect(validForNpm(packageNameFor(directory))).toBe(true);
  });

  it('keeps a long name within 214 characters, without a trailing separator', () => {
    const name = packageNameFor(`${'a'.repeat(213)}-b${'c'.repeat(50)}`);
    expect(name).toBe('a'.repeat(213));
    expect(packageNameFor('x'.repeat(500))).toHaveLength(214);
  });

  it('gives a valid name for any mix of characters', () => {
    const hostile = ['\u0000', '\u202e', 'Ａｂｃ', 'ǅ', 'İ', '\t\n', '-', '--a--', 'A.B', '@scope', 'x/y', 'CON', 'name with "quotes"', "o'brien"];
    for (const directory of hostile) expect(validForNpm(packageNameFor(directory)), directory).toBe(true);
  });
});
