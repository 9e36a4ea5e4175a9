import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MAX_NESTING_DEPTH } from './limits.ts';
import { duplicateKeyOffsets, tooDeeplyNestedOffset } from './yaml-structure.ts';

describe('duplicateKeyOffsets', () => {
  const offsets = (text: string) => duplicateKeyOffsets(parseDocument(text, { uniqueKeys: false }));

  it('finds the keys a mapping has already had, in block and flow mappings at any depth', () => {
    const text = 'a: 1\nb:\n  c: 1\n  c: 2\nd: {e: 1, e: 2}\na: 3\n';
    expect(offsets(text)).toEqual([text.indexOf('c: 2'), text.indexOf('e: 2'), text.lastIndexOf('a: 3')]);
  });

  it('compares keys as the YAML library does: by value, the same text of two types being two keys', () => {
    const library = (text: string) =>
      parseDocument(text, { uniqueKeys: true })
        .errors.filter((error) => error.code === 'DUPLICATE_KEY')
        .map((error) => error.pos[0]);
    for (const text of [
      '1: a\n"1": b\n',
      '1: a\n1.0: b\n',
      'a: 1\nb:\n  a: 2\n',
      'true: 1\n"true": 2\nTrue: 3\n',
      '? [a]\n: 1\n? [a]\n: 2\n',
      'null: 1\n~: 2\n',
    ]) {
      expect(offsets(text), text).toEqual(library(text));
    }
    expect(offsets('1: a\n1.0: b\n')).toEqual([5]);
  });

  it('reads many keys in one pass (the library compares each with every other)', () => {
    const keys = Array.from({ length: 50_000 }, (_, index) => `k${index}: v`).join('\n');
    expect(offsets(`${keys}\nk7: again\n`)).toEqual([keys.length + 1]);
  });
});

describe('tooDeeplyNestedOffset', () => {
  it('finds the first collection nested too deeply, in flow and block style, without recursing', () => {
    const flow = `support: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`;
    expect(tooDeeplyNestedOffset(flow)).toBe('support: '.length + MAX_NESTING_DEPTH - 1);
    expect(tooDeeplyNestedOffset(`a: ${'['.repeat(100_000)}`)).toBe(3 + MAX_NESTING_DEPTH - 1);
    const block = Array.from({ length: MAX_NESTING_DEPTH + 1 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
    expect(tooDeeplyNestedOffset(block)).toBe(block.lastIndexOf('\n') + 1 + MAX_NESTING_DEPTH);
  });

  it('passes front matter as deep as it may be', () => {
    expect(tooDeeplyNestedOffset('title: A\nsupport:\n  level: community\naliases: [/a/, /b/]\n')).toBeUndefined();
    expect(tooDeeplyNestedOffset(`support: ${'['.repeat(MAX_NESTING_DEPTH - 1)}${']'.repeat(MAX_NESTING_DEPTH - 1)}`)).toBeUndefined();
  });
});
